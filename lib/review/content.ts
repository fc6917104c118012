// What a reviewer approves, as one value: the claim's reviewed fields and its evidence set. An
// approval stores the digest of this value; publishing compares it with the claim's digest now,
// so nothing that changed after the approval can go public under it. Pure.
import crypto from "node:crypto";

export interface ReviewedEvidence {
  sourceId: string;
  stance: string;
  strength: string;
  excerpt?: string | null;
  excerptKind?: string | null;
  locator?: string | null;
}

export interface ReviewedClaim {
  text: string;
  headline: string;
  claimType: string;
  tags: string[];
  claimedAt: Date | null;
  claimantId: string | null;
  reportedById: string | null;
  documentVersionId: string | null;
  anchorStart: number | null;
  anchorEnd: number | null;
  anchorExact: string | null;
  proposedRatingId: string | null;
  proposedConfidence: string | null;
  proposedRationale: string | null;
}

export const REVIEWED_CLAIM_FIELDS = [
  "text",
  "headline",
  "claimType",
  "tags",
  "claimedAt",
  "claimantId",
  "reportedById",
  "documentVersionId",
  "anchorStart",
  "anchorEnd",
  "anchorExact",
  "proposedRatingId",
  "proposedConfidence",
  "proposedRationale",
] as const satisfies readonly (keyof ReviewedClaim)[];

export function reviewedContent(claim: ReviewedClaim, evidence: ReviewedEvidence[]) {
  const fields = Object.fromEntries(REVIEWED_CLAIM_FIELDS.map((k) => [k, claim[k] ?? null])) as Record<string, unknown>;
  fields.tags = [...claim.tags].sort();
  fields.claimedAt = claim.claimedAt ? claim.claimedAt.toISOString() : null;
  const links = evidence
    // A summary is marked as such; a quote (the default) adds nothing, so digests of approvals made
    // before excerpts had a kind still match.
    .map((e) => ({
      sourceId: e.sourceId,
      stance: e.stance,
      strength: e.strength,
      excerpt: e.excerpt ?? null,
      locator: e.locator ?? null,
      ...(e.excerptKind === "summary" && { excerptKind: "summary" }),
    }))
    .sort((a, b) =>
      a.sourceId + a.stance < b.sourceId + b.stance ? -1 : a.sourceId + a.stance > b.sourceId + b.stance ? 1 : 0,
    );
  return { ...fields, evidence: links };
}

/** Keys sorted at every level, so equal content always serialises the same way. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}

export function contentDigest(claim: ReviewedClaim, evidence: ReviewedEvidence[]): string {
  return crypto
    .createHash("sha256")
    .update(stable(reviewedContent(claim, evidence)))
    .digest("hex");
}

/** The state the workflow acts on: an open correction's, else the claim's own. A retraction acts
 * on the published claim itself, and ends any correction in progress. */
export function workflowState(c: { status: string; correctionStatus: string | null }, action?: string): string {
  return action === "retract" ? c.status : (c.correctionStatus ?? c.status);
}

export type ContentPart = "statement" | "verdict" | "evidence";

/** Why this part of the claim cannot change now, or null when it can. Published claims change
 * only through a correction, and a correction changes the verdict and the evidence. */
export function frozenReason(c: { status: string; correctionStatus: string | null }, part: ContentPart): string | null {
  if (c.status === "retracted") return "the claim is retracted; nothing in it can change";
  if (c.status !== "published") return null;
  if (part === "statement")
    return "the statement, claimant, tags and anchor of a published claim cannot change; a correction changes its verdict and evidence";
  if (!c.correctionStatus)
    return `the claim is published; open a correction to change its ${part === "verdict" ? "verdict" : "evidence"}`;
  return null;
}
