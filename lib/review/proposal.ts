import "server-only";
// The verdict an author proposes (rating, confidence, rationale): given by rating id or by its
// label on the workspace's scale, merged over what the claim already proposes.
import { Prisma } from "@/lib/db";
import { sqlOf, type SqlExecutor } from "@/lib/db/sql";
import type { WorkspaceAccess } from "@/lib/auth/access";
import { AppError } from "@/lib/errors";

import { proposalInput, type ProposalInput } from "./proposal-schema";
export { proposalInput };

export interface Proposal {
  ratingId: string | null;
  confidence: "low" | "medium" | "high" | null;
  rationale: string | null;
}

/** A rating of this workspace's active scale, by id or label; 422 naming the field otherwise. */
export async function resolveRating(
  tx: SqlExecutor,
  access: WorkspaceAccess,
  input: { ratingId?: string; verdict?: string },
): Promise<string | undefined> {
  const sql = sqlOf(tx);
  const scaleId = access.workspace.ratingScaleId ?? "";
  if (input.ratingId) {
    const [r] = await sql.rows<{ id: string }>(
      Prisma.sql`SELECT id FROM "Rating" WHERE id = ${input.ratingId} AND "scaleId" = ${scaleId}`,
    );
    if (!r)
      throw new AppError("unprocessable", "that verdict is not on this workspace's rating scale", {
        field: "ratingId",
      });
    return r.id;
  }
  if (input.verdict) {
    // The label ignoring case, compared as text (no LIKE: a `%` in it is a `%`).
    const [r] = await sql.rows<{ id: string }>(
      Prisma.sql`SELECT id FROM "Rating" WHERE "scaleId" = ${scaleId} AND lower(label) = lower(${input.verdict}) LIMIT 1`,
    );
    if (!r)
      throw new AppError("unprocessable", `no verdict '${input.verdict}' on this workspace's rating scale`, {
        field: "verdict",
      });
    return r.id;
  }
  return undefined;
}

export async function resolveProposal(
  tx: SqlExecutor,
  access: WorkspaceAccess,
  claim: { proposedRatingId: string | null; proposedConfidence: string | null; proposedRationale: string | null },
  input: ProposalInput,
): Promise<Proposal> {
  const ratingId = (await resolveRating(tx, access, input)) ?? claim.proposedRatingId;
  return {
    ratingId,
    confidence: (input.confidence ?? claim.proposedConfidence) as Proposal["confidence"],
    rationale: input.rationale !== undefined ? input.rationale || null : claim.proposedRationale,
  };
}

/** The claim columns to write for this proposal, or null when it changes nothing. */
export function proposalFields(
  claim: { proposedRatingId: string | null; proposedConfidence: string | null; proposedRationale: string | null },
  p: Proposal,
) {
  if (
    p.ratingId === claim.proposedRatingId &&
    p.confidence === claim.proposedConfidence &&
    p.rationale === claim.proposedRationale
  )
    return null;
  return { proposedRatingId: p.ratingId, proposedConfidence: p.confidence, proposedRationale: p.rationale };
}
