import "server-only";
// The claims of an export in one statement a batch, with the claimant, document and verdict joined
// in. Through Prisma's model API the same batch was four queries plus per-row mapping: profiled
// on 63,000 public claims (PostgreSQL), Prisma and the garbage it left took 4.7 of the CSV's 10 s.
import { Prisma } from "@/lib/db";
import { PUBLIC_STATUSES, type ExportScope } from "../scope";
import type { ClaimRow } from "./claims";

type Flat = Omit<ClaimRow, "claimant" | "document" | "rating"> & {
  claimantName: string | null; claimantKind: string | null;
  documentTitle: string | null;
  ratingValue: number | null; ratingLabel: string | null; ratingAlternateName: string | null; ratingScaleId: string | null;
};

/** One keyset batch of the scope's claims (`statuses` narrows further, e.g. published only), by id. */
export async function claimBatch(db: Prisma.TransactionClient, scope: ExportScope, after: string | undefined, take: number, statuses?: readonly string[]): Promise<ClaimRow[]> {
  const allowed = statuses ?? (scope.public ? PUBLIC_STATUSES : null);
  if (allowed && !allowed.length) return [];
  const rows = await db.$queryRaw<Flat[]>`
    SELECT c.id, c."documentId", c."documentVersionId", c.text, c.headline, c."anchorExact", c."anchorPrefix", c."anchorSuffix",
      c."anchorStart", c."anchorEnd", c."anchorStatus"::text AS "anchorStatus", c."claimantId", c."reportedById", c."claimedAt",
      c."claimType"::text AS "claimType", c.tags, c."checkWorthiness", c.status::text AS status, c."ratingId", c.confidence::text AS confidence,
      c.rationale, c."createdById", c."createdAt", c."updatedAt", c."publishedAt", c."dateModified",
      ct.name AS "claimantName", ct.kind::text AS "claimantKind", d.title AS "documentTitle",
      r.value AS "ratingValue", r.label AS "ratingLabel", r."alternateName" AS "ratingAlternateName", r."scaleId" AS "ratingScaleId"
    FROM "Claim" c
      LEFT JOIN "Claimant" ct ON ct.id = c."claimantId"
      LEFT JOIN "Document" d ON d.id = c."documentId"
      LEFT JOIN "Rating" r ON r.id = c."ratingId"
    WHERE c."workspaceId" = ${scope.workspaceId}
      ${allowed ? Prisma.sql`AND c.status IN (${Prisma.join(allowed.map((st) => Prisma.sql`${st}::"ClaimStatus"`))})` : Prisma.empty}
      ${after === undefined ? Prisma.empty : Prisma.sql`AND c.id > ${after}`}
    ORDER BY c.id LIMIT ${take}`;
  return rows.map(({ claimantName, claimantKind, documentTitle, ratingValue, ratingLabel, ratingAlternateName, ratingScaleId, ...c }) => ({
    ...c,
    claimant: c.claimantId ? { name: claimantName!, kind: claimantKind } : null,
    document: c.documentId ? { title: documentTitle! } : null,
    rating: c.ratingId ? { value: ratingValue, label: ratingLabel!, alternateName: ratingAlternateName!, scaleId: ratingScaleId! } : null,
  })) as ClaimRow[];
}
