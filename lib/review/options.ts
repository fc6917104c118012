import "server-only";
// What the signed-in member can do with a claim now, and for what they can't, one line why.
// The desk's workflow panel renders this; lib's actions decide the same way when called.
import type { Db } from "@/lib/db";
import { workspaceAccess } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { refusalReason } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { approvalBlockers } from "./actions";
import { frozenReason, workflowState } from "./content";
import { standingApproval } from "./cycle";
import { checkTransition, type ClaimState, type WorkflowAction } from "./workflow";
import { liveClaimWhere } from "@/lib/trash/live";

export interface WorkflowOption {
  action: WorkflowAction;
  allowed: boolean;
  /** Why not, in words; null when allowed. */
  reason: string | null;
}

/** States in which the proposed verdict can still be changed (before publication). */
const PROPOSABLE: ClaimState[] = ["draft", "changes_requested", "in_review", "approved"];

const SHOWN: WorkflowAction[] = ["submit", "approve", "request_changes", "dissent", "publish", "correct", "retract"];

export async function workflowOptions(db: Db, actor: Actor, slug: string, claimId: string) {
  const access = await workspaceAccess(db, actor, slug);
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: access.workspace.id, ...liveClaimWhere },
  });
  if (!claim) throw notFound("claim");
  const state = workflowState(claim) as ClaimState;
  const approval = state === "approved" ? await db.$transaction((tx) => standingApproval(tx, claimId)) : null;
  const options: WorkflowOption[] = [];
  for (const action of SHOWN) {
    const t = checkTransition(workflowState(claim, action) as ClaimState, action);
    if (!t.ok) continue;
    let reason = refusalReason(access.subject, t.permission, {
      createdById: claim.createdById,
      authorIds: action === "approve" ? approvalBlockers(claim) : undefined,
      approverId: approval?.reviewerId,
      reviewersMayPublish: access.workspace.reviewersMayPublish,
    });
    if (!reason && action === "publish" && !approval)
      reason = "The approval no longer holds; the claim needs a new review.";
    options.push({ action, allowed: !reason, reason });
  }
  return {
    state,
    inCorrection: claim.correctionStatus !== null,
    version: claim.version,
    /** The member may edit the proposed verdict now: the claim rule, the freeze and the state. */
    canPropose:
      !refusalReason(access.subject, "claim.update", { createdById: claim.createdById }) &&
      !frozenReason(claim, "verdict") &&
      PROPOSABLE.includes(state),
    proposal: {
      ratingId: claim.proposedRatingId,
      confidence: claim.proposedConfidence,
      rationale: claim.proposedRationale,
    },
    approval: approval
      ? { reviewerId: approval.reviewerId, verdict: approval.rating?.label ?? null, confidence: approval.confidence }
      : null,
    options,
  };
}
