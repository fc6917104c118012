import "server-only";
// The public home: latest verdicts, counts by rating, top claimants, documents with their
// credibility summary. One query per section; retracted claims are left out of all of them.
import type { Db, Prisma } from "@/lib/db";
import { distribution, type RatingCount } from "./ratings";
import { listedClaimWhere } from "./visibility";
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
    WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND c.status = 'published'
    GROUP BY r.id
    ORDER BY r.position NULLS LAST, r.label`;
  return rows.map(({ count, ...r }) => ({ rating: r.id === null ? null : (r as PublicRating), count }));
}

export async function topClaimants(db: Db, workspaceId: string, take = 10) {
  return db.$queryRaw<{ id: string; name: string; kind: "person" | "organization"; claims: number }[]>`
    SELECT ct.id, ct.name, ct.kind::text AS kind, count(*)::int AS claims
    FROM "Claimant" ct JOIN "Claim" c ON c."claimantId" = ct.id
    WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND c.status = 'published' AND ct."deletedAt" IS NULL
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

/** Public documents (≥1 public claim) with their published claims counted by rating. */
export async function documentSummaries(db: Db, workspaceId: string): Promise<DocumentSummary[]> {
  const rows = await db.$queryRaw<
    { id: string; title: string; ratingId: string | null; status: string; count: number }[]
  >`
    SELECT d.id, d.title, c."ratingId", c.status::text AS status, count(*)::int AS count
    FROM "Document" d JOIN "Claim" c ON c."documentId" = d.id
    WHERE d."workspaceId" = ${workspaceId} AND d."deletedAt" IS NULL AND c."deletedAt" IS NULL
      AND c.status IN ('published', 'retracted')
    GROUP BY d.id, d.title, c."ratingId", c.status
    ORDER BY d.title, d.id`;
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
  return [...docs.values()];
}

export async function publicHome(db: Db, ws: PublicWorkspace) {
  const [latest, counts, claimants, documents] = await Promise.all([
    latestVerdicts(db, ws.id),
    ratingCounts(db, ws.id),
    topClaimants(db, ws.id),
    documentSummaries(db, ws.id),
  ]);
  const total = counts.reduce((n, c) => n + c.count, 0);
  return { latest, total, byRating: distribution(ws.ratings, counts), claimants, documents };
}
