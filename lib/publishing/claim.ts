import "server-only";
// One public claim page: the claim, its verdict, evidence with the balance, related public
// claims, corrections, the latest revision's names and, when the desk publishes them, dissents.
import type { Db, Prisma } from "@/lib/db";
import { evidenceBalance } from "@/lib/evidence/balance";
import { isRetraction, publicClaimWhere } from "./visibility";
import { RATING_SELECT, type PublicWorkspace } from "./workspace";

// What a source shows publicly: never `notes` (internal) nor the reliability rationale's drafts.
export const PUBLIC_SOURCE_SELECT = {
  id: true, title: true, chapter: true, authors: true, publisher: true, date: true, url: true, archiveUrl: true,
  type: true, reliability: true, isPrimary: true, page: true,
} satisfies Prisma.SourceSelect;

const RELATED = { id: true, headline: true, status: true, rating: { select: RATING_SELECT } } satisfies Prisma.ClaimSelect;

function claimSelect(workspaceId: string, withDissent: boolean) {
  const relatedWhere = { workspaceId, ...publicClaimWhere };
  return {
    id: true, headline: true, text: true, status: true, claimType: true, tags: true, claimedAt: true,
    anchorExact: true, anchorPrefix: true, anchorSuffix: true, anchorStatus: true, anchorStart: true, documentVersionId: true,
    confidence: true, rationale: true, publishedAt: true, dateModified: true, updatedAt: true,
    rating: { select: RATING_SELECT },
    claimant: { select: { id: true, name: true, kind: true, description: true } },
    reportedBy: { select: { id: true, name: true } },
    document: { select: { id: true, title: true, currentVersionId: true } },
    revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true, authorName: true, reviewerName: true, publishedAt: true } },
    corrections: { orderBy: { createdAt: "desc" }, select: { id: true, whatChanged: true, why: true, createdAt: true } },
    evidence: {
      orderBy: [{ stance: "asc" }, { createdAt: "asc" }],
      select: { id: true, stance: true, excerpt: true, locator: true, strength: true, note: true, source: { select: PUBLIC_SOURCE_SELECT } },
    },
    // Related claims are shown only when they are public too.
    relationsFrom: { where: { toClaim: relatedWhere }, select: { type: true, toClaim: { select: RELATED } } },
    relationsTo: { where: { fromClaim: relatedWhere }, select: { type: true, fromClaim: { select: RELATED } } },
    // Only dissenting reviews, and only where the workspace chose to publish them (take 0 otherwise).
    reviews: {
      where: { isDissent: true },
      orderBy: { createdAt: "asc" },
      take: withDissent ? 20 : 0,
      select: { id: true, rationale: true, createdAt: true, rating: { select: RATING_SELECT } },
    },
  } satisfies Prisma.ClaimSelect;
}

export async function publicClaim(db: Db, ws: PublicWorkspace, claimId: string) {
  const c = await db.claim.findFirst({ where: { id: claimId, workspaceId: ws.id, ...publicClaimWhere }, select: claimSelect(ws.id, ws.publishDissent) });
  if (!c) return null;
  const { revisions, relationsFrom, relationsTo, reviews, evidence, ...claim } = c;
  const retracted = claim.status === "retracted";
  const retraction = retracted ? (claim.corrections.find((x) => isRetraction(x.whatChanged)) ?? null) : null;
  const publishedAt = claim.publishedAt ?? claim.updatedAt;
  const balance = evidenceBalance(
    evidence.map((e) => ({ stance: e.stance, strength: e.strength, reliability: e.source.reliability, isPrimary: e.source.isPrimary, sourceId: e.source.id })),
  );
  // The document link points at the highlight only when the quote sits in the version the public
  // sees, and the claim is highlighted there (retracted ones are not).
  const located = !retracted && !!claim.document && claim.documentVersionId === claim.document.currentVersionId && claim.anchorStart !== null && claim.anchorStatus !== "orphaned";
  return {
    ...claim,
    publishedAt,
    dateModified: claim.dateModified ?? claim.corrections[0]?.createdAt ?? null,
    retracted,
    retraction,
    located,
    revision: revisions[0] ?? null,
    balance,
    evidence: {
      supports: evidence.filter((e) => e.stance === "supports"),
      contests: evidence.filter((e) => e.stance === "contests"),
      context: evidence.filter((e) => e.stance === "context"),
    },
    related: [
      ...relationsFrom.map((r) => ({ type: r.type, direction: "outgoing" as const, claim: r.toClaim })),
      ...relationsTo.map((r) => ({ type: r.type, direction: "incoming" as const, claim: r.fromClaim })),
    ],
    dissents: retracted ? [] : reviews,
  };
}

export type PublicClaim = NonNullable<Awaited<ReturnType<typeof publicClaim>>>;
