import "server-only";
// Merging a duplicate claim into the one kept: its evidence, comments and relations move; the
// duplicate stays (its reviews, revisions and corrections are its history), hidden, and its public
// URL redirects to the kept claim. Evidence is reviewed content, so the kept claim's approvals are
// superseded (lib/review/cycle.ts) and a published kept claim takes evidence only in a correction.
import type { Db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { liveClaimWhere } from "@/lib/claims/live";
import { AppError } from "@/lib/errors";
import { assertEditable, CYCLE_CLAIM_SELECT, recordContentChange } from "@/lib/review/cycle";
import { PUBLIC_STATUSES } from "@/lib/publishing/visibility";
import { changedMeanwhile, finishUnmerge, liveEnd, refuseBadMerge, refuseUndo, undoEnds } from "./common";
import { mergeInput } from "./schemas";

type Tx = Prisma.TransactionClient;
type Relation = Prisma.ClaimRelationGetPayload<object>;

const CYCLE = {
  ...CYCLE_CLAIM_SELECT,
  mergedIntoId: true,
  version: true,
  headline: true,
} as const;
type End = Prisma.ClaimGetPayload<{ select: typeof CYCLE }>;

async function loadEnd(tx: Tx, workspaceId: string, id: string) {
  const row = await tx.claim.findFirst({ where: { id, workspaceId }, select: CYCLE });
  return liveEnd(row, () => tx.claim.count({ where: { id, ...liveClaimWhere } }));
}

/** What the merge event records, enough to move everything back. */
export interface ClaimMergeRecord {
  into: string;
  evidenceIds: string[];
  commentIds: string[];
  movedRelations: { id: string; fromClaimId: string; toClaimId: string }[];
  removedRelations: Relation[];
}

export async function mergeClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown) {
  const { into } = mergeInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "claim.merge");
  return db.$transaction(async (tx) => {
    const from = await loadEnd(tx, workspace.id, claimId);
    const kept = await loadEnd(tx, workspace.id, into);
    refuseBadMerge("claim", claimId, into, from, kept);
    const isPublic = (s: string) => (PUBLIC_STATUSES as string[]).includes(s);
    if (isPublic(from.status) && !isPublic(kept!.status))
      throw new AppError(
        "unprocessable",
        "a published claim merges only into a published claim, so its public URL keeps leading to a fact check",
        { field: "into" },
      );
    const evidence = await tx.evidence.findMany({
      where: { claimId: from.id },
      select: { id: true, sourceId: true, stance: true, source: { select: { title: true } } },
    });
    if (evidence.length) {
      const reason = (() => {
        try {
          assertEditable(kept!, "evidence");
          return null;
        } catch (err) {
          return (err as Error).message;
        }
      })();
      if (reason) throw new AppError("conflict", `cannot move the evidence onto “${kept!.headline}”: ${reason}`);
      const clashes = await tx.evidence.findMany({
        where: { claimId: kept!.id, OR: evidence.map((e) => ({ sourceId: e.sourceId, stance: e.stance })) },
        select: { stance: true, source: { select: { title: true } } },
      });
      if (clashes.length)
        throw new AppError(
          "conflict",
          `both claims link ${clashes.map((c) => `“${c.source.title}” as ${c.stance}`).join(", ")}; remove the duplicate link first`,
        );
    }
    const comments = await tx.comment.findMany({ where: { claimId: from.id }, select: { id: true } });
    const relations = await tx.claimRelation.findMany({
      where: { OR: [{ fromClaimId: from.id }, { toClaimId: from.id }] },
    });
    const movedRelations: ClaimMergeRecord["movedRelations"] = [];
    const removedRelations: Relation[] = [];
    for (const r of relations) {
      const fromClaimId = r.fromClaimId === from.id ? kept!.id : r.fromClaimId;
      const toClaimId = r.toClaimId === from.id ? kept!.id : r.toClaimId;
      // A relation between the two claims would point at itself; one the kept claim already has is a repeat.
      const repeat =
        fromClaimId === toClaimId ||
        !!(await tx.claimRelation.findFirst({ where: { fromClaimId, toClaimId, type: r.type }, select: { id: true } }));
      if (repeat) {
        removedRelations.push(r);
        await tx.claimRelation.delete({ where: { id: r.id } });
      } else {
        movedRelations.push({ id: r.id, fromClaimId: r.fromClaimId, toClaimId: r.toClaimId });
        await tx.claimRelation.update({ where: { id: r.id }, data: { fromClaimId, toClaimId } });
      }
    }
    const evidenceIds = evidence.map((e) => e.id);
    const commentIds = comments.map((c) => c.id);
    await tx.evidence.updateMany({ where: { id: { in: evidenceIds } }, data: { claimId: kept!.id } });
    await tx.comment.updateMany({ where: { id: { in: commentIds } }, data: { claimId: kept!.id } });
    if (evidenceIds.length) await recordContentChange(tx, actor, kept!, { bumpVersion: true });
    const { count } = await tx.claim.updateMany({
      where: { id: from.id, version: from.version, ...liveClaimWhere },
      data: { mergedIntoId: kept!.id, version: { increment: 1 } },
    });
    if (!count) throw changedMeanwhile("claim");
    const after = await versions(tx, from.id, kept!.id, evidenceIds);
    const record: ClaimMergeRecord = { into: kept!.id, evidenceIds, commentIds, movedRelations, removedRelations };
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "claim.merge",
      entityType: "Claim",
      entityId: from.id,
      before: record,
      after: { mergedIntoId: kept!.id, ...after },
    });
    return {
      id: from.id,
      into: kept!.id,
      moved: { evidence: evidenceIds.length, comments: commentIds.length, relations: movedRelations.length },
    };
  });
}

async function versions(tx: Tx, fromId: string, keptId: string, evidenceIds: string[]) {
  const [from, kept, evidence] = await Promise.all([
    tx.claim.findUniqueOrThrow({ where: { id: fromId }, select: { version: true } }),
    tx.claim.findUniqueOrThrow({ where: { id: keptId }, select: { version: true } }),
    tx.evidence.findMany({ where: { id: { in: evidenceIds } }, select: { id: true, version: true } }),
  ]);
  return {
    mergedVersion: from.version,
    keptVersion: kept.version,
    evidenceVersions: Object.fromEntries(evidence.map((e) => [e.id, e.version])),
  };
}

/** Moves back exactly what the merge moved, refusing when any of it changed since. */
export async function unmergeClaim(tx: Tx, actor: Actor, workspaceId: string, claimId: string) {
  const find = (id: string) => tx.claim.findFirst({ where: { id, workspaceId }, select: CYCLE });
  const ends = await undoEnds<ClaimMergeRecord, End>(tx, workspaceId, "claim", claimId, find, "headline");
  const { from, kept, before, after } = ends;
  const evidenceVersions = (after.evidenceVersions ?? {}) as Record<string, number>;
  const evidence = await tx.evidence.findMany({
    where: { id: { in: before.evidenceIds }, claimId: kept.id },
    select: { id: true, version: true },
  });
  if (evidence.length !== before.evidenceIds.length || evidence.some((e) => evidenceVersions[e.id] !== e.version))
    throw refuseUndo("its evidence");
  const comments = await tx.comment.count({ where: { id: { in: before.commentIds }, claimId: kept.id } });
  if (comments !== before.commentIds.length) throw refuseUndo("its discussion");
  for (const r of before.movedRelations) {
    const now = await tx.claimRelation.findUnique({ where: { id: r.id } });
    const expect = (x: string) => (x === from.id ? kept.id : x);
    if (!now || now.fromClaimId !== expect(r.fromClaimId) || now.toClaimId !== expect(r.toClaimId))
      throw refuseUndo("its relations");
    await tx.claimRelation.update({
      where: { id: r.id },
      data: { fromClaimId: r.fromClaimId, toClaimId: r.toClaimId },
    });
  }
  for (const r of before.removedRelations) {
    const taken = await tx.claimRelation.findFirst({
      where: { OR: [{ id: r.id }, { fromClaimId: r.fromClaimId, toClaimId: r.toClaimId, type: r.type }] },
    });
    if (taken) throw refuseUndo("its relations");
    await tx.claimRelation.create({ data: { ...r, createdAt: new Date(r.createdAt) } });
  }
  await tx.evidence.updateMany({ where: { id: { in: before.evidenceIds } }, data: { claimId: from.id } });
  await tx.comment.updateMany({ where: { id: { in: before.commentIds } }, data: { claimId: from.id } });
  // Taking evidence away is a change of reviewed content too: approvals given meanwhile stop counting.
  if (before.evidenceIds.length) await recordContentChange(tx, actor, kept, { bumpVersion: true });
  return finishUnmerge(tx, actor, workspaceId, "claim", from, kept.id, before, (args) => tx.claim.updateMany(args));
}
