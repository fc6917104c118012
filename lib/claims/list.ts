import "server-only";
// The desk's claims list: filters, full-text search (websearch_to_tsquery over the generated
// `search` column) with highlighted matches, sorting and cursor pagination.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { readAccess } from "@/lib/publishing/read-scope";
import { visibleClaimWhere, type ReadScope } from "@/lib/publishing/visibility";
import { filterSql, filterWhere } from "./filters";
import { listClaimsInput, type ClaimFilters } from "./schemas";
import { publicClaimStatusSql } from "./live-sql";
import { markCuts } from "@/lib/publishing/snippet";
import { CLAIM_STATEMENT_SELECT } from "./select";

const SELECT = {
  ...CLAIM_STATEMENT_SELECT,
  checkWorthiness: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  anchorStatus: true,
  writerId: true,
  reviewerId: true,
  reviewerDueAt: true,
  writerDueAt: true,
  ratingId: true,
  claimant: { select: { id: true, name: true } },
  document: { select: { id: true, title: true } },
  rating: { select: { label: true, color: true } },
  // The published statement: anonymous callers read it, never a later desk edit (lib/publishing/claim.ts).
  revisions: {
    orderBy: { number: "desc" },
    take: 1,
    select: {
      headline: true,
      text: true,
      tags: true,
      claimType: true,
      rating: { select: { label: true, color: true } },
    },
  },
} satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof SELECT }>;

/** A row as the caller may see it: members the desk's state, anonymous callers the published revision. */
function shown({ revisions, ...row }: Row, scope: ReadScope) {
  const rev = revisions[0];
  if (!scope.public) return row;
  return {
    ...row,
    reviewerId: null,
    checkWorthiness: null,
    ...(rev?.text != null
      ? {
          headline: rev.headline ?? row.headline,
          text: rev.text,
          tags: rev.tags,
          claimType: rev.claimType ?? row.claimType,
          rating: rev.rating,
        }
      : {}),
  };
}

export async function listClaims(db: Db, actor: Actor, slug: string, raw: unknown = {}) {
  const input = listClaimsInput.parse(raw);
  const { scope } = await readAccess(db, actor, slug);
  // Anonymous callers filter on what the public sees: not on who works on a claim, nor by when.
  if (scope.public) Object.assign(input, { assigneeId: undefined, due: undefined });
  if (input.q) return searchClaims(db, scope, input);
  const orderBy: Prisma.ClaimOrderByWithRelationInput[] =
    input.sort === "created"
      ? [{ createdAt: "desc" }, { id: "desc" }]
      : input.sort === "worthiness"
        ? [{ checkWorthiness: { sort: "desc", nulls: "last" } }, { id: "desc" }]
        : [{ updatedAt: "desc" }, { id: "desc" }];
  const rows = await db.claim.findMany({
    where: { AND: [visibleClaimWhere(scope), filterWhere(scope.workspaceId, input)] },
    orderBy,
    take: input.limit + 1,
    select: SELECT,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, input.limit).map((r) => ({ ...shown(r, scope), snippet: null as string | null }));
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1].id : null };
}

/** How many claims match already-parsed filters (saved views' counts); the caller has authorized. */
export async function countMatching(db: Db, workspaceId: string, filters: ClaimFilters): Promise<number> {
  if (!filters.q) return db.claim.count({ where: filterWhere(workspaceId, filters) });
  const conds = [
    ...filterSql(workspaceId, filters),
    Prisma.sql`c.search @@ websearch_to_tsquery('english', ${filters.q})`,
  ];
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Claim" c WHERE ${Prisma.join(conds, " AND ")}`;
  return row.n;
}

/** Full-text: filter, rank and highlight in one SQL statement, then load rows through the same select.
 * Matches are wrapped in ⟦ ⟧ (not HTML), so the page can render them escaped. */
async function searchClaims(db: Db, scope: ReadScope, input: ReturnType<typeof listClaimsInput.parse>) {
  const offset = input.cursor ? Math.max(0, Number.parseInt(input.cursor, 10) || 0) : 0;
  const conds = [...filterSql(scope.workspaceId, input), Prisma.sql`c.search @@ q`];
  if (scope.public) conds.push(publicClaimStatusSql("c"));
  const hits = await db.$queryRaw<{ id: string; snippet: string }[]>`
    SELECT c.id,
      ts_headline('english', c.text, q, 'StartSel=⟦,StopSel=⟧,MaxFragments=2,MaxWords=30,MinWords=8') AS snippet
    FROM "Claim" c, websearch_to_tsquery('english', ${input.q}) q
    WHERE ${Prisma.join(conds, " AND ")}
    ORDER BY ts_rank(c.search, q) DESC, c.id
    LIMIT ${input.limit + 1} OFFSET ${offset}`;
  const rows = await db.claim.findMany({
    where: { AND: [visibleClaimWhere(scope), { id: { in: hits.map((h) => h.id) } }] },
    select: SELECT,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Anonymous callers get no snippet: it is cut from the desk's text, which may hold an unpublished edit.
  const items = hits
    .slice(0, input.limit)
    .filter((h) => byId.has(h.id))
    .map((h) => {
      const row = byId.get(h.id)!;
      return { ...shown(row, scope), snippet: scope.public ? null : markCuts(h.snippet, row.text) };
    });
  return { items, nextCursor: hits.length > input.limit ? String(offset + input.limit) : null };
}
