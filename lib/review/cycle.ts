import "server-only";
// The review cycle's bookkeeping, shared by every writer of reviewed content (claims, evidence,
// anchors, the proposed verdict): who changed the content, and approvals that no longer hold.
import type { Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { contentDigest, frozenReason, workflowState, type ContentPart, type ReviewedClaim } from "./content";

type Tx = Prisma.TransactionClient;

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

/**
 * The digest of the claim's reviewed content as it is in this transaction. `read`: the claim as
 * the caller already read it in this transaction, before writing anything (one query less).
 */
export async function currentDigest(tx: Tx, claimId: string, read?: ReviewedClaim): Promise<string> {
  const [claim, evidence] = await Promise.all([
    read ?? tx.claim.findUniqueOrThrow({ where: { id: claimId } }),
    tx.evidence.findMany({
      where: { claimId },
      select: { sourceId: true, stance: true, strength: true, excerpt: true, excerptKind: true, locator: true },
    }),
  ]);
  return contentDigest(claim, evidence);
}

/** The newest approval that still counts: not a dissent, not superseded, after the last publication. */
export async function standingApproval(tx: Tx, claimId: string) {
  const last = await tx.claimRevision.findFirst({
    where: { claimId },
    orderBy: { number: "desc" },
    select: { publishedAt: true },
  });
  return tx.review.findFirst({
    where: {
      claimId,
      decision: "approve",
      isDissent: false,
      supersededAt: null,
      ...(last ? { createdAt: { gt: last.publishedAt } } : {}),
    },
    orderBy: { createdAt: "desc" },
    include: { rating: true },
  });
}

/**
 * Call after writing reviewed content, in the same transaction, with the claim as it was before.
 * The actor joins the content's editors (who may not approve it); approvals given before the change
 * are marked superseded; an approved claim (or correction) goes back to review. `bumpVersion` is
 * for writers that did not already increment the claim's version (evidence links).
 */
export async function recordContentChange(
  tx: Tx,
  actor: Actor,
  before: CycleClaim,
  opts: { bumpVersion: boolean; asEditor?: boolean },
): Promise<void> {
  const userId = actorUserId(actor);
  const state = workflowState(before);
  const data: Prisma.ClaimUncheckedUpdateInput = {};
  if (userId && opts.asEditor !== false && !before.contentEditorIds.includes(userId))
    data.contentEditorIds = { push: userId };
  if (opts.bumpVersion) {
    data.version = { increment: 1 };
    // Who changed the claim last: the desk's "changed by" notice reads it (lib/claims/version.ts).
    if (userId) data.updatedById = userId;
  }
  const reopen = state === "approved";
  if (reopen) {
    if (before.correctionStatus) data.correctionStatus = "in_review";
    else data.status = "in_review";
  }
  if (Object.keys(data).length) await tx.claim.update({ where: { id: before.id }, data });
  const last = await tx.claimRevision.findFirst({
    where: { claimId: before.id },
    orderBy: { number: "desc" },
    select: { publishedAt: true },
  });
  const superseded = await tx.review.updateMany({
    where: {
      claimId: before.id,
      decision: "approve",
      isDissent: false,
      supersededAt: null,
      ...(last ? { createdAt: { gt: last.publishedAt } } : {}),
    },
    data: { supersededAt: new Date(), supersededById: userId },
  });
  if (reopen || superseded.count) {
    await recordAudit(tx, actor, {
      workspaceId: before.workspaceId,
      action: "claim.approval_superseded",
      entityType: "Claim",
      entityId: before.id,
      before: { status: state },
      after: { status: reopen ? "in_review" : state, supersededApprovals: superseded.count },
    });
  }
}
