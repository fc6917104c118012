import "server-only";
// The ids of the claims and documents in scope, a batch at a time: rows hanging off them
// (evidence, relations, reviews, citations …) are read per batch of parents.
import { Prisma, readRows } from "@/lib/db";
import { afterBatch, keyset } from "../paginate";
import { documentWhere } from "../scope";
import { claimIdBatch } from "./claims-sql";
import type { ExportContext } from "../types";

// In raw SQL, as are the published snapshots below: through the model API each batch's query (a
// thousand ids in its IN list) was compiled anew, and the distinct revision was picked in memory
// from all of a claim's revisions; measured on 63,000 public claims, the evidence and relations of
// the public NDJSON export took 6.5 and 5.4 s.
export function scopedClaims(ctx: ExportContext) {
  return keyset((after, take) => claimIdBatch(ctx.db, ctx.scope, after.id?.gt, take), ctx.batchSize);
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

// The latest published revision of each claim in a batch: DISTINCT ON reads each claim's highest
// number off the (claimId, number) unique index.
const latest = (claimIds: string[], snapshot: "evidence" | "relations") => Prisma.sql`
  SELECT DISTINCT ON (r."claimId") r."claimId", r."publishedAt", ${Prisma.raw(`r.${snapshot}`)} AS snapshot
  FROM "ClaimRevision" r WHERE r."claimId" IN (${Prisma.join(claimIds)})
  ORDER BY r."claimId", r.number DESC`;

/** The relations snapshot of each claim's latest published revision. */
export async function publishedRelations(
  ctx: ExportContext,
  claimIds: string[],
): Promise<{ claimId: string; snapshot: Prisma.JsonValue }[]> {
  return claimIds.length ? readRows(ctx.db, latest(claimIds, "relations")) : [];
}

export interface PublishedEvidence {
  claimId: string;
  publishedAt: Date;
  /** Position in the snapshot, from 0. */
  position: number;
  id: string | null;
  sourceId: string;
  stance: string;
  excerpt: string | null;
  excerptKind: string | null;
  locator: string | null;
  strength: string;
  createdAt: string | null;
}

/**
 * The evidence of each claim's latest published revision, one row an item, in snapshot order.
 * Only the exported fields leave the database: a snapshot also carries each source's title,
 * publisher and reliability (2.5 KB a claim), which the export's sources table already has.
 */
export async function publishedEvidence(ctx: ExportContext, claimIds: string[]): Promise<PublishedEvidence[]> {
  if (!claimIds.length) return [];
  return readRows<PublishedEvidence>(
    ctx.db,
    Prisma.sql`
    SELECT r."claimId", r."publishedAt", (e.n - 1)::int AS position, e.item->>'id' AS id,
      e.item->>'sourceId' AS "sourceId", e.item->>'stance' AS stance, e.item->>'excerpt' AS excerpt,
      e.item->>'excerptKind' AS "excerptKind", e.item->>'locator' AS locator, e.item->>'strength' AS strength,
      e.item->>'createdAt' AS "createdAt"
    FROM (${latest(claimIds, "evidence")}) r
      CROSS JOIN LATERAL jsonb_array_elements(r.snapshot) WITH ORDINALITY AS e(item, n)
    ORDER BY r."claimId", e.n`,
  );
}

export const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);
