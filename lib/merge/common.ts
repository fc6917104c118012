import "server-only";
// What every merge shares: the refusals (into itself, into another workspace's record, into or
// from a merged or deleted one), the audit event that makes an undo possible, finding it again and
// the undo's checks, and the review restarted on claims whose claimant or evidence moved.
import type { Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { CYCLE_CLAIM_SELECT, recordContentChange } from "@/lib/review/cycle";
import type { MergeEntity } from "./schemas";

type Tx = Prisma.TransactionClient;

export interface MergeEnd {
  id: string;
  mergedIntoId: string | null;
  version: number;
}

/**
 * Refuses a merge of `from` into `into` that must not happen. `fromLive`/`intoLive` say whether
 * the records pass the entity's live filter (lib/claims/live.ts, lib/sources/live.ts): a record
 * that exists, is not merged and still fails it was deleted.
 */
export function refuseBadMerge(
  entity: MergeEntity,
  fromId: string,
  intoId: string,
  from: (MergeEnd & { live: boolean }) | null,
  into: (MergeEnd & { live: boolean }) | null,
): asserts from is MergeEnd & { live: boolean } {
  if (fromId === intoId)
    throw new AppError("unprocessable", `a ${entity} cannot be merged into itself`, { field: "into" });
  if (!from) throw new AppError("not_found", `${entity} not found`);
  if (from.mergedIntoId)
    throw new AppError("conflict", `this ${entity} was already merged into another ${entity} (${from.mergedIntoId})`);
  if (!from.live) throw new AppError("conflict", `this ${entity} is deleted; restore it before merging it`);
  if (!into)
    throw new AppError("unprocessable", `the ${entity} to merge into (${intoId}) was not found in this workspace`, {
      field: "into",
    });
  if (into.mergedIntoId)
    throw new AppError(
      "unprocessable",
      `the ${entity} to merge into was itself merged into ${into.mergedIntoId}; merge into that one instead`,
      { field: "into" },
    );
  if (!into.live)
    throw new AppError("unprocessable", `the ${entity} to merge into is deleted; restore it first`, { field: "into" });
}

/** A merge's end as read, and whether it is live (not merged away, not in the trash); null if none. */
export async function liveEnd<E extends object>(row: E | null, countLive: () => Promise<number>) {
  return row ? { ...row, live: !!(await countLive()) } : null;
}

/** A merge or undo that lost a race: the record changed between reading and writing it. */
export function changedMeanwhile(entity: MergeEntity): AppError {
  return new AppError("conflict", `the ${entity} was changed by someone else meanwhile; reload and try again`);
}

/** The merge event an undo reverses: the newest `<entity>.merge` of this record, which must
 * still describe the merge in place (merged into the same record). */
export async function latestMerge<T>(
  tx: Tx,
  workspaceId: string,
  entity: MergeEntity,
  record: { id: string; mergedIntoId: string | null },
): Promise<{ before: T; after: Record<string, unknown> }> {
  if (!record.mergedIntoId) throw new AppError("conflict", `this ${entity} is not merged; there is nothing to undo`);
  const event = await tx.auditEvent.findFirst({
    where: { workspaceId, action: `${entity}.merge`, entityId: record.id },
    orderBy: { at: "desc" },
    select: { before: true, after: true },
  });
  const before = event?.before as (T & { into?: string }) | null;
  if (!event || !before || before.into !== record.mergedIntoId)
    throw new AppError("conflict", `this ${entity}'s merge has no record to undo it from`);
  return { before, after: (event.after ?? {}) as Record<string, unknown> };
}

/** Undo refuses once anything that moved has changed since (named, so the editor knows why). */
export function refuseUndo(what: string): AppError {
  return new AppError(
    "conflict",
    `cannot undo the merge: ${what} changed after the merge, so undoing it would lose that change`,
  );
}

/**
 * The first step of every undo: the merged record `id` and the one it was merged into, with the
 * merge event, both ends as the merge left them (their versions then are in the event). `find`
 * reads a record of the workspace by id; its field `name` says which kept record changed.
 */
export async function undoEnds<T extends { into: string }, E extends MergeEnd>(
  tx: Tx,
  workspaceId: string,
  entity: MergeEntity,
  id: string,
  find: (id: string) => Promise<E | null>,
  name: keyof E & string,
) {
  const from = await find(id);
  if (!from) throw new AppError("not_found", `${entity} not found`);
  const { before, after } = await latestMerge<T>(tx, workspaceId, entity, from);
  const kept = await find(before.into);
  if (!kept) throw new AppError("not_found", `${entity} not found`);
  if (from.version !== after.mergedVersion) throw refuseUndo(`the merged ${entity}`);
  if (kept.version !== after.keptVersion) throw refuseUndo(`the kept ${entity} “${String(kept[name])}”`);
  return { from, kept, before, after };
}

/**
 * Marks each claim's reviewed content changed (approvals superseded) when its claimant or
 * evidence source moved; returns the claims' new versions.
 */
export async function touchClaims(tx: Tx, actor: Actor, ids: string[]) {
  const claims = await tx.claim.findMany({ where: { id: { in: ids } }, select: CYCLE_CLAIM_SELECT });
  for (const c of claims) await recordContentChange(tx, actor, c, { bumpVersion: true });
  const now = await tx.claim.findMany({ where: { id: { in: ids } }, select: { id: true, version: true } });
  return Object.fromEntries(now.map((c) => [c.id, c.version]));
}

const ENTITY_TYPE: Record<MergeEntity, string> = { claim: "Claim", claimant: "Claimant", source: "Source" };

/** The where and data that un-merge `from`, as long as nobody changed it since it was read. */
export interface ReleaseArgs {
  where: { id: string; version: number; mergedIntoId: string };
  data: { mergedIntoId: null; version: { increment: 1 } };
}

/**
 * The last step of every undo: `from` stops being merged into `keptId` (`release` runs the
 * entity's updateMany with the args given) and the undo is audited with what it restored.
 */
export async function finishUnmerge(
  tx: Tx,
  actor: Actor,
  workspaceId: string,
  entity: MergeEntity,
  from: { id: string; version: number },
  keptId: string,
  restored: unknown,
  release: (args: ReleaseArgs) => Promise<{ count: number }>,
) {
  const { count } = await release({
    where: { id: from.id, version: from.version, mergedIntoId: keptId },
    data: { mergedIntoId: null, version: { increment: 1 } },
  });
  if (!count) throw changedMeanwhile(entity);
  await recordAudit(tx, actor, {
    workspaceId,
    action: `${entity}.unmerge`,
    entityType: ENTITY_TYPE[entity],
    entityId: from.id,
    before: { mergedIntoId: keptId },
    after: { mergedIntoId: null, restored },
  });
  return { id: from.id, from: keptId };
}
