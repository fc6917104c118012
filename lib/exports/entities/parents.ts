import "server-only";
// The ids of the claims and documents in scope, a batch at a time: rows hanging off them
// (evidence, relations, reviews, citations …) are read per batch of parents.
import { afterBatch, keyset } from "../paginate";
import { claimWhere, documentWhere } from "../scope";
import type { ExportContext } from "../types";

export function scopedClaims(ctx: ExportContext) {
  return keyset(
    (after, take) =>
      ctx.db.claim.findMany({
        ...afterBatch(claimWhere(ctx.scope), after, take),
        select: { id: true },
      }),
    ctx.batchSize,
  );
}

export function scopedDocuments(ctx: ExportContext) {
  return keyset(
    (after, take) =>
      ctx.db.document
        .findMany({
          ...afterBatch(documentWhere(ctx.scope), after, take),
          select: { id: true, currentVersionId: true, publishedVersionId: true },
        })
        // The public sees the published version; members the current one.
        .then((rows) =>
          rows.map((d) => ({ id: d.id, versionId: ctx.scope.public ? d.publishedVersionId : d.currentVersionId })),
        ),
    ctx.batchSize,
  );
}

/** The latest published revision of each claim in the batch: what public exports read. */
export async function latestRevisions(ctx: ExportContext, claimIds: string[]) {
  return ctx.db.claimRevision.findMany({
    where: { claimId: { in: claimIds } },
    orderBy: [{ claimId: "asc" }, { number: "desc" }],
    distinct: ["claimId"],
    select: { claimId: true, evidence: true, relations: true, publishedAt: true },
  });
}

export const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);
