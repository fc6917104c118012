import "server-only";
// Workflow actions. Each checks the transition table and can() before writing anything, so a
// refused attempt leaves the claim and the audit trail untouched. The state they act on is the
// open correction's when there is one (lib/review/content.ts workflowState).
import { z } from "zod";
import { Prisma, type Db, type Review } from "@/lib/db";
import { insertSql, sqlJson, sqlTransaction, type SqlExecutor } from "@/lib/db/sql";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize, type WorkspaceAccess } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { notifyWorkflow } from "@/lib/notifications/events";
import { workflowState } from "./content";
import { currentDigest, recordContentChange, updateAtVersion } from "./cycle";
import { proposalFields, proposalInput, resolveProposal } from "./proposal";
import { checkTransition, type ClaimState, type WorkflowAction } from "./workflow";
import { liveClaimRow, writeClaim, type ClaimChanges, type ClaimRow } from "./claim-row";

/** Who may not approve: everyone who changed the content in this cycle, and a first version's author. */
export const approvalBlockers = (c: { createdById: string | null; contentEditorIds: string[]; status: string }) =>
  c.status === "published" ? c.contentEditorIds : [c.createdById, ...c.contentEditorIds];

export async function loadForAction(tx: SqlExecutor, access: WorkspaceAccess, claimId: string, action: WorkflowAction) {
  const claim = await liveClaimRow(tx, access.workspace.id, claimId);
  if (!claim) throw notFound("claim");
  const check = checkTransition(workflowState(claim, action) as ClaimState, action);
  if (!check.ok) throw new AppError("conflict", check.reason);
  if (check.permission !== "claim.publish") {
    assertCan(access, check.permission, {
      createdById: claim.createdById,
      authorIds: action === "approve" ? approvalBlockers(claim) : undefined,
    });
  }
  return { claim, to: check.to };
}

/** Moves the claim (or its open correction) to `to`, if nobody changed it meanwhile, and audits it. */
export async function move(
  tx: SqlExecutor,
  actor: Actor,
  access: WorkspaceAccess,
  before: ClaimRow,
  to: ClaimState,
  action: string | null,
  data: ClaimChanges = {},
  note: object = {},
) {
  const state = before.correctionStatus ? { correctionStatus: to } : { status: to };
  const after = await updateAtVersion(tx, before.id, before.version, {
    ...state,
    ...data,
    updatedById: actorUserId(actor),
  });
  if (!after) throw new AppError("conflict", "the claim changed while you were working; reload and try again");
  // null: the caller's own event records the move (one audit event per mutation).
  if (action)
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action,
      entityType: "Claim",
      entityId: before.id,
      before: { status: workflowState(before), version: before.version },
      after: { status: workflowState(after), version: after.version, ...note },
    });
  return after;
}

/** Submits the claim (or its correction) for review with the author's proposed verdict. */
export async function submitClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown = {}) {
  const input = proposalInput.parse(raw ?? {});
  const access = await authorize(db, actor, slug, "workspace.read");
  return sqlTransaction(db, async (tx) => {
    const { claim, to } = await loadForAction(tx, access, claimId, "submit");
    const proposal = await resolveProposal(tx, access, claim, input);
    if (!proposal.ratingId)
      throw new AppError("unprocessable", "propose a verdict before submitting", { field: "ratingId" });
    if (!proposal.confidence)
      throw new AppError("unprocessable", "propose a confidence (low, medium or high) before submitting", {
        field: "confidence",
      });
    if (!proposal.rationale)
      throw new AppError("unprocessable", "explain the proposed verdict (rationale) before submitting", {
        field: "rationale",
      });
    const data = proposalFields(claim, proposal);
    let fresh = claim; // nothing written yet: the claim as read in this transaction
    if (data) {
      fresh = await writeClaim(tx, claim.id, data);
      fresh = (await recordContentChange(tx, actor, claim, { bumpVersion: false })) ?? fresh;
    }
    // The one event of a submission records the proposal it was submitted with.
    const after = await move(
      tx,
      actor,
      access,
      fresh,
      to,
      claim.correctionStatus ? "correction.submit" : "claim.submit",
      {},
      { proposal },
    );
    await notifyWorkflow(
      tx,
      actor,
      access.workspace.id,
      after,
      "review_requested",
      `submit:${after.id}:v${after.version}`,
    );
    return after;
  });
}

export const reviewInput = z
  .object({
    decision: z.enum(["approve", "request_changes"], { error: "decision must be approve or request_changes" }),
    /** The claim version the reviewer read; a review of an older version is refused. */
    version: z.number().int().min(1).optional(),
    ratingId: z.string().trim().min(1).max(64).optional(),
    verdict: z.string().trim().min(1).max(60).optional(),
    confidence: z.enum(["low", "medium", "high"], { error: "confidence must be low, medium or high" }).optional(),
    rationale: z.string().trim().max(20_000).default(""),
    dissent: z.boolean().default(false),
  })
  .refine((v) => v.decision === "approve" || v.rationale.length > 0, {
    message: "say what needs to change (rationale)",
    path: ["rationale"],
  });

/**
 * A review. Approving takes the proposed verdict unless the reviewer gives another one (then the
 * reviewer's rationale is what gets published); the approval pins the version and a digest of
 * the reviewed content. `dissent` records a disagreement without moving the claim.
 */
export async function reviewClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown) {
  const input = reviewInput.parse(raw);
  const access = await authorize(db, actor, slug, "workspace.read");
  const reviewerId = actorUserId(actor);
  if (!reviewerId) throw new AppError("forbidden", "reviews are recorded by people, not tokens or the system");
  return sqlTransaction(db, async (tx) => {
    const action: WorkflowAction = input.dissent ? "dissent" : input.decision;
    const { claim, to } = await loadForAction(tx, access, claimId, action);
    if (input.version !== undefined && input.version !== claim.version) {
      throw new AppError(
        "conflict",
        `you reviewed version ${input.version}, but the claim is now version ${claim.version}; read the changes and review again`,
        { current: claim },
      );
    }
    const verdict = await resolveProposal(tx, access, claim, {
      ratingId: input.ratingId,
      verdict: input.verdict,
      confidence: input.confidence,
    });
    let verdictRationale: string | null = null;
    if (input.decision === "approve" && !input.dissent) {
      if (!verdict.ratingId || !verdict.confidence)
        throw new AppError(
          "unprocessable",
          "an approval needs a verdict and a confidence: the claim has no proposed verdict, so give them",
          { field: "ratingId" },
        );
      const differs = verdict.ratingId !== claim.proposedRatingId || verdict.confidence !== claim.proposedConfidence;
      if (differs && !input.rationale)
        throw new AppError(
          "unprocessable",
          "approving a verdict other than the proposed one needs your rationale for it",
          { field: "rationale" },
        );
      verdictRationale = differs ? input.rationale : claim.proposedRationale;
    }
    const approving = action === "approve";
    const [review] = await tx.rows<Review>(
      Prisma.sql`${insertSql("Review", [
        {
          claimId,
          reviewerId,
          decision: input.decision,
          isDissent: input.dissent,
          ratingId: input.decision === "approve" || input.ratingId || input.verdict ? verdict.ratingId : null,
          confidence: input.decision === "approve" || input.confidence ? verdict.confidence : null,
          rationale: input.rationale || "Approved as proposed.",
          verdictRationale,
          claimVersion: claim.version,
          // `claim` was read above in this transaction, before any write.
          contentDigest: approving ? await currentDigest(tx, claimId, claim) : null,
          proposedRatingId: claim.proposedRatingId,
          proposedConfidence: claim.proposedConfidence,
          createdAt: new Date(),
        },
      ])} RETURNING *`,
    );
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: input.dissent ? "review.dissent" : `review.${input.decision}`,
      entityType: "Review",
      entityId: review.id,
      after: {
        ...review,
        claimStatus: action === "dissent" ? workflowState(claim) : to,
        correction: claim.correctionStatus !== null,
      },
    });
    if (action === "dissent") return { review, claim };
    const moved = await move(tx, actor, access, claim, to, null);
    await notifyWorkflow(
      tx,
      actor,
      access.workspace.id,
      moved,
      approving ? "approved" : "changes_requested",
      `review:${review.id}`,
    );
    return { review, claim: moved };
  });
}

/** Opens a correction of a published claim: a working copy of its verdict and evidence, reviewed
 * and published like the first version, while the public keeps seeing the last revision. */
export async function openCorrection(db: Db, actor: Actor, slug: string, claimId: string) {
  const access = await authorize(db, actor, slug, "workspace.read");
  const userId = actorUserId(actor);
  return sqlTransaction(db, async (tx) => {
    const { claim } = await loadForAction(tx, access, claimId, "correct");
    const after = await updateAtVersion(tx, claim.id, claim.version, {
      correctionStatus: "draft",
      correctionOpenedById: userId,
      contentEditorIds: userId ? [userId] : [],
      proposedRatingId: claim.ratingId,
      proposedConfidence: claim.confidence,
      proposedRationale: claim.rationale,
      updatedById: userId,
    });
    if (!after) throw new AppError("conflict", "the claim changed while you were working; reload and try again");
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "correction.open",
      entityType: "Claim",
      entityId: claim.id,
      before: { status: "published" },
      after: { status: "published", correctionStatus: "draft", version: after.version },
    });
    return after;
  });
}

export const retractInput = z.object({ why: z.string().trim().min(1, "a retraction needs a public reason").max(2000) });

/** Retraction keeps the public page with a notice saying why; it is stored as a correction of kind retraction. */
export async function retractClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown) {
  const { why } = retractInput.parse(raw);
  const access = await authorize(db, actor, slug, "workspace.read");
  return sqlTransaction(db, async (tx) => {
    const { claim, to } = await loadForAction(tx, access, claimId, "retract");
    const [last] = await tx.rows<{ id: string }>(
      Prisma.sql`SELECT id FROM "ClaimRevision" WHERE "claimId" = ${claimId} ORDER BY number DESC LIMIT 1`,
    );
    await tx.rows(
      insertSql("Correction", [
        {
          claimId,
          workspaceId: access.workspace.id,
          revisionId: last?.id ?? null,
          kind: "retraction",
          whatChanged: "Retracted.",
          why,
          createdById: actorUserId(actor),
          changes: sqlJson([{ field: "status", from: "published", to: "retracted" }]),
          createdAt: new Date(),
        },
      ]),
    );
    // A correction in progress ends with the retraction.
    return move(tx, actor, access, { ...claim, correctionStatus: null }, to, "claim.retract", {
      dateModified: new Date(),
      correctionStatus: null,
      correctionOpenedById: null,
    });
  });
}
