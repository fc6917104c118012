import "server-only";
// updateClaim with optimistic locking: the write names the version it was based on; a stale
// write is refused with 409 and the current state, never silently applied over someone's edit.
import type { Db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { resolveClaimant } from "./claimants";
import { headlineOf, updateClaimInput, type UpdateClaimInput } from "./schemas";

/** Claims in these states are frozen for ordinary edits (review and publication own them). */
const LOCKED = new Set(["published", "retracted"]);

export async function updateClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: UpdateClaimInput) {
  const input = updateClaimInput.parse(raw);
  const access = await authorize(db, actor, slug, "workspace.read");
  const userId = actorUserId(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findFirst({ where: { id: claimId, workspaceId: access.workspace.id } });
    if (!before) throw notFound("claim");
    assertCan(access, "claim.update", { createdById: before.createdById });
    if (LOCKED.has(before.status)) throw new AppError("conflict", `a ${before.status} claim cannot be edited here; corrections go through review`);
    const data: Prisma.ClaimUncheckedUpdateManyInput = { version: { increment: 1 }, updatedById: userId };
    if (input.text !== undefined && input.text !== before.text) {
      data.text = input.text;
      if (input.headline === undefined && before.headline === headlineOf(before.text)) data.headline = headlineOf(input.text);
      if (userId && !before.statementEditorIds.includes(userId)) data.statementEditorIds = [...before.statementEditorIds, userId];
    }
    if (input.headline !== undefined) data.headline = input.headline;
    if (input.claimType !== undefined) data.claimType = input.claimType;
    if (input.tags !== undefined) data.tags = [...new Set(input.tags)];
    if (input.claimedAt !== undefined) data.claimedAt = input.claimedAt;
    if (input.assignedReviewerId !== undefined) {
      assertCan(access, "claim.assign");
      if (input.assignedReviewerId) {
        const m = await tx.membership.findFirst({ where: { workspaceId: access.workspace.id, userId: input.assignedReviewerId, role: { in: ["owner", "editor", "reviewer"] } } });
        if (!m) throw new AppError("unprocessable", "the assigned reviewer is not a reviewer in this workspace", { field: "assignedReviewerId" });
      }
      data.assignedReviewerId = input.assignedReviewerId;
    }
    if (input.reportingSourceId !== undefined) {
      if (input.reportingSourceId && !(await tx.source.findFirst({ where: { id: input.reportingSourceId, workspaceId: access.workspace.id } }))) {
        throw new AppError("unprocessable", "reporting source not found in this workspace", { field: "reportingSourceId" });
      }
      data.reportingSourceId = input.reportingSourceId;
    }
    if (input.claimant !== undefined) data.claimantId = input.claimant ? await resolveClaimant(tx, actor, access.workspace.id, input.claimant) : null;
    if (input.reportedBy !== undefined) data.reportedById = input.reportedBy ? await resolveClaimant(tx, actor, access.workspace.id, input.reportedBy) : null;
    // The version check and the write are one statement: two writers can't both pass it.
    const { count } = await tx.claim.updateMany({ where: { id: claimId, version: input.version }, data });
    if (count === 0) {
      const current = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
      throw new AppError("conflict", `the claim was changed by someone else (you edited version ${input.version}, it is now version ${current.version}); review their change and re-apply yours`, {
        current,
      });
    }
    const after = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
    await recordAudit(tx, actor, { workspaceId: access.workspace.id, action: "claim.update", entityType: "Claim", entityId: claimId, before, after });
    return after;
  });
}
