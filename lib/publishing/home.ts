import "server-only";
// The public home: latest verdicts, counts by rating, top claimants, documents with their
// credibility summary. One query per section; retracted claims are left out of all of them.
import { Prisma, type Db } from "@/lib/db";
import { z } from "zod";
import { pageParam, parseQuery, type RawQuery } from "./params";
import { distribution, type RatingCount } from "./ratings";
import { listedClaimWhere } from "./visibility";
import { listedClaimSql, liveClaimantSql, liveClaimSql } from "@/lib/claims/live-sql";
import { RATING_SELECT, type PublicRating, type PublicWorkspace } from "./workspace";

export const CLAIM_SUMMARY_SELECT = {
  id: true,
  headline: true,
  status: true,
  publishedAt: true,
  dateModified: true,
  claimedAt: true,
  confidence: true,
  rating: { select: RATING_SELECT },
  claimant: { select: { id: true, name: true } },
  document: { select: { id: true, title: true } },
} satisfies Prisma.ClaimSelect;

export async function latestVerdicts(db: Db, workspaceId: string, take = 20) {
  return db.claim.findMany({
    where: { workspaceId, ...listedClaimWhere },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take,
    select: CLAIM_SUMMARY_SELECT,
  });
}

type RatingRow = { [K in keyof PublicRating]: PublicRating[K] | null } & { count: number };

/** Published claims counted by rating (a LEFT JOIN, so claims without a rating are counted too). */
export async function ratingCounts(db: Db, workspaceId: string): Promise<RatingCount[]> {
  const rows = await db.$queryRaw<RatingRow[]>`
    SELECT r.id, r.value, r.label, r."alternateName", r.description, r.color, r.position, count(*)::int AS count
    FROM "Claim" c LEFT JOIN "Rating" r ON r.id = c."ratingId"
    WHERE c."workspaceId" = ${workspaceId} AND ${listedClaimSql("c")}
    GROUP BY r.id
    ORDER BY r.position NULLS LAST, r.label`;
  return rows.map(({ count, ...r }) => ({ rating: r.id === null ? null : (r as PublicRating), count }));
}

export async function topClaimants(db: Db, workspaceId: string, take = 10) {
  return db.$queryRaw<{ id: string; name: string; kind: "person" | "organization"; claims: number }[]>`
    SELECT ct.id, ct.name, ct.kind::text AS kind, count(*)::int AS claims
    FROM "Claimant" ct JOIN "Claim" c ON c."claimantId" = ct.id
    WHERE c."workspaceId" = ${workspaceId} AND ${listedClaimSql("c")} AND ${liveClaimantSql("ct")}
    GROUP BY ct.id
    ORDER BY claims DESC, ct.name
    LIMIT ${take}`;
}

export interface DocumentSummary {
  id: string;
  title: string;
  published: number;
  retracted: number;
  /** Published claims by rating id ("" for claims without one). */
  byRating: Record<string, number>;
}

/** How many documents the home page lists; the rest are on the paged documents index. */
export const HOME_DOCUMENTS = 20;
/** Documents per page of the public documents index. */
export const DOCUMENTS_PAGE_SIZE = 50;

/**
 * One page of the public documents (≥1 public claim), by title, each with its published claims
 * counted by rating, and how many public documents there are. The page is chosen before counting,
 * so the work and the page stay the same size however large the archive grows.
 */
export async function documentSummaries(
  db: Db,
  workspaceId: string,
  { take, skip = 0 }: { take: number; skip?: number },
): Promise<{ documents: DocumentSummary[]; total: number }> {
  const publicDoc = Prisma.sql`d."workspaceId" = ${workspaceId} AND d."deletedAt" IS NULL
    AND EXISTS (SELECT 1 FROM "Claim" pc WHERE pc."documentId" = d.id AND ${liveClaimSql("pc")} AND pc.status IN ('published', 'retracted'))`;
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<{ id: string; title: string; ratingId: string | null; status: string | null; count: number }[]>`
      WITH page AS (SELECT d.id, d.title FROM "Document" d WHERE ${publicDoc} ORDER BY d.title, d.id LIMIT ${take} OFFSET ${skip})
      SELECT p.id, p.title, c."ratingId", c.status::text AS status, count(*)::int AS count
      FROM page p JOIN "Claim" c ON c."documentId" = p.id
      WHERE ${liveClaimSql("c")} AND c.status IN ('published', 'retracted')
      GROUP BY p.id, p.title, c."ratingId", c.status
      ORDER BY p.title, p.id`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Document" d WHERE ${publicDoc}`,
  ]);
  const docs = new Map<string, DocumentSummary>();
  for (const r of rows) {
    const d = docs.get(r.id) ?? { id: r.id, title: r.title, published: 0, retracted: 0, byRating: {} };
    docs.set(r.id, d);
    if (r.status === "retracted") d.retracted += r.count;
    else {
      d.published += r.count;
      d.byRating[r.ratingId ?? ""] = (d.byRating[r.ratingId ?? ""] ?? 0) + r.count;
    }
  }
  return { documents: [...docs.values()], total };
}

export const parseDocumentsQuery = (raw: RawQuery) => parseQuery(z.object({ page: pageParam }), raw);

/** The public documents index: one page of documents, the page count, and the counts by rating for the bars' colours. */
export async function publicDocuments(db: Db, ws: PublicWorkspace, page: number) {
  const [{ documents, total }, counts] = await Promise.all([
    documentSummaries(db, ws.id, { take: DOCUMENTS_PAGE_SIZE, skip: (page - 1) * DOCUMENTS_PAGE_SIZE }),
    ratingCounts(db, ws.id),
  ]);
  return {
    documents,
    total,
    page,
    pages: Math.ceil(total / DOCUMENTS_PAGE_SIZE),
    byRating: distribution(ws.ratings, counts),
  };
}

export async function publicHome(db: Db, ws: PublicWorkspace) {
  const [latest, counts, claimants, documents] = await Promise.all([
    latestVerdicts(db, ws.id),
    ratingCounts(db, ws.id),
    topClaimants(db, ws.id),
    documentSummaries(db, ws.id, { take: HOME_DOCUMENTS }),
  ]);
  const total = counts.reduce((n, c) => n + c.count, 0);
  return {
    latest,
    total,
    byRating: distribution(ws.ratings, counts),
    claimants,
    documents: documents.documents,
    documentTotal: documents.total,
  };
}
