import "server-only";
// Merging a duplicate claimant into the one kept: every claim it made or reported moves, the kept
// claimant learns its name and aliases (so imports that name it find the kept one), and its public
// URL redirects. The claimant is reviewed content of each claim, so their approvals are superseded.
import type { Db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { liveClaimantWhere } from "@/lib/claims/live";
import { changedMeanwhile, finishUnmerge, liveEnd, refuseBadMerge, refuseUndo, touchClaims, undoEnds } from "./common";
import { mergeInput } from "./schemas";

type Tx = Prisma.TransactionClient;

const END = { id: true, name: true, aliases: true, wikidataId: true, mergedIntoId: true, version: true } as const;
type End = Prisma.ClaimantGetPayload<{ select: typeof END }>;

async function loadEnd(tx: Tx, workspaceId: string, id: string) {
  const row = await tx.claimant.findFirst({ where: { id, workspaceId }, select: END });
  return liveEnd(row, () => tx.claimant.count({ where: { id, ...liveClaimantWhere } }));
}

export interface ClaimantMergeRecord {
  into: string;
  claimIds: string[];
  reportedIds: string[];
  kept: { aliases: string[]; wikidataId: string | null };
}

export async function mergeClaimant(db: Db, actor: Actor, slug: string, claimantId: string, raw: unknown) {
  const { into } = mergeInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "claimant.merge");
  return db.$transaction(async (tx) => {
    const from = await loadEnd(tx, workspace.id, claimantId);
    const kept = (await loadEnd(tx, workspace.id, into))!;
    refuseBadMerge("claimant", claimantId, into, from, kept);
    const [made, reported] = await Promise.all([
      tx.claim.findMany({ where: { claimantId: from.id }, select: { id: true } }),
      tx.claim.findMany({ where: { reportedById: from.id }, select: { id: true } }),
    ]);
    const claimIds = made.map((c) => c.id);
    const reportedIds = reported.map((c) => c.id);
    await tx.claim.updateMany({ where: { id: { in: claimIds } }, data: { claimantId: kept.id } });
    await tx.claim.updateMany({ where: { id: { in: reportedIds } }, data: { reportedById: kept.id } });
    const claimVersions = await touchClaims(tx, actor, [...new Set([...claimIds, ...reportedIds])]);
    const aliases = [...new Set([...kept.aliases, from.name, ...from.aliases])].filter((a) => a !== kept.name);
    await tx.claimant.update({
      where: { id: kept.id },
      data: { aliases, wikidataId: kept.wikidataId ?? from.wikidataId, version: { increment: 1 } },
    });
    const { count } = await tx.claimant.updateMany({
      where: { id: from.id, version: from.version, ...liveClaimantWhere },
      data: { mergedIntoId: kept.id, version: { increment: 1 } },
    });
    if (!count) throw changedMeanwhile("claimant");
    const record: ClaimantMergeRecord = {
      into: kept.id,
      claimIds,
      reportedIds,
      kept: { aliases: kept.aliases, wikidataId: kept.wikidataId },
    };
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "claimant.merge",
      entityType: "Claimant",
      entityId: from.id,
      before: record,
      after: {
        mergedIntoId: kept.id,
        mergedVersion: from.version + 1,
        keptVersion: kept.version + 1,
        claimVersions,
      },
    });
    return { id: from.id, into: kept.id, moved: { claims: claimIds.length, reported: reportedIds.length } };
  });
}

export async function unmergeClaimant(tx: Tx, actor: Actor, workspaceId: string, claimantId: string) {
  const find = (id: string) => tx.claimant.findFirst({ where: { id, workspaceId }, select: END });
  const ends = await undoEnds<ClaimantMergeRecord, End>(tx, workspaceId, "claimant", claimantId, find, "name");
  const { from, kept, before, after } = ends;
  const claimVersions = (after.claimVersions ?? {}) as Record<string, number>;
  const ids = [...new Set([...before.claimIds, ...before.reportedIds])];
  const claims = await tx.claim.findMany({
    where: { id: { in: ids } },
    select: { id: true, version: true, claimantId: true, reportedById: true },
  });
  const byId = new Map(claims.map((c) => [c.id, c]));
  const unchanged =
    ids.every((id) => byId.get(id)?.version === claimVersions[id]) &&
    before.claimIds.every((id) => byId.get(id)!.claimantId === kept.id) &&
    before.reportedIds.every((id) => byId.get(id)!.reportedById === kept.id);
  if (!unchanged) throw refuseUndo("one of its claims");
  await tx.claim.updateMany({ where: { id: { in: before.claimIds } }, data: { claimantId: from.id } });
  await tx.claim.updateMany({ where: { id: { in: before.reportedIds } }, data: { reportedById: from.id } });
  await touchClaims(tx, actor, ids);
  await tx.claimant.update({
    where: { id: kept.id },
    data: { aliases: before.kept.aliases, wikidataId: before.kept.wikidataId, version: { increment: 1 } },
  });
  return finishUnmerge(tx, actor, workspaceId, "claimant", from, kept.id, before, (args) =>
    tx.claimant.updateMany(args),
  );
}
