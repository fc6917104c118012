import "server-only";
// The ids of the claims and documents in scope, a batch at a time: rows hanging off them
// (evidence, relations, reviews, citations …) are read per batch of parents.
import { keyset } from "../paginate";
import { claimWhere, documentWhere } from "../scope";
import type { ExportContext } from "../types";

export function scopedClaims(ctx: ExportContext) {
  return keyset(
    (after, take) => ctx.db.claim.findMany({ where: { AND: [claimWhere(ctx.scope), after] }, orderBy: { id: "asc" }, take, select: { id: true } }),
    ctx.batchSize,
  );
}

export function scopedDocuments(ctx: ExportContext) {
  return keyset(
    (after, take) =>
      ctx.db.document.findMany({ where: { AND: [documentWhere(ctx.scope), after] }, orderBy: { id: "asc" }, take, select: { id: true, currentVersionId: true } }),
    ctx.batchSize,
  );
}

export const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);
