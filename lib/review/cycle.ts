import "server-only";
// The review cycle's bookkeeping, shared by every writer of reviewed content (claims, evidence,
// anchors, the proposed verdict): who changed the content, and approvals that no longer hold.
// SQL (lib/db/sql.ts): the review cycle's own writes run it on one pg connection; writers that
// hold a Prisma transaction pass that.
import { Prisma, type Rating, type Review } from "@/lib/db";
import { sqlOf, type SqlExecutor } from "@/lib/db/sql";
import { recordAudit } from "@/lib/audit";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { claimAssignments, claimRow, CLAIM_COLUMNS, type ClaimChanges, type ClaimRow } from "./claim-row";
import { contentDigest, frozenReason, workflowState, type ContentPart, type ReviewedClaim } from "./content";

interface CycleClaim {
  id: string;
  workspaceId: string;
  status: string;
  correctionStatus: string | null;
  contentEditorIds: string[];
}

/** What a writer reads of a claim to check it is editable and to record its change (CycleClaim). */
export const CYCLE_CLAIM_SELECT = {
  id: true,
  workspaceId: true,
  status: true,
  correctionStatus: true,
  contentEditorIds: true,
} as const;

/** Refuses (409) a change to a part of the claim that its state freezes. */
export function assertEditable(claim: { status: string; correctionStatus: string | null }, part: ContentPart): void {
  const reason = frozenReason(claim, part);
  if (reason) throw new AppError("conflict", reason);
}

/** The evidence of a claim as its digest reads it. */
export const reviewedEvidence = (tx: SqlExecutor, claimId: string) =>
  sqlOf(tx).rows<{
    sourceId: string;
    stance: string;
    strength: string;
    excerpt: string | null;
    excerptKind: string;
    locator: string | null;
  }>(Prisma.sql`
    SELECT "sourceId", stance, strength, excerpt, "excerptKind", locator FROM "Evidence" WHERE "claimId" = ${claimId}`);

/**
 * The digest of the claim's reviewed content as it is in this transaction. `read`: the claim as
 * the caller already read it in this transaction, before writing anything (one query less).
 */
export async function currentDigest(tx: SqlExecutor, claimId: string, read?: ReviewedClaim): Promise<string> {
  const [claim, evidence] = await Promise.all([read ?? claimRow(tx, claimId), reviewedEvidence(tx, claimId)]);
  if (!claim) throw new AppError("not_found", "claim not found");
  return contentDigest(claim, evidence);
}

/**
 * Writes the claim only if it is still at `version`, in one UPDATE … RETURNING, moving the version
 * on: the claim as it is after the write, or null when someone else changed it first (the caller
 * says what that means).
 */
export async function updateAtVersion(
  tx: SqlExecutor,
  claimId: string,
  version: number,
  data: ClaimChanges,
): Promise<ClaimRow | null> {
  const set = [...claimAssignments(data), Prisma.sql`version = version + 1`, Prisma.sql`"updatedAt" = ${new Date()}`];
  const [row] = await sqlOf(tx).rows<ClaimRow>(Prisma.sql`
    UPDATE "Claim" SET ${Prisma.join(set)} WHERE id = ${claimId} AND version = ${version} RETURNING ${CLAIM_COLUMNS}`);
  return row ?? null;
}

/**
 * The approvals that still count, over "Review" aliased `r`: approving, not a dissent, not superseded,
 * given after `after` (the last publication's time, or '-infinity'). The rule standingApproval,
 * publishing and superseding share.
 */
export const standingApprovalsSql = (claimId: string, after: Prisma.Sql) => Prisma.sql`
  r."claimId" = ${claimId} AND r.decision = 'approve' AND NOT r."isDissent" AND r."supersededAt" IS NULL
    AND r."createdAt" > ${after}`;

/** The last publication's time as standingApprovalsSql compares with it ('-infinity' before the first). */
export const lastPublishedSql = (claimId: string) =>
  Prisma.sql`COALESCE((SELECT "publishedAt" FROM "ClaimRevision" WHERE "claimId" = ${claimId} ORDER BY number DESC LIMIT 1), '-infinity')`;

/** The approval a publication would rest on, with its verdict's rating. */
export type Approval = Review & { rating: Rating | null };

/**
 * The newest approval that still counts: not a dissent, not superseded, after the last publication.
 * `last`: the claim's newest revision as the caller already read it in this transaction (null: none).
 */
export async function standingApproval(
  tx: SqlExecutor,
  claimId: string,
  last?: { publishedAt: Date } | null,
): Promise<Approval | null> {
  const after =
    last === undefined ? lastPublishedSql(claimId) : last ? Prisma.sql`${last.publishedAt}` : Prisma.sql`'-infinity'`;
  const [row] = await sqlOf(tx).rows<Approval>(Prisma.sql`
    SELECT r.*, (SELECT to_jsonb(rt) FROM "Rating" rt WHERE rt.id = r."ratingId") AS rating
    FROM "Review" r WHERE ${standingApprovalsSql(claimId, after)}
    ORDER BY r."createdAt" DESC LIMIT 1`);
  return row ?? null;
}

/**
 * Call after writing reviewed content, in the same transaction, with the claim as it was before.
 * The actor joins the content's editors (who may not approve it); approvals given before the change
 * are marked superseded; an approved claim (or correction) goes back to review. `bumpVersion` is
 * for writers that did not already increment the claim's version (evidence links). Returns the
 * claim as written when this wrote it, null when the claim row was left as it was.
 */
export async function recordContentChange(
  tx: SqlExecutor,
  actor: Actor,
  before: CycleClaim,
  opts: { bumpVersion: boolean; asEditor?: boolean },
): Promise<ClaimRow | null> {
  const sql = sqlOf(tx);
  const userId = actorUserId(actor);
  const state = workflowState(before);
  const set: Prisma.Sql[] = [];
  if (userId && opts.asEditor !== false && !before.contentEditorIds.includes(userId))
    set.push(Prisma.sql`"contentEditorIds" = array_append("contentEditorIds", ${userId}::text)`);
  if (opts.bumpVersion) {
    set.push(Prisma.sql`version = version + 1`);
    // Who changed the claim last: the desk's "changed by" notice reads it (lib/claims/version.ts).
    if (userId) set.push(Prisma.sql`"updatedById" = ${userId}`);
  }
  const reopen = state === "approved";
  if (reopen)
    set.push(before.correctionStatus ? Prisma.sql`"correctionStatus" = 'in_review'` : Prisma.sql`status = 'in_review'`);
  let written: ClaimRow | null = null;
  if (set.length) {
    set.push(Prisma.sql`"updatedAt" = ${new Date()}`);
    [written] = await sql.rows<ClaimRow>(Prisma.sql`
      UPDATE "Claim" SET ${Prisma.join(set)} WHERE id = ${before.id} RETURNING ${CLAIM_COLUMNS}`);
  }
  // The approvals standingApproval would find, in one statement.
  const superseded = (
    await sql.rows<{ id: string }>(Prisma.sql`
      UPDATE "Review" r SET "supersededAt" = ${new Date()}, "supersededById" = ${userId}
      WHERE ${standingApprovalsSql(before.id, lastPublishedSql(before.id))}
      RETURNING r.id`)
  ).length;
  if (reopen || superseded) {
    await recordAudit(tx, actor, {
      workspaceId: before.workspaceId,
      action: "claim.approval_superseded",
      entityType: "Claim",
      entityId: before.id,
      before: { status: state },
      after: { status: reopen ? "in_review" : state, supersededApprovals: superseded },
    });
  }
  return written ?? null;
}
