import "server-only";
// Workflow actions. Each checks the transition table and can() before writing anything, so a
// refused attempt leaves the claim and the audit trail untouched.
import { z } from "zod";
import type { Db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize, type WorkspaceAccess } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { checkTransition, type ClaimState, type WorkflowAction } from "./workflow";

type Tx = Prisma.TransactionClient;

async function loadForAction(tx: Tx, access: WorkspaceAccess, claimId: string, action: WorkflowAction, extraFacts = false) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId: access.workspace.id } });
  if (!claim) throw notFound("claim");
  const check = checkTransition(claim.status as ClaimState, action);
  if (!check.ok) throw new AppError("conflict", check.reason);
  assertCan(access, check.permission, { createdById: claim.createdById, authorIds: extraFacts ? [claim.createdById, ...claim.statementEditorIds] : undefined });
  return { claim, to: check.to };
}

async function move(tx: Tx, actor: Actor, access: WorkspaceAccess, before: { id: string; version: number; status: string }, to: ClaimState, action: string, data: Prisma.ClaimUncheckedUpdateInput = {}) {
  const { count } = await tx.claim.updateMany({ where: { id: before.id, version: before.version }, data: { ...data, status: to, version: { increment: 1 }, updatedById: actorUserId(actor) } as Prisma.ClaimUncheckedUpdateManyInput });
  if (!count) throw new AppError("conflict", "the claim changed while you were working; reload and try again");
  const after = await tx.claim.findUniqueOrThrow({ where: { id: before.id } });
  await recordAudit(tx, actor, { workspaceId: access.workspace.id, action, entityType: "Claim", entityId: before.id, before: { status: before.status }, after: { status: after.status, version: after.version } });
  return after;
}

export async function submitClaim(db: Db, actor: Actor, slug: string, claimId: string) {
  const access = await authorize(db, actor, slug, "workspace.read");
  return db.$transaction(async (tx) => {
    const { claim, to } = await loadForAction(tx, access, claimId, "submit");
    return move(tx, actor, access, claim, to, "claim.submit");
  });
}

export const reviewInput = z
  .object({
    decision: z.enum(["approve", "request_changes"], { error: "decision must be approve or request_changes" }),
    ratingId: z.string().min(1).optional(),
    confidence: z.enum(["low", "medium", "high"], { error: "confidence must be low, medium or high" }).optional(),
    rationale: z.string().trim().min(1, "a review needs a rationale").max(20_000),
    dissent: z.boolean().default(false),
  })
  .refine((v) => v.decision !== "approve" || (v.ratingId && v.confidence), { message: "an approval needs a verdict (ratingId) and a confidence", path: ["ratingId"] });

/** A review: approve (with verdict and confidence) or request changes. `dissent` records a second reviewer's disagreement without moving the claim. */
export async function reviewClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown) {
  const input = reviewInput.parse(raw);
  const access = await authorize(db, actor, slug, "workspace.read");
  const reviewerId = actorUserId(actor);
  if (!reviewerId) throw new AppError("forbidden", "reviews are recorded by people, not tokens or the system");
  return db.$transaction(async (tx) => {
    const action: WorkflowAction = input.dissent ? "dissent" : input.decision;
    const { claim, to } = await loadForAction(tx, access, claimId, action, action === "approve");
    if (input.ratingId) {
      const rating = await tx.rating.findFirst({ where: { id: input.ratingId, scaleId: access.workspace.ratingScaleId ?? "" } });
      if (!rating) throw new AppError("unprocessable", "that verdict is not on this workspace's rating scale", { field: "ratingId" });
    }
    const review = await tx.review.create({
      data: { claimId, reviewerId, decision: input.decision, ratingId: input.ratingId, confidence: input.confidence, rationale: input.rationale, isDissent: input.dissent },
    });
    await recordAudit(tx, actor, { workspaceId: access.workspace.id, action: input.dissent ? "review.dissent" : `review.${input.decision}`, entityType: "Review", entityId: review.id, after: review });
    if (action === "dissent" || to === claim.status) return { review, claim };
    const after = await tx.claim.updateMany({ where: { id: claim.id, version: claim.version }, data: { status: to, version: { increment: 1 } } });
    if (!after.count) throw new AppError("conflict", "the claim changed while you were reviewing; reload and try again");
    return { review, claim: await tx.claim.findUniqueOrThrow({ where: { id: claim.id } }) };
  });
}

const displayName = async (tx: Tx, id: string | null) => (id ? ((await tx.user.findUnique({ where: { id }, select: { name: true, email: true } }))?.name ?? null) : null);

/** Publishing freezes the approved verdict, rationale and evidence as a revision. On a published
 * claim it publishes an approved correction: a new revision and a public Correction. */
export async function publishClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown = {}) {
  const { why } = z.object({ why: z.string().trim().max(2000).optional() }).parse(raw);
  const access = await authorize(db, actor, slug, "workspace.read");
  return db.$transaction(async (tx) => {
    const { claim, to } = await loadForAction(tx, access, claimId, "publish");
    const last = await tx.claimRevision.findFirst({ where: { claimId }, orderBy: { number: "desc" } });
    const review = await tx.review.findFirst({
      where: { claimId, decision: "approve", isDissent: false, ...(last ? { createdAt: { gt: last.publishedAt } } : {}) },
      orderBy: { createdAt: "desc" },
      include: { rating: true },
    });
    if (!review) throw new AppError("conflict", last ? "there is no approved correction to publish" : "the claim has no approving review");
    const isCorrection = claim.status === "published";
    if (isCorrection && !why) throw new AppError("unprocessable", "a correction needs a public explanation of why the verdict changed", { field: "why" });
    const evidence = await tx.evidence.findMany({ where: { claimId }, include: { source: { select: { title: true, url: true, reliability: true } } }, orderBy: { createdAt: "asc" } });
    const now = new Date();
    const revision = await tx.claimRevision.create({
      data: {
        claimId, number: (last?.number ?? 0) + 1, ratingId: review.ratingId, confidence: review.confidence, rationale: review.rationale, publishedAt: now,
        evidence: evidence.map((e) => ({ sourceId: e.sourceId, title: e.source.title, url: e.source.url, reliability: e.source.reliability, stance: e.stance, strength: e.strength, excerpt: e.excerpt, locator: e.locator })),
        authorName: await displayName(tx, claim.createdById), reviewerName: await displayName(tx, review.reviewerId),
      },
    });
    if (isCorrection) {
      const old = last?.ratingId ? await tx.rating.findUnique({ where: { id: last.ratingId } }) : null;
      const changes = [
        old?.id !== review.ratingId ? `Verdict changed from ${old?.label ?? "none"} to ${review.rating?.label ?? "none"}.` : null,
        last?.rationale !== review.rationale ? "Rationale revised." : null,
        last?.confidence !== review.confidence ? `Confidence changed from ${last?.confidence ?? "none"} to ${review.confidence ?? "none"}.` : null,
      ].filter(Boolean);
      // Recorded by the one audit event of this publication (below), whose `after` names the new verdict.
      await tx.correction.create({ data: { claimId, revisionId: revision.id, whatChanged: changes.join(" ") || "Evidence updated.", why: why!, createdById: actorUserId(actor) } });
    }
    return move(tx, actor, access, claim, to, isCorrection ? "claim.publish_correction" : "claim.publish", {
      ratingId: review.ratingId, confidence: review.confidence, rationale: review.rationale,
      publishedAt: claim.publishedAt ?? now, dateModified: now,
    });
  });
}

/** Retraction keeps the public page with a notice saying why. */
export async function retractClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown) {
  const { why } = z.object({ why: z.string().trim().min(1, "a retraction needs a public reason").max(2000) }).parse(raw);
  const access = await authorize(db, actor, slug, "workspace.read");
  return db.$transaction(async (tx) => {
    const { claim, to } = await loadForAction(tx, access, claimId, "retract");
    await tx.correction.create({ data: { claimId, whatChanged: "Retracted.", why, createdById: actorUserId(actor) } });
    return move(tx, actor, access, claim, to, "claim.retract", { dateModified: new Date() });
  });
}
