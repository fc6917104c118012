import "server-only";
// A revision is what the public sees of a claim, frozen at publication: statement, quote,
// claimant, tags, verdict, evidence with its sources' titles and links as they were, and
// relations. Public pages read revisions, so later edits reach the public only by publishing.
import type { Prisma } from "@/lib/db";
import type { EvidenceSnapshot, RelationSnapshot, RevisionView } from "./revision-diff";

type Tx = Prisma.TransactionClient;

/** The fields of the claim a revision freezes, as the publisher read them in this transaction. */
type SnapshotClaim = Pick<
  Prisma.ClaimGetPayload<object>,
  | "id"
  | "headline"
  | "text"
  | "claimType"
  | "tags"
  | "claimedAt"
  | "claimantId"
  | "reportedById"
  | "documentId"
  | "documentVersionId"
  | "anchorExact"
  | "anchorPrefix"
  | "anchorSuffix"
  | "anchorStart"
  | "anchorEnd"
>;

export async function claimSnapshot(tx: Tx, claim: SnapshotClaim) {
  const claimId = claim.id;
  const people = [claim.claimantId, claim.reportedById].filter((x): x is string => !!x);
  const [names, evidence, linked] = await Promise.all([
    people.length ? tx.claimant.findMany({ where: { id: { in: people } }, select: { id: true, name: true } }) : [],
    tx.evidence.findMany({
      where: { claimId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: {
        source: {
          select: {
            title: true,
            chapter: true,
            authors: true,
            url: true,
            archiveUrl: true,
            publisher: true,
            date: true,
            type: true,
            reliability: true,
            reliabilityRationale: true,
            isPrimary: true,
          },
        },
      },
    }),
    // Both directions in one query (an OR of the two indexed columns).
    tx.claimRelation.findMany({
      where: { OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
      orderBy: { id: "asc" },
      select: { id: true, type: true, fromClaimId: true, toClaimId: true },
    }),
  ]);
  const from = linked.filter((r) => r.fromClaimId === claimId);
  const to = linked.filter((r) => r.toClaimId === claimId);
  const evidenceSnapshot: EvidenceSnapshot[] = evidence.map((e) => ({
    id: e.id,
    sourceId: e.sourceId,
    ...e.source,
    stance: e.stance,
    strength: e.strength,
    excerpt: e.excerpt,
    excerptKind: e.excerptKind,
    locator: e.locator,
    createdAt: e.createdAt.toISOString(),
  }));
  const relations: RelationSnapshot[] = [
    ...from.map((r) => ({ id: r.id, type: r.type, direction: "outgoing" as const, claimId: r.toClaimId })),
    ...to.map((r) => ({ id: r.id, type: r.type, direction: "incoming" as const, claimId: r.fromClaimId })),
  ];
  return {
    data: {
      headline: claim.headline,
      text: claim.text,
      claimType: claim.claimType,
      tags: claim.tags,
      claimedAt: claim.claimedAt,
      claimantId: claim.claimantId,
      claimantName: names.find((n) => n.id === claim.claimantId)?.name ?? null,
      reportedByName: names.find((n) => n.id === claim.reportedById)?.name ?? null,
      documentId: claim.documentId,
      documentVersionId: claim.documentVersionId,
      anchorExact: claim.anchorExact,
      anchorPrefix: claim.anchorPrefix,
      anchorSuffix: claim.anchorSuffix,
      anchorStart: claim.anchorStart,
      anchorEnd: claim.anchorEnd,
      evidence: evidenceSnapshot as unknown as Prisma.InputJsonValue,
      relations: relations as unknown as Prisma.InputJsonValue,
    },
    evidence: evidenceSnapshot,
  };
}

/** A stored revision as the diff reads it, with its verdict's label. */
export function revisionView(
  r: Omit<RevisionView, "verdict" | "evidence"> & { rating: { label: string } | null; evidence: unknown },
): RevisionView {
  return {
    verdict: r.rating?.label ?? null,
    confidence: r.confidence,
    rationale: r.rationale,
    headline: r.headline,
    text: r.text,
    claimantName: r.claimantName,
    tags: r.tags,
    anchorExact: r.anchorExact,
    evidence: (r.evidence ?? []) as EvidenceSnapshot[],
  };
}
