import "server-only";
// A revision is what the public sees of a claim, frozen at publication: statement, quote,
// claimant, tags, verdict, evidence with its sources' titles and links as they were, and
// relations. Public pages read revisions, so later edits reach the public only by publishing.
import { Prisma } from "@/lib/db";
import type { EvidenceSnapshot, RelationSnapshot, RevisionView } from "./revision-diff";

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

/** What a snapshot reads beside the claim (snapshotSql's columns). */
export interface SnapshotParts {
  names: { id: string; name: string }[];
  evidence: EvidenceSnapshot[];
  linked: { id: string; type: string; fromClaimId: string; toClaimId: string }[];
}

/**
 * The columns `names`, `evidence` and `linked` (SnapshotParts) for the claim `c` of the statement
 * they go into: the claimant names, the evidence with its sources as the snapshot holds them
 * (createdAt as toISOString writes it, a list Prisma would read as [] when NULL), and the relations
 * in both directions. Publishing reads them in the statement that reads the claim.
 */
export const snapshotSql = (claimId: string) => Prisma.sql`
  (SELECT coalesce(jsonb_agg(jsonb_build_object('id', ct.id, 'name', ct.name)), '[]')
    FROM "Claimant" ct WHERE ct.id IN (c."claimantId", c."reportedById")) AS names,
  (SELECT coalesce(jsonb_agg(jsonb_build_object(
      'id', e.id, 'sourceId', e."sourceId", 'title', s.title, 'chapter', s.chapter,
      'authors', coalesce(s.authors, '{}'), 'url', s.url, 'archiveUrl', s."archiveUrl", 'publisher', s.publisher,
      'date', s.date, 'type', s.type, 'reliability', s.reliability, 'reliabilityRationale', s."reliabilityRationale",
      'isPrimary', s."isPrimary", 'stance', e.stance, 'strength', e.strength, 'excerpt', e.excerpt,
      'excerptKind', e."excerptKind", 'locator', e.locator,
      'createdAt', to_char(e."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    ) ORDER BY e."createdAt", e.id), '[]')
    FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId" WHERE e."claimId" = ${claimId}) AS evidence,
  (SELECT coalesce(jsonb_agg(jsonb_build_object(
      'id', r.id, 'type', r.type, 'fromClaimId', r."fromClaimId", 'toClaimId', r."toClaimId") ORDER BY r.id), '[]')
    FROM "ClaimRelation" r WHERE r."fromClaimId" = ${claimId} OR r."toClaimId" = ${claimId}) AS linked`;

/** The revision's frozen content: the claim as the publisher read it, with snapshotSql's parts. */
export function claimSnapshot(claim: SnapshotClaim, { names, evidence, linked }: SnapshotParts) {
  const claimId = claim.id;
  const from = linked.filter((r) => r.fromClaimId === claimId);
  const to = linked.filter((r) => r.toClaimId === claimId);
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
      evidence: evidence as unknown as Prisma.InputJsonValue,
      relations: relations as unknown as Prisma.InputJsonValue,
    },
    evidence,
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
