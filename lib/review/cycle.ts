import "server-only";
// The review cycle's bookkeeping, shared by every writer of reviewed content (claims, evidence,
// anchors, the proposed verdict): who changed the content, and approvals that no longer hold.
import { Prisma } from "@/lib/db";
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

/**
 * Writes the claim only if it is still at `version`, in one UPDATE … RETURNING: the claim as it is
 * after the write, or null when someone else changed it first (the caller says what that means).
 */
export async function updateAtVersion(
  tx: Tx,
  claimId: string,
  version: number,
  data: Prisma.ClaimUncheckedUpdateInput,
): Promise<Prisma.ClaimGetPayload<object> | null> {
  try {
    return await tx.claim.update({ where: { id: claimId, version }, data });
  } catch (err) {
    // P2025: no row matched, so nothing was written; the transaction stays usable.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2025") return null;
    throw err;
  }
}

/**
 * The newest approval that still counts: not a dissent, not superseded, after the last publication.
 * `last`: the claim's newest revision as the caller already read it in this transaction (null: none).
 */
export async function standingApproval(tx: Tx, claimId: string, last?: { publishedAt: Date } | null) {
  if (last === undefined)
    last = await tx.claimRevision.findFirst({
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
 * for writers that did not already increment the claim's version (evidence links). Returns the
 * claim as written when this wrote it, null when the claim row was left as it was.
 */
export async function recordContentChange(
  tx: Tx,
  actor: Actor,
  before: CycleClaim,
  opts: { bumpVersion: boolean; asEditor?: boolean },
): Promise<Prisma.ClaimGetPayload<object> | null> {
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
  const written = Object.keys(data).length ? await tx.claim.update({ where: { id: before.id }, data }) : null;
  // The approvals standingApproval would find, in one statement (two Prisma queries cost every
  // content edit ~1.8 ms of the server's CPU more; docs/ARCHITECTURE.md, Writes).
  const superseded = await tx.$executeRaw`
    UPDATE "Review" SET "supersededAt" = ${new Date()}, "supersededById" = ${userId}
    WHERE "claimId" = ${before.id} AND decision = 'approve' AND NOT "isDissent" AND "supersededAt" IS NULL
      AND "createdAt" > COALESCE(
        (SELECT "publishedAt" FROM "ClaimRevision" WHERE "claimId" = ${before.id} ORDER BY number DESC LIMIT 1),
        '-infinity')`;
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
  return written;
}
