import "server-only";
// Evidence links: claim ↔ source with stance, excerpt, locator, strength and note; one link per
// (claim, source, stance). Evidence is reviewed content: a published claim's evidence changes only
// inside a correction, and any change sends an approved claim back to review.
import { z } from "zod";
import { Prisma, type Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { locateExcerpt } from "@/lib/capture/excerpt";
import { requireClaimInWorkspace } from "@/lib/claims/exists";
import { citationReach } from "@/lib/claims/queries";
import { AppError, notFound } from "@/lib/errors";
import { assertEditable, CYCLE_CLAIM_SELECT, recordContentChange } from "@/lib/review/cycle";
import { evidenceBalance } from "./balance";
import { STANCES, STRENGTHS } from "./values";
import { liveClaimWhere, liveSourceWhere } from "@/lib/trash/live";

export const EXCERPT_MAX = 2000;
const stance = z.enum(STANCES, {
  error: "stance must be one of supports, contests, context",
});
const strength = z.enum(STRENGTHS, { error: "strength must be one of weak, moderate, strong" });
// A quote is the source's own words, verbatim; a summary is the editor's account of it.
export const excerptKind = z.enum(["quote", "summary"], { error: "excerptKind must be quote or summary" });

export const evidenceInput = z.object({
  claimId: z.string().min(1),
  sourceId: z.string().min(1),
  stance,
  strength: strength.default("moderate"),
  excerpt: z.string().trim().max(EXCERPT_MAX, `the excerpt is at most ${EXCERPT_MAX} characters`).optional(),
  excerptKind: excerptKind.default("quote"),
  locator: z.string().trim().max(200, "the locator is at most 200 characters").optional(),
  note: z.string().trim().max(2000).optional(),
});
export const evidenceUpdate = z.object({
  version: z.number().int().min(1),
  stance: stance.optional(),
  strength: strength.optional(),
  excerpt: z.string().trim().max(EXCERPT_MAX, `the excerpt is at most ${EXCERPT_MAX} characters`).nullable().optional(),
  excerptKind: excerptKind.optional(),
  locator: z.string().trim().max(200).nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});

async function editableClaim(tx: Prisma.TransactionClient, workspaceId: string, claimId: string) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, workspaceId, ...liveClaimWhere },
    select: { ...CYCLE_CLAIM_SELECT, createdById: true },
  });
  if (!claim) throw new AppError("unprocessable", "claim not found in this workspace", { field: "claimId" });
  assertEditable(claim, "evidence");
  return claim;
}

/** Two members linking the same source at once: the unique index refuses the second, a 409 like the check above. */
const duplicateLink =
  (stance: string) =>
  (err: unknown): never => {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      throw new AppError(
        "conflict",
        `this source is already linked to the claim as '${stance}'; edit that link instead`,
      );
    }
    throw err;
  };

export async function addEvidence(db: Db, actor: Actor, slug: string, raw: unknown) {
  const data = evidenceInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "evidence.write");
  return db.$transaction(async (tx) => {
    const claim = await editableClaim(tx, workspace.id, data.claimId);
    const source = await tx.source.findFirst({
      where: { id: data.sourceId, workspaceId: workspace.id, ...liveSourceWhere },
      select: { id: true },
    });
    if (!source) throw new AppError("unprocessable", "source not found in this workspace", { field: "sourceId" });
    // The unique index decides under concurrency (P2002 → 409); this gives the readable message.
    const dup = await tx.evidence.findFirst({
      where: { claimId: data.claimId, sourceId: data.sourceId, stance: data.stance },
    });
    if (dup)
      throw new AppError(
        "conflict",
        `this source is already linked to the claim as '${data.stance}'; edit that link instead`,
        { current: dup },
      );
    const ev = await tx.evidence
      .create({ data: { ...data, createdById: actorUserId(actor) } })
      .catch(duplicateLink(data.stance));
    await recordContentChange(tx, actor, claim, { bumpVersion: true });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "evidence.add",
      entityType: "Evidence",
      entityId: ev.id,
      after: ev,
    });
    return ev;
  });
}

export async function updateEvidence(db: Db, actor: Actor, slug: string, evidenceId: string, raw: unknown) {
  const { version, ...data } = evidenceUpdate.parse(raw);
  const access = await authorize(db, actor, slug, "evidence.write");
  const { workspace } = access;
  return db.$transaction(async (tx) => {
    const before = await tx.evidence.findFirst({ where: { id: evidenceId, claim: { workspaceId: workspace.id } } });
    if (!before) throw notFound("evidence");
    const claim = await editableClaim(tx, workspace.id, before.claimId);
    // As for removing: contributors change only the evidence of their own claims.
    assertCan(access, "claim.update", { createdById: claim.createdById });
    if (
      data.stance &&
      data.stance !== before.stance &&
      (await tx.evidence.findFirst({
        where: { claimId: before.claimId, sourceId: before.sourceId, stance: data.stance },
      }))
    ) {
      throw new AppError("conflict", `this source is already linked to the claim as '${data.stance}'`, {
        field: "stance",
      });
    }
    const { count } = await tx.evidence
      .updateMany({ where: { id: evidenceId, version }, data: { ...data, version: { increment: 1 } } })
      .catch(duplicateLink(data.stance ?? before.stance));
    if (!count) {
      const current = await tx.evidence.findUniqueOrThrow({ where: { id: evidenceId } });
      throw new AppError(
        "conflict",
        `the evidence was changed by someone else (you edited version ${version}, it is now version ${current.version}); reload and re-apply`,
        { current },
      );
    }
    const after = await tx.evidence.findUniqueOrThrow({ where: { id: evidenceId } });
    // The note is internal; every other field is reviewed content.
    const reviewed = (["stance", "strength", "excerpt", "excerptKind", "locator"] as const).some(
      (k) => (before[k] ?? null) !== (after[k] ?? null),
    );
    if (reviewed) await recordContentChange(tx, actor, claim, { bumpVersion: true });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "evidence.update",
      entityType: "Evidence",
      entityId: evidenceId,
      before,
      after,
    });
    return after;
  });
}

/** Removes a link; the returned event id is what restoreEvidence takes to undo it. */
export async function removeEvidence(
  db: Db,
  actor: Actor,
  slug: string,
  evidenceId: string,
): Promise<{ auditEventId: string }> {
  const access = await authorize(db, actor, slug, "evidence.write");
  return db.$transaction(async (tx) => {
    const before = await tx.evidence.findFirst({
      where: { id: evidenceId, claim: { workspaceId: access.workspace.id } },
    });
    if (!before) throw notFound("evidence");
    const claim = await editableClaim(tx, access.workspace.id, before.claimId);
    assertCan(access, "claim.update", { createdById: claim.createdById });
    await tx.evidence.delete({ where: { id: evidenceId } });
    await recordContentChange(tx, actor, claim, { bumpVersion: true });
    const auditEventId = await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "evidence.remove",
      entityType: "Evidence",
      entityId: evidenceId,
      before,
    });
    return { auditEventId };
  });
}

/** The link as `evidence.remove` recorded it; only what a restore puts back. */
const removedLink = z.object({
  id: z.string().min(1),
  claimId: z.string().min(1),
  sourceId: z.string().min(1),
  stance,
  strength,
  excerpt: z.string().nullable(),
  excerptKind: excerptKind.default("quote"),
  locator: z.string().nullable(),
  note: z.string().nullable(),
  createdById: z.string().nullable(),
  createdAt: z.coerce.date(),
  version: z.number().int().min(1),
});

/**
 * Undo of a removal, from the history: re-creates the link the `evidence.remove` event recorded,
 * under its old id when that is free. Restoring is an evidence change like any other (frozen
 * claims refuse it; an approved claim goes back to review); an equal link refuses it.
 */
export async function restoreEvidence(db: Db, actor: Actor, slug: string, auditEventId: string) {
  const access = await authorize(db, actor, slug, "evidence.write");
  return db.$transaction(async (tx) => {
    const event = await tx.auditEvent.findFirst({
      where: { id: auditEventId, workspaceId: access.workspace.id, action: "evidence.remove", entityType: "Evidence" },
    });
    const parsed = removedLink.safeParse(event?.before);
    if (!event || !parsed.success) throw notFound("removed evidence link");
    const link = parsed.data;
    const restored = await tx.auditEvent.findFirst({
      where: {
        workspaceId: access.workspace.id,
        action: "evidence.restore",
        after: { path: ["restoredFrom"], equals: event.id },
      },
      select: { id: true },
    });
    if (restored) throw new AppError("conflict", "this link was already restored");
    const claim = await editableClaim(tx, access.workspace.id, link.claimId);
    assertCan(access, "claim.update", { createdById: claim.createdById });
    const source = await tx.source.findFirst({
      where: { id: link.sourceId, workspaceId: access.workspace.id, ...liveSourceWhere },
      select: { title: true },
    });
    if (!source) throw new AppError("conflict", "the source of this link was deleted; link another source instead");
    const dup = await tx.evidence.findFirst({
      where: { claimId: link.claimId, sourceId: link.sourceId, stance: link.stance },
    });
    if (dup)
      throw new AppError(
        "conflict",
        `“${source.title}” is already linked to the claim as '${link.stance}'; edit that link instead`,
        { current: dup },
      );
    const idFree = !(await tx.evidence.findUnique({ where: { id: link.id }, select: { id: true } }));
    const ev = await tx.evidence.create({
      data: {
        ...(idFree ? { id: link.id } : {}),
        claimId: link.claimId,
        sourceId: link.sourceId,
        stance: link.stance,
        strength: link.strength,
        excerpt: link.excerpt,
        excerptKind: link.excerptKind,
        locator: link.locator,
        note: link.note,
        createdById: link.createdById,
        createdAt: link.createdAt,
        // Past the removed version, so an edit form still open from before the removal is refused.
        version: link.version + 1,
      },
    });
    await recordContentChange(tx, actor, claim, { bumpVersion: true });
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "evidence.restore",
      entityType: "Evidence",
      entityId: ev.id,
      after: { ...ev, restoredFrom: event.id },
    });
    return ev;
  });
}

/** One click: a source the document cites at the claim's passage becomes an evidence link. */
const fromCitationInput = z.object({
  claimId: z.string().min(1),
  sourceId: z.string().min(1),
  stance: stance.default("supports"),
});

export async function evidenceFromCitation(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = fromCitationInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "evidence.write");
  const claim = await db.claim.findFirst({
    where: { id: input.claimId, workspaceId: workspace.id, ...liveClaimWhere },
    select: { anchorStart: true, anchorEnd: true, documentVersion: { select: { id: true, text: true } } },
  });
  if (!claim?.documentVersion || claim.anchorStart === null || claim.anchorEnd === null)
    throw new AppError("unprocessable", "the claim has no anchored passage");
  const reach = citationReach(claim.documentVersion.text, claim.anchorEnd);
  const cite = await db.citation.findFirst({
    where: {
      documentVersionId: claim.documentVersion.id,
      sourceId: input.sourceId,
      start: { gte: claim.anchorStart, lte: reach },
    },
  });
  if (!cite)
    throw new AppError("unprocessable", "the document does not cite that source at this claim's passage", {
      field: "sourceId",
    });
  const source = await db.source.findUniqueOrThrow({ where: { id: input.sourceId }, select: { page: true } });
  return addEvidence(db, actor, slug, {
    claimId: input.claimId,
    sourceId: input.sourceId,
    stance: input.stance,
    locator: source.page ?? undefined,
    note: "Cited by the document at this passage.",
  });
}

/** A claim's evidence grouped by stance, with its balance. */
export async function claimEvidence(db: Db, actor: Actor, slug: string, claimId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  await requireClaimInWorkspace(db, workspace.id, claimId);
  const rows = await db.evidence.findMany({
    where: { claimId, claim: { workspaceId: workspace.id } },
    orderBy: { createdAt: "asc" },
    include: {
      source: {
        select: { id: true, title: true, url: true, reliability: true, isPrimary: true, type: true, publisher: true },
      },
    },
  });
  const balance = evidenceBalance(
    rows.map((r) => ({
      stance: r.stance,
      strength: r.strength,
      reliability: r.source.reliability,
      isPrimary: r.source.isPrimary,
      sourceId: r.sourceId,
    })),
  );
  // Each excerpt looked up in its source's newest snapshot (issue 19): found, or flagged.
  const withExcerpt = [...new Set(rows.filter((r) => r.excerpt).map((r) => r.sourceId))];
  const snapshots = withExcerpt.length
    ? await db.sourceCapture.findMany({
        where: { workspaceId: workspace.id, sourceId: { in: withExcerpt }, status: "done", text: { not: null } },
        orderBy: [{ capturedAt: "desc" }, { id: "desc" }],
        distinct: ["sourceId"],
        select: { sourceId: true, text: true, capturedAt: true },
      })
    : [];
  const snapshotOf = new Map(snapshots.map((s) => [s.sourceId, s]));
  const checked = rows.map((r) => {
    const snap = r.excerpt ? snapshotOf.get(r.sourceId) : undefined;
    return {
      ...r,
      snapshot: snap ? { found: locateExcerpt(snap.text!, r.excerpt!) !== null, capturedAt: snap.capturedAt } : null,
    };
  });
  return {
    balance,
    supports: checked.filter((r) => r.stance === "supports"),
    contests: checked.filter((r) => r.stance === "contests"),
    context: checked.filter((r) => r.stance === "context"),
  };
}
