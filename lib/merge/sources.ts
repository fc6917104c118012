import "server-only";
// Merging a duplicate source into the one kept: its citations, evidence, captures and the claims
// it reported move. The duplicate's row and its rating history stay (audit trail); the kept source
// keeps its rating, or takes the duplicate's when it had none. Evidence is reviewed content, so
// the approvals of every claim whose evidence moves are superseded.
import type { Db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { liveSourceWhere } from "@/lib/sources/live";
import { changedMeanwhile, finishUnmerge, liveEnd, refuseBadMerge, refuseUndo, touchClaims, undoEnds } from "./common";
import { mergeInput } from "./schemas";

type Tx = Prisma.TransactionClient;

const END = {
  id: true,
  title: true,
  mergedIntoId: true,
  version: true,
  reliability: true,
  reliabilityRationale: true,
} as const;
type End = Prisma.SourceGetPayload<{ select: typeof END }>;

async function loadEnd(tx: Tx, workspaceId: string, id: string) {
  const row = await tx.source.findFirst({ where: { id, workspaceId }, select: END });
  return liveEnd(row, () => tx.source.count({ where: { id, ...liveSourceWhere } }));
}

export interface SourceMergeRecord {
  into: string;
  evidenceIds: string[];
  citationIds: string[];
  captureIds: string[];
  reportedClaimIds: string[];
  kept: { reliability: number | null; reliabilityRationale: string | null };
}

export async function mergeSource(db: Db, actor: Actor, slug: string, sourceId: string, raw: unknown) {
  const { into } = mergeInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "source.merge");
  return db.$transaction(async (tx) => {
    const from = await loadEnd(tx, workspace.id, sourceId);
    const kept = (await loadEnd(tx, workspace.id, into))!;
    refuseBadMerge("source", sourceId, into, from, kept);
    const evidence = await tx.evidence.findMany({
      where: { sourceId: from.id },
      select: { id: true, claimId: true, stance: true },
    });
    if (evidence.length) {
      const clashes = await tx.evidence.findMany({
        where: { sourceId: kept.id, OR: evidence.map((e) => ({ claimId: e.claimId, stance: e.stance })) },
        select: { stance: true, claim: { select: { headline: true } } },
      });
      if (clashes.length)
        throw new AppError(
          "conflict",
          `both sources are linked as ${clashes.map((c) => `${c.stance} to “${c.claim.headline}”`).join(", ")}; remove one of the two links first`,
        );
    }
    const [citations, captures, reported] = await Promise.all([
      tx.citation.findMany({ where: { sourceId: from.id }, select: { id: true } }),
      tx.sourceCapture.findMany({ where: { sourceId: from.id }, select: { id: true } }),
      tx.claim.findMany({ where: { reportingSourceId: from.id }, select: { id: true } }),
    ]);
    const record: SourceMergeRecord = {
      into: kept.id,
      evidenceIds: evidence.map((e) => e.id),
      citationIds: citations.map((c) => c.id),
      captureIds: captures.map((c) => c.id),
      reportedClaimIds: reported.map((c) => c.id),
      kept: { reliability: kept.reliability, reliabilityRationale: kept.reliabilityRationale },
    };
    await moveSourceRows(tx, record, kept.id);
    await touchClaims(tx, actor, [...new Set(evidence.map((e) => e.claimId))]);
    const adopt = kept.reliability === null && from.reliability !== null;
    await tx.source.update({
      where: { id: kept.id },
      data: {
        version: { increment: 1 },
        ...(adopt && { reliability: from.reliability, reliabilityRationale: from.reliabilityRationale }),
      },
    });
    const { count } = await tx.source.updateMany({
      where: { id: from.id, version: from.version, ...liveSourceWhere },
      data: { mergedIntoId: kept.id, version: { increment: 1 } },
    });
    if (!count) throw changedMeanwhile("source");
    const evidenceNow = await tx.evidence.findMany({
      where: { id: { in: record.evidenceIds } },
      select: { id: true, version: true },
    });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "source.merge",
      entityType: "Source",
      entityId: from.id,
      before: { ...record, merged: { reliability: from.reliability, reliabilityRationale: from.reliabilityRationale } },
      after: {
        mergedIntoId: kept.id,
        mergedVersion: from.version + 1,
        keptVersion: kept.version + 1,
        evidenceVersions: Object.fromEntries(evidenceNow.map((e) => [e.id, e.version])),
      },
    });
    return {
      id: from.id,
      into: kept.id,
      moved: {
        evidence: record.evidenceIds.length,
        citations: record.citationIds.length,
        captures: record.captureIds.length,
        reportedClaims: record.reportedClaimIds.length,
      },
    };
  });
}

async function moveSourceRows(tx: Tx, r: SourceMergeRecord, to: string) {
  await tx.evidence.updateMany({ where: { id: { in: r.evidenceIds } }, data: { sourceId: to } });
  await tx.citation.updateMany({ where: { id: { in: r.citationIds } }, data: { sourceId: to } });
  await tx.sourceCapture.updateMany({ where: { id: { in: r.captureIds } }, data: { sourceId: to } });
  await tx.claim.updateMany({ where: { id: { in: r.reportedClaimIds } }, data: { reportingSourceId: to } });
}

export async function unmergeSource(tx: Tx, actor: Actor, workspaceId: string, sourceId: string) {
  const find = (id: string) => tx.source.findFirst({ where: { id, workspaceId }, select: END });
  const ends = await undoEnds<SourceMergeRecord, End>(tx, workspaceId, "source", sourceId, find, "title");
  const { from, kept, before, after } = ends;
  const evidenceVersions = (after.evidenceVersions ?? {}) as Record<string, number>;
  const evidence = await tx.evidence.findMany({
    where: { id: { in: before.evidenceIds }, sourceId: kept.id },
    select: { id: true, version: true, claimId: true },
  });
  if (evidence.length !== before.evidenceIds.length || evidence.some((e) => evidenceVersions[e.id] !== e.version))
    throw refuseUndo("its evidence");
  const [citations, captures, reported] = await Promise.all([
    tx.citation.count({ where: { id: { in: before.citationIds }, sourceId: kept.id } }),
    tx.sourceCapture.count({ where: { id: { in: before.captureIds }, sourceId: kept.id } }),
    tx.claim.count({ where: { id: { in: before.reportedClaimIds }, reportingSourceId: kept.id } }),
  ]);
  if (citations !== before.citationIds.length) throw refuseUndo("its citations");
  if (captures !== before.captureIds.length) throw refuseUndo("its captures");
  if (reported !== before.reportedClaimIds.length) throw refuseUndo("the claims it reported");
  await moveSourceRows(tx, before, from.id);
  await touchClaims(tx, actor, [...new Set(evidence.map((e) => e.claimId))]);
  await tx.source.update({
    where: { id: kept.id },
    data: {
      version: { increment: 1 },
      reliability: before.kept.reliability,
      reliabilityRationale: before.kept.reliabilityRationale,
    },
  });
  return finishUnmerge(tx, actor, workspaceId, "source", from, kept.id, before, (args) => tx.source.updateMany(args));
}
