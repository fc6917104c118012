import "server-only";
// The public index pages: the claimants with public claims and how the verdicts on them fall,
// and the verdicts themselves filtered by rating, claimant, topic and document. Both count only
// listed claims (retracted checks are kept apart), exactly as the home page does.
import { z } from "zod";
import { Prisma, type Db } from "@/lib/db";
import { CLAIM_SUMMARY_SELECT } from "./home";
import { idParam, pageParam, parseQuery, type RawQuery } from "./params";
import { distribution, type RatingCount } from "./ratings";
import { listedClaimWhere, publicClaimWhere } from "./visibility";
import { RATING_SELECT, type PublicRating, type PublicWorkspace } from "./workspace";
import { liveClaimantWhere, liveDocumentWhere } from "@/lib/trash/live";
import { listedClaimSql, liveClaimantSql, liveClaimSql } from "@/lib/claims/live-sql";

export const VERDICTS_PAGE_SIZE = 50;

/** Ratings by id: the active scale's from the workspace, an older scale's when a public claim still carries it. */
async function ratingsById(db: Db, ws: PublicWorkspace, ids: (string | null)[]): Promise<Map<string, PublicRating>> {
  const m = new Map(ws.ratings.map((r) => [r.id, r]));
  const missing = [...new Set(ids.filter((id): id is string => !!id && !m.has(id)))];
  if (missing.length)
    for (const r of await db.rating.findMany({ where: { id: { in: missing } }, select: RATING_SELECT })) m.set(r.id, r);
  return m;
}

const counted = (rows: { ratingId: string | null; n: number }[], ratings: Map<string, PublicRating>): RatingCount[] =>
  rows.map((r) => ({ rating: r.ratingId ? (ratings.get(r.ratingId) ?? null) : null, count: r.n }));

export interface ClaimantEntry {
  id: string;
  name: string;
  kind: string;
  /** Listed (published) claims; retracted ones are counted apart. */
  claims: number;
  retracted: number;
  byRating: RatingCount[];
}

/** Claimants per page of the public claimants index. */
export const CLAIMANTS_PAGE_SIZE = 50;

export const parseClaimantsQuery = (raw: RawQuery) => parseQuery(z.object({ page: pageParam }), raw);

/**
 * One page of the claimants with a public claim, most-checked first, and how many there are. The
 * page is chosen in SQL before its verdicts are counted, so the page stays the same size however
 * many claimants the archive holds (at 100,000 claims the unpaged index was 10 MB of HTML).
 */
export async function publicClaimants(
  db: Db,
  ws: PublicWorkspace,
  page = 1,
): Promise<{ claimants: ClaimantEntry[]; total: number; page: number; pages: number }> {
  // Published claims are counted from the listed claims' covering index (migration
  // 20261205900000), retracted ones (few) apart; the window count saves a second pass for the total.
  const counts = Prisma.sql`WITH listed AS (
      SELECT c."claimantId" AS id, count(*)::int AS n FROM "Claim" c
      WHERE c."workspaceId" = ${ws.id} AND ${listedClaimSql("c")} AND c."claimantId" IS NOT NULL
      GROUP BY c."claimantId"),
    retracted AS (
      SELECT c."claimantId" AS id, count(*)::int AS n FROM "Claim" c
      WHERE c."workspaceId" = ${ws.id} AND ${liveClaimSql("c")} AND c.status = 'retracted' AND c."claimantId" IS NOT NULL
      GROUP BY c."claimantId")
    SELECT ct.id, ct.name, ct.kind::text AS kind, COALESCE(l.n, 0) AS claims, COALESCE(r.n, 0) AS retracted
    FROM listed l FULL JOIN retracted r ON r.id = l.id
      JOIN "Claimant" ct ON ct.id = COALESCE(l.id, r.id) AND ${liveClaimantSql("ct")}`;
  const rows = await db.$queryRaw<
    { id: string; name: string; kind: string; claims: number; retracted: number; total: number }[]
  >`SELECT n.*, count(*) OVER ()::int AS total FROM (${counts}) n
    ORDER BY n.claims DESC, n.name, n.id LIMIT ${CLAIMANTS_PAGE_SIZE} OFFSET ${(page - 1) * CLAIMANTS_PAGE_SIZE}`;
  // Past the last page the window has no row to carry the total.
  const total = rows.length
    ? rows[0].total
    : (await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${counts}) n`)[0].total;
  const byRating = rows.length
    ? await db.claim.groupBy({
        by: ["claimantId", "ratingId"],
        where: { workspaceId: ws.id, ...listedClaimWhere, claimantId: { in: rows.map((r) => r.id) } },
        _count: { _all: true },
      })
    : [];
  const ratings = await ratingsById(
    db,
    ws,
    byRating.map((r) => r.ratingId),
  );
  const claimants = rows.map((c) => {
    const listed = byRating
      .filter((r) => r.claimantId === c.id)
      .map((r) => ({ ratingId: r.ratingId, n: r._count._all }));
    return {
      id: c.id,
      name: c.name,
      kind: c.kind,
      claims: c.claims,
      retracted: c.retracted,
      byRating: distribution(ws.ratings, counted(listed, ratings)),
    };
  });
  return { claimants, total, page, pages: Math.ceil(total / CLAIMANTS_PAGE_SIZE) };
}

// `tag` is accepted for `topic` so search links (which say tag) work here too.
export const verdictsQuery = z.preprocess(
  (raw) =>
    raw && typeof raw === "object" && !("topic" in raw) && "tag" in raw
      ? { ...raw, topic: (raw as RawQuery).tag }
      : raw,
  z.object({
    rating: idParam("rating"),
    claimant: idParam("claimant"),
    document: idParam("document"),
    topic: z.preprocess(
      (v) => (Array.isArray(v) ? v[0] : v) || undefined,
      z
        .string({ error: "topic must be a single value" })
        .trim()
        .min(1)
        .max(64, "a topic is at most 64 characters")
        .optional(),
    ),
    page: pageParam,
  }),
);
export type VerdictsInput = z.output<typeof verdictsQuery>;

export const parseVerdictsQuery = (raw: RawQuery) => parseQuery(verdictsQuery, raw);

/**
 * Published claims matching the filters, newest first, a page at a time. `counts` are per rating
 * for the other filters (so the page can offer each rating with how many it would show).
 */
export async function publicVerdicts(db: Db, ws: PublicWorkspace, input: VerdictsInput) {
  const others = {
    workspaceId: ws.id,
    ...listedClaimWhere,
    ...(input.claimant ? { claimantId: input.claimant } : {}),
    ...(input.document ? { documentId: input.document } : {}),
    ...(input.topic ? { tags: { has: input.topic } } : {}),
  } satisfies Prisma.ClaimWhereInput;
  const where = { ...others, ...(input.rating ? { ratingId: input.rating } : {}) } satisfies Prisma.ClaimWhereInput;
  const [claims, groups, claimant, document] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: VERDICTS_PAGE_SIZE,
      skip: (input.page - 1) * VERDICTS_PAGE_SIZE,
      select: CLAIM_SUMMARY_SELECT,
    }),
    db.claim.groupBy({ by: ["ratingId"], where: others, _count: { _all: true } }),
    // Only a claimant or document with a public claim has a public name.
    input.claimant
      ? db.claimant.findFirst({
          where: { id: input.claimant, workspaceId: ws.id, ...liveClaimantWhere, claims: { some: publicClaimWhere } },
          select: { name: true },
        })
      : null,
    input.document
      ? db.document.findFirst({
          where: { id: input.document, workspaceId: ws.id, ...liveDocumentWhere, claims: { some: publicClaimWhere } },
          select: { title: true },
        })
      : null,
  ]);
  const ratings = await ratingsById(
    db,
    ws,
    groups.map((g) => g.ratingId),
  );
  const counts = distribution(
    ws.ratings,
    counted(
      groups.map((g) => ({ ratingId: g.ratingId, n: g._count._all })),
      ratings,
    ),
  );
  const total = input.rating
    ? (counts.find((c) => c.rating?.id === input.rating)?.count ?? 0)
    : counts.reduce((n, c) => n + c.count, 0);
  return {
    input,
    claims,
    total,
    pages: Math.ceil(total / VERDICTS_PAGE_SIZE),
    counts,
    // Names of the chosen filters, for the page's heading; only what is public resolves.
    labels: {
      rating: input.rating ? (ratings.get(input.rating)?.label ?? null) : null,
      claimant: claimant?.name ?? null,
      document: document?.title ?? null,
    },
  };
}

export type PublicVerdicts = Awaited<ReturnType<typeof publicVerdicts>>;
