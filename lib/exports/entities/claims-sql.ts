import "server-only";
// The claims of an export in one statement a batch, with the claimant, document and verdict joined
// in (a document or claimant in the trash is left out, lib/exports/scope.ts). Through Prisma's model API the same batch was four queries plus per-row mapping: profiled
// on 63,000 public claims (PostgreSQL), Prisma and the garbage it left took 4.7 of the CSV's 10 s.
import { Prisma, readRows } from "@/lib/db";
import { PUBLIC_STATUSES, type ExportScope } from "../scope";
import type { ClaimRow } from "./claims";
import { liveClaimSql } from "@/lib/claims/live-sql";

type Flat = Omit<ClaimRow, "claimant" | "document" | "rating"> & {
  claimantName: string | null;
  claimantKind: NonNullable<ClaimRow["claimant"]>["kind"] | null;
  documentTitle: string | null;
  documentOriginalUrl: string | null;
  documentAuthor: string | null;
  documentPublisher: string | null;
  documentDatePublished: string | null;
  documentLanguage: string | null;
  ratingValue: number | null;
  ratingLabel: string | null;
  ratingAlternateName: string | null;
  ratingScaleId: string | null;
};

export interface ClaimFilter {
  /** Only claims in this status (within what the scope allows). */
  status?: string;
  /** Only claims whose anchor still points at the text (orphaned anchors have no truthful selector). */
  anchored?: boolean;
}

/** The WHERE (over alias `c`) of the scope's claims narrowed by `filter`; null when nothing can match. */
export function claimWhereSql(scope: ExportScope, filter: ClaimFilter): Prisma.Sql | null {
  const visible: readonly string[] | null = scope.public ? PUBLIC_STATUSES : null;
  const allowed =
    filter.status === undefined ? visible : !visible || visible.includes(filter.status) ? [filter.status] : [];
  if (allowed && !allowed.length) return null;
  return Prisma.sql`c."workspaceId" = ${scope.workspaceId} AND ${liveClaimSql("c")}
    ${allowed ? Prisma.sql`AND c.status IN (${Prisma.join(allowed.map((st) => Prisma.sql`${st}::"ClaimStatus"`))})` : Prisma.empty}
    ${filter.anchored ? Prisma.sql`AND c."documentId" IS NOT NULL AND EXISTS (SELECT 1 FROM "Document" ad WHERE ad.id = c."documentId" AND ad."deletedAt" IS NULL) AND c."anchorExact" IS NOT NULL AND c."anchorStart" IS NOT NULL AND c."anchorEnd" IS NOT NULL AND c."anchorStatus" <> 'orphaned'` : Prisma.empty}`;
}

export async function countClaims(
  db: Prisma.TransactionClient,
  scope: ExportScope,
  filter: ClaimFilter = {},
): Promise<number> {
  const where = claimWhereSql(scope, filter);
  if (!where) return 0;
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Claim" c WHERE ${where}`;
  return n;
}

/** One keyset batch of the ids of the scope's claims, by id: the parents of evidence, relations, corrections. */
export async function claimIdBatch(
  db: Prisma.TransactionClient,
  scope: ExportScope,
  after: string | undefined,
  take: number,
): Promise<{ id: string }[]> {
  const where = claimWhereSql(scope, {});
  if (!where) return [];
  return readRows<{ id: string }>(
    db,
    Prisma.sql`SELECT c.id FROM "Claim" c WHERE ${where}
    ${after === undefined ? Prisma.empty : Prisma.sql`AND c.id > ${after}`} ORDER BY c.id LIMIT ${take}`,
  );
}

/** One keyset batch of the scope's claims narrowed by `filter`, by id. */
export async function claimBatch(
  db: Prisma.TransactionClient,
  scope: ExportScope,
  after: string | undefined,
  take: number,
  filter: ClaimFilter = {},
): Promise<ClaimRow[]> {
  const where = claimWhereSql(scope, filter);
  if (!where) return [];
  const rows = await readRows<Flat>(
    db,
    Prisma.sql`
    SELECT c.id, d.id AS "documentId", CASE WHEN d.id IS NULL THEN NULL ELSE c."documentVersionId" END AS "documentVersionId", c.text, c.headline, c."anchorExact", c."anchorPrefix", c."anchorSuffix",
      c."anchorStart", c."anchorEnd", c."anchorStatus"::text AS "anchorStatus", ct.id AS "claimantId", c."reportedById", c."claimedAt",
      c."claimType"::text AS "claimType", c.tags, c."checkWorthiness", c.status::text AS status, c."ratingId", c.confidence::text AS confidence,
      c.rationale, c."createdById", c."createdAt", c."updatedAt", c."publishedAt", c."dateModified",
      ct.name AS "claimantName", ct.kind::text AS "claimantKind", d.title AS "documentTitle",
      d."originalUrl" AS "documentOriginalUrl", d.author AS "documentAuthor", d.publisher AS "documentPublisher",
      d."datePublished" AS "documentDatePublished", d.language AS "documentLanguage",
      r.value AS "ratingValue", r.label AS "ratingLabel", r."alternateName" AS "ratingAlternateName", r."scaleId" AS "ratingScaleId"
    FROM "Claim" c
      LEFT JOIN "Claimant" ct ON ct.id = c."claimantId" AND ct."deletedAt" IS NULL
      LEFT JOIN "Document" d ON d.id = c."documentId" AND d."deletedAt" IS NULL
      LEFT JOIN "Rating" r ON r.id = c."ratingId"
    WHERE ${where} ${after === undefined ? Prisma.empty : Prisma.sql`AND c.id > ${after}`}
    ORDER BY c.id LIMIT ${take}`,
  );
  // Each row is built field by field: object rest and spread over forty keys took V8's slow path
  // (a third of a second and its garbage per 63,000 claims).
  return rows.map((r): ClaimRow => ({
    id: r.id,
    documentId: r.documentId,
    documentVersionId: r.documentVersionId,
    text: r.text,
    headline: r.headline,
    anchorExact: r.anchorExact,
    anchorPrefix: r.anchorPrefix,
    anchorSuffix: r.anchorSuffix,
    anchorStart: r.anchorStart,
    anchorEnd: r.anchorEnd,
    anchorStatus: r.anchorStatus,
    claimantId: r.claimantId,
    reportedById: r.reportedById,
    claimedAt: r.claimedAt,
    claimType: r.claimType,
    tags: r.tags,
    checkWorthiness: r.checkWorthiness,
    status: r.status,
    ratingId: r.ratingId,
    confidence: r.confidence,
    rationale: r.rationale,
    createdById: r.createdById,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    publishedAt: r.publishedAt,
    dateModified: r.dateModified,
    claimant: r.claimantId ? { name: r.claimantName!, kind: r.claimantKind! } : null,
    document: r.documentId
      ? {
          title: r.documentTitle!,
          originalUrl: r.documentOriginalUrl,
          author: r.documentAuthor,
          publisher: r.documentPublisher,
          datePublished: r.documentDatePublished,
          language: r.documentLanguage,
        }
      : null,
    rating: r.ratingId
      ? {
          value: r.ratingValue,
          label: r.ratingLabel!,
          alternateName: r.ratingAlternateName!,
          scaleId: r.ratingScaleId!,
        }
      : null,
  }));
}
