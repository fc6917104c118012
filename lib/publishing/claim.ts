import "server-only";
// One public claim page, read from its latest published revision: the statement, quote,
// claimant, tags, verdict, evidence (sources as they were when published) and relations exactly
// as published. Later edits in the desk reach this page only by publishing a new revision.
// Evidence notes are internal and never shown; a source's reliability rationale is public.
import type { Db, Prisma } from "@/lib/db";
import { evidenceBalance } from "@/lib/evidence/balance";
import type { EvidenceSnapshot, RelationSnapshot } from "@/lib/review/revision-diff";
import { isRetraction, listedClaimWhere, publicClaimWhere } from "./visibility";
import { RATING_SELECT, type PublicWorkspace } from "./workspace";
import { SOURCE_CITATION_SELECT } from "@/lib/sources/select";
import { CLAIM_STATEMENT_SELECT } from "@/lib/claims/select";

// What a source shows publicly: never `notes` (internal).
export const PUBLIC_SOURCE_SELECT = {
  ...SOURCE_CITATION_SELECT,
  chapter: true,
  archiveUrl: true,
  type: true,
  reliability: true,
  reliabilityRationale: true,
  isPrimary: true,
  page: true,
} satisfies Prisma.SourceSelect;

const RELATED = {
  id: true,
  headline: true,
  status: true,
  rating: { select: RATING_SELECT },
} satisfies Prisma.ClaimSelect;

export const REVISION_SELECT = {
  number: true,
  authorName: true,
  reviewerName: true,
  publishedAt: true,
  confidence: true,
  rationale: true,
  headline: true,
  text: true,
  claimType: true,
  tags: true,
  claimedAt: true,
  claimantId: true,
  claimantName: true,
  reportedByName: true,
  documentVersionId: true,
  anchorExact: true,
  anchorPrefix: true,
  anchorSuffix: true,
  anchorStart: true,
  anchorEnd: true,
  evidence: true,
  relations: true,
  rating: { select: RATING_SELECT },
} satisfies Prisma.ClaimRevisionSelect;

function claimSelect(withDissent: boolean) {
  return {
    ...CLAIM_STATEMENT_SELECT,
    claimedAt: true,
    anchorExact: true,
    anchorPrefix: true,
    anchorSuffix: true,
    anchorStatus: true,
    anchorStart: true,
    documentVersionId: true,
    confidence: true,
    rationale: true,
    publishedAt: true,
    dateModified: true,
    rating: { select: RATING_SELECT },
    claimant: { select: { id: true, name: true, kind: true, description: true } },
    reportedBy: { select: { id: true, name: true } },
    document: {
      select: {
        id: true,
        title: true,
        publishedVersionId: true,
        // In the trash: the passage stays on the claim's page, without a link to the document's.
        deletedAt: true,
        originalUrl: true,
        author: true,
        publisher: true,
        datePublished: true,
        language: true,
      },
    },
    revisions: { orderBy: { number: "desc" }, take: 1, select: REVISION_SELECT },
    corrections: {
      orderBy: { createdAt: "desc" },
      select: { id: true, kind: true, whatChanged: true, why: true, createdAt: true, revisionId: true },
    },
    // Only dissenting reviews, and only where the workspace chose to publish them (take 0 otherwise).
    reviews: {
      where: { isDissent: true },
      orderBy: { createdAt: "asc" },
      take: withDissent ? 20 : 0,
      select: { id: true, rationale: true, createdAt: true, rating: { select: RATING_SELECT } },
    },
  } satisfies Prisma.ClaimSelect;
}

/** A revision's evidence as the public evidence lists show it. */
export function publicEvidence(items: EvidenceSnapshot[]) {
  return items.map((e, i) => ({
    id: e.id ?? `${e.sourceId}-${e.stance}-${i}`,
    stance: e.stance,
    excerpt: e.excerpt ?? null,
    excerptKind: e.excerptKind === "summary" ? ("summary" as const) : ("quote" as const),
    locator: e.locator ?? null,
    strength: e.strength,
    source: {
      id: e.sourceId,
      title: e.title,
      chapter: e.chapter ?? null,
      authors: e.authors ?? [],
      publisher: e.publisher ?? null,
      date: e.date ?? null,
      url: e.url ?? null,
      archiveUrl: e.archiveUrl ?? null,
      type: e.type ?? "other",
      reliability: e.reliability ?? null,
      reliabilityRationale: e.reliabilityRationale ?? null,
      isPrimary: e.isPrimary ?? null,
    },
  }));
}

export async function publicClaim(db: Db, ws: Pick<PublicWorkspace, "id" | "publishDissent">, claimId: string) {
  const c = await db.claim.findFirst({
    where: { id: claimId, workspaceId: ws.id, ...publicClaimWhere },
    select: claimSelect(ws.publishDissent),
  });
  if (!c) return null;
  const { revisions, reviews, ...claim } = c;
  const rev = revisions[0] ?? null;
  const retracted = claim.status === "retracted";
  const retraction = retracted ? (claim.corrections.find((x) => isRetraction(x)) ?? null) : null;
  // Every published claim has publishedAt; the desk's updatedAt never reaches the public.
  const publishedAt = claim.publishedAt ?? rev?.publishedAt ?? new Date(0);
  const evidence = publicEvidence((rev?.evidence ?? []) as unknown as EvidenceSnapshot[]);
  const balance = evidenceBalance(
    evidence.map((e) => ({
      stance: e.stance as "supports",
      strength: e.strength as "moderate",
      reliability: e.source.reliability,
      isPrimary: e.source.isPrimary,
      sourceId: e.source.id,
    })),
  );
  const snapshots = (rev?.relations ?? []) as unknown as RelationSnapshot[];
  // Related claims as published with this revision, shown while the other claim is public too.
  const others = snapshots.length
    ? await db.claim.findMany({
        where: { id: { in: snapshots.map((r) => r.claimId) }, workspaceId: ws.id, ...listedClaimWhere },
        select: RELATED,
      })
    : [];
  const byId = new Map(others.map((o) => [o.id, o]));
  const published = rev?.text != null && rev;
  // The document link points at the highlight only when the quote sits in the version the public
  // sees, and the claim is highlighted there (retracted ones are not).
  const located =
    !retracted &&
    !!claim.document &&
    !claim.document.deletedAt &&
    claim.documentVersionId === claim.document.publishedVersionId &&
    claim.anchorStart !== null &&
    claim.anchorStatus !== "orphaned";
  return {
    ...claim,
    ...(published
      ? {
          headline: published.headline!,
          text: published.text!,
          claimType: published.claimType ?? claim.claimType,
          tags: published.tags,
          claimedAt: published.claimedAt,
          anchorExact: published.anchorExact,
          anchorPrefix: published.anchorPrefix,
          anchorSuffix: published.anchorSuffix,
          claimant:
            claim.claimant && published.claimantName
              ? { ...claim.claimant, name: published.claimantName }
              : claim.claimant,
          reportedBy:
            claim.reportedBy && published.reportedByName
              ? { ...claim.reportedBy, name: published.reportedByName }
              : claim.reportedBy,
          rating: published.rating,
          confidence: published.confidence,
          rationale: published.rationale,
        }
      : {}),
    publishedAt,
    dateModified: claim.dateModified ?? claim.corrections[0]?.createdAt ?? null,
    retracted,
    retraction,
    located,
    revision: rev
      ? { number: rev.number, authorName: rev.authorName, reviewerName: rev.reviewerName, publishedAt: rev.publishedAt }
      : null,
    balance,
    evidence: {
      supports: evidence.filter((e) => e.stance === "supports"),
      contests: evidence.filter((e) => e.stance === "contests"),
      context: evidence.filter((e) => e.stance === "context"),
    },
    related: snapshots.flatMap((r) => {
      const other = byId.get(r.claimId);
      return other ? [{ id: r.id ?? null, type: r.type, direction: r.direction, claim: other }] : [];
    }),
    dissents: retracted ? [] : reviews,
  };
}

export type PublicClaim = NonNullable<Awaited<ReturnType<typeof publicClaim>>>;
