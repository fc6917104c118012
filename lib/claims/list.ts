import "server-only";
// The desk's claims list: filters, full-text search (websearch_to_tsquery over the generated
// `search` column) with highlighted matches, sorting and cursor pagination.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { listClaimsInput } from "./schemas";
import { liveClaimWhere } from "./live";
import { liveClaimSql } from "./live-sql";

const SELECT = {
  id: true,
  headline: true,
  text: true,
  status: true,
  claimType: true,
  tags: true,
  checkWorthiness: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  anchorStatus: true,
  assignedReviewerId: true,
  claimant: { select: { id: true, name: true } },
  document: { select: { id: true, title: true } },
  rating: { select: { label: true, color: true } },
} satisfies Prisma.ClaimSelect;

export async function listClaims(db: Db, actor: Actor, slug: string, raw: unknown = {}) {
  const input = listClaimsInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const where: Prisma.ClaimWhereInput = {
    workspaceId: workspace.id,
    ...liveClaimWhere,
    ...(input.documentId && { documentId: input.documentId }),
    ...(input.claimantId && { claimantId: input.claimantId }),
    ...(input.status && { status: input.status }),
    ...(input.claimType && { claimType: input.claimType }),
    ...(input.tag && { tags: { has: input.tag } }),
    ...(input.anchorStatus && { anchorStatus: input.anchorStatus }),
  };
  if (input.q) return searchClaims(db, workspace.id, input);
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] =
    input.sort === "created"
      ? [{ createdAt: "desc" }, { id: "desc" }]
      : input.sort === "worthiness"
        ? [{ checkWorthiness: { sort: "desc", nulls: "last" } }, { id: "desc" }]
        : [{ updatedAt: "desc" }, { id: "desc" }];
  const rows = await db.claim.findMany({
    where,
    orderBy,
    take: input.limit + 1,
    select: SELECT,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, input.limit).map((r) => ({ ...r, snippet: null as string | null }));
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1].id : null };
}

/** Full-text: filter, rank and highlight in one SQL statement, then load rows through the same select.
 * Matches are wrapped in ⟦ ⟧ (not HTML), so the page can render them escaped. */
async function searchClaims(db: Db, workspaceId: string, input: ReturnType<typeof listClaimsInput.parse>) {
  const offset = input.cursor ? Math.max(0, Number.parseInt(input.cursor, 10) || 0) : 0;
  const conds = [Prisma.sql`c."workspaceId" = ${workspaceId}`, Prisma.sql`c.search @@ q`, liveClaimSql("c")];
  if (input.documentId) conds.push(Prisma.sql`c."documentId" = ${input.documentId}`);
  if (input.claimantId) conds.push(Prisma.sql`c."claimantId" = ${input.claimantId}`);
  if (input.status) conds.push(Prisma.sql`c.status::text = ${input.status}`);
  if (input.claimType) conds.push(Prisma.sql`c."claimType"::text = ${input.claimType}`);
  if (input.tag) conds.push(Prisma.sql`${input.tag} = ANY(c.tags)`);
  if (input.anchorStatus) conds.push(Prisma.sql`c."anchorStatus"::text = ${input.anchorStatus}`);
  const hits = await db.$queryRaw<{ id: string; snippet: string }[]>`
    SELECT c.id,
      ts_headline('english', c.text, q, 'StartSel=⟦,StopSel=⟧,MaxFragments=2,MaxWords=30,MinWords=8') AS snippet
    FROM "Claim" c, websearch_to_tsquery('english', ${input.q}) q
    WHERE ${Prisma.join(conds, " AND ")}
    ORDER BY ts_rank(c.search, q) DESC, c.id
    LIMIT ${input.limit + 1} OFFSET ${offset}`;
  const rows = await db.claim.findMany({ where: { id: { in: hits.map((h) => h.id) } }, select: SELECT });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = hits.slice(0, input.limit).map((h) => ({ ...byId.get(h.id)!, snippet: h.snippet }));
  return { items, nextCursor: hits.length > input.limit ? String(offset + input.limit) : null };
}

/** Similar existing claims (pg_trgm), shown while an editor writes a statement. */
export async function findSimilarClaims(
  db: Db,
  actor: Actor,
  slug: string,
  text: string,
  opts: { threshold?: number; excludeId?: string } = {},
) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const threshold = opts.threshold ?? Number(process.env.DUPLICATE_THRESHOLD ?? 0.35);
  const probe = text.trim();
  if (probe.length < 8) return [];
  return db.$queryRaw<{ id: string; headline: string; text: string; status: string; similarity: number }[]>`
    SELECT id, headline, text, status::text AS status, similarity(text, ${probe})::float8 AS similarity
    FROM "Claim"
    WHERE "workspaceId" = ${workspace.id} AND ${liveClaimSql('"Claim"')} AND id <> ${opts.excludeId ?? ""} AND similarity(text, ${probe}) >= ${threshold}
    ORDER BY similarity DESC
    LIMIT 5`;
}
