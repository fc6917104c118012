import "server-only";
// Public search: full text (websearch_to_tsquery over the generated `search` columns) across
// published claims, public documents and public sources, ranked together in one statement, with
// ts_headline snippets whose matches are wrapped in ⟦ ⟧ (not HTML) so pages render them escaped.
import { z } from "zod";
import { Prisma, type Db } from "@/lib/db";
import type { PublicWorkspace } from "./workspace";
import { listedClaimSql, liveClaimantSql, liveClaimSql } from "@/lib/claims/live-sql";
import { liveSourceSql } from "@/lib/sources/live-sql";
import { findClaimants } from "@/lib/claims/claimant-search";
import { markCuts } from "./snippet";
import { termColumns, termColumnsNull, termCtes, termParts, termQuery, termTotal } from "./search-terms";

export const SEARCH_PAGE_SIZE = 20;
/** Characters of a document around its first match that its snippet is drawn from (ts_headline parses all of them: ~0.3 ms a 2,000). */
const DOC_WINDOW = 1000;
/** The first match is looked for in this many characters first: PostgreSQL's regex converts its whole input before matching (0.4 ms a 16,000). */
const DOC_HEAD = 4000;
/** A listing by filters alone (or by negated words alone) holds the newest this many matching claims; more make the total a lower bound. */
export const SEARCH_CANDIDATES = 2000;
/** Documents: ranking reads a whole document's positions. */
const DOCUMENT_CANDIDATES = 100;
/** Phrase operators as tsquery prints them ('a' <-> 'b', 'a' <2> 'b'); lexemes hold no spaces. */
const PHRASE_OPERATOR = " <(-|[0-9]+)> ";
/**
 * `words`: a query's phrases as their words alone ('a' <-> 'b' as 'a' & 'b'): a document matching
 * the query matches it, and the GIN index answers it without reading a vector. Under a negation
 * that would lose matches ('!(a <-> b)' holds where 'a' and 'b' are apart), so such a query is kept whole.
 */
const phraseWords = Prisma.sql`CASE WHEN t.q::text ~ ${PHRASE_OPERATOR} AND strpos(t.q::text, '!') = 0
  THEN regexp_replace(t.q::text, ${PHRASE_OPERATOR}, ' & ', 'g')::tsquery ELSE t.q END`;
/** The bits a word pair is hashed to in the pair indexes: their migration's index expressions. */
export const CLAIM_PAIR_BITS = 16;
const DOCUMENT_PAIR_BITS = 20;
const claimBits = Prisma.raw(String(CLAIM_PAIR_BITS));
const documentBits = Prisma.raw(String(DOCUMENT_PAIR_BITS));
/** Sources: each candidate is checked for a public use, so fewer. */
const SOURCE_CANDIDATES = 200;
/** Sources: how many of the newest are checked first (enough when as many qualify as are shown). */
const RECENT_SOURCES = 1000;
const HEADLINE = 'StartSel=⟦,StopSel=⟧,MaxFragments=2,MaxWords=30,MinWords=8,FragmentDelimiter=" … "';

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const text = (max: number) => z.preprocess(first, z.string().trim().max(max).optional().catch(undefined));

/** Query-string input; anything malformed is dropped rather than failing the page. */
export const searchInput = z.object({
  q: z.preprocess(first, z.string().optional().catch(undefined)).transform((s) => (s ?? "").trim().slice(0, 200)),
  rating: text(64),
  claimant: text(64),
  tag: text(64),
  document: text(64),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1000).catch(1)).default(1),
});
export type SearchInput = z.input<typeof searchInput>;

export interface SearchHit {
  kind: "claim" | "document" | "source";
  id: string;
  title: string;
  /** Text with matches wrapped in ⟦ ⟧; null when listing by filters only. */
  snippet: string | null;
  ratingLabel: string | null;
  ratingColor: string | null;
  claimantId: string | null;
  claimantName: string | null;
  documentId: string | null;
  /** A source hit's own URL (pages pass it through safeHref). */
  sourceUrl: string | null;
}

export async function publicSearch(db: Db, ws: PublicWorkspace, raw: SearchInput) {
  const input = searchInput.parse(raw);
  const sql = publicSearchSql(ws.id, input);
  if (!sql) return { input, hits: [] as SearchHit[], total: 0, capped: false, pages: 0 };
  const rows =
    await db.$queryRaw<(SearchHit & { total: number; newestClaims: number; claimText: string | null })[]>(sql);
  const total = rows[0]?.total ?? 0;
  // Only a listing by date stops at SEARCH_CANDIDATES; ranked matches are all counted.
  const capped = (rows[0]?.newestClaims ?? 0) >= SEARCH_CANDIDATES;
  // A claim snippet ends with "…" where it cuts the claim's text (./snippet.ts).
  const hits: SearchHit[] = rows.map(({ total: _t, newestClaims: _n, claimText, ...h }) =>
    claimText && h.snippet ? { ...h, snippet: markCuts(h.snippet, claimText) } : h,
  );
  return { input, hits, total, capped, pages: Math.ceil(total / SEARCH_PAGE_SIZE) };
}

/** Public claimants matching a search's words, shown above its results (the first page of a plain query). */
export async function publicClaimantSearch(db: Db, ws: PublicWorkspace, raw: SearchInput) {
  const input = searchInput.parse(raw);
  if (!input.q || input.page > 1 || input.rating || input.claimant || input.tag || input.document) return [];
  return findClaimants(db, { workspaceId: ws.id, public: true }, input.q);
}

/** The one statement behind a search page (exported so the benchmark can run it raw); null when there is nothing to search for. */
export function publicSearchSql(workspaceId: string, input: z.output<typeof searchInput>): Prisma.Sql | null {
  const ws = { id: workspaceId };
  const hasQ = input.q.length > 0;
  const claimFilters = !!(input.rating || input.claimant || input.tag);
  if (!hasQ && !claimFilters && !input.document) return null;

  // Matching uses the query inline (not the CTE), so the planner sees its terms and can estimate
  // how many rows match.
  const tsq = Prisma.sql`websearch_to_tsquery('english', ${input.q})`;
  const filters = (c: string) => {
    const conds: Prisma.Sql[] = [];
    if (input.rating) conds.push(Prisma.sql`${Prisma.raw(c)}."ratingId" = ${input.rating}`);
    if (input.claimant) conds.push(Prisma.sql`${Prisma.raw(c)}."claimantId" = ${input.claimant}`);
    if (input.tag) conds.push(Prisma.sql`${input.tag} = ANY(${Prisma.raw(c)}.tags)`);
    if (input.document) conds.push(Prisma.sql`${Prisma.raw(c)}."documentId" = ${input.document}`);
    return conds.length ? Prisma.sql` AND ${Prisma.join(conds, " AND ")}` : Prisma.empty;
  };
  // A query of negations alone ("-word") matches nearly everything and no index can find it
  // (querytree is 'T'): it lists the newest matches, as filters alone do. Either guard is an
  // uncorrelated subquery, so PostgreSQL evaluates it once and skips the other part's scan.
  const tree = Prisma.sql`(SELECT querytree(${tsq}))`;
  // A phrase's claims are found by its word pairs (migrations/20261206600000_word_pairs), then
  // checked for the phrase. The CASE is folded when planned: a query without pairs matches by the
  // words' index; with pairs, IS TRUE keeps the words' index out (ANDing in the bitmap of every
  // claim holding a common word cost more than the rest of the search).
  const pairs = Prisma.sql`corroborate_phrase_pairs(${tsq}, ${claimBits})`;
  const claimMatch = Prisma.sql`CASE WHEN cardinality(${pairs}) = 0 THEN c.search @@ ${tsq}
    ELSE corroborate_word_pairs(c.search, ${claimBits}) @> ${pairs} AND (c.search @@ ${tsq}) IS TRUE END`;
  // One word (the commonest search), one word less others, or either of some words, and no
  // filters: the claims are read from ListedClaimTerm's indexes however many hold the words (./search-terms.ts).
  const byTerm = hasQ && !claimFilters && !input.document;
  const offset = (input.page - 1) * SEARCH_PAGE_SIZE;
  const parts = [
    ...(byTerm ? termParts(ws.id, tsq, offset + SEARCH_PAGE_SIZE) : []),
    // Every matching listed claim is ranked, read from the narrow ListedClaimSearch copy of their
    // search vectors (kept by a trigger on Claim: migrations/20261206100000_listed_claim_search).
    ...(hasQ
      ? [
          Prisma.sql`SELECT 'claim' AS kind, c.id, ts_rank(c.search, q.q) AS rank, c."publishedAt" AS at, false AS newest, false AS term
            FROM "ListedClaimSearch" c CROSS JOIN q
            WHERE c."workspaceId" = ${ws.id} AND ${claimMatch}${filters("c")} AND ${tree} <> 'T'
              ${byTerm ? Prisma.sql`AND NOT ${termQuery}` : Prisma.empty}`,
        ]
      : []),
    // The newest SEARCH_CANDIDATES matches by date; publishedAt IS NOT NULL (always true of
    // published claims) lets the date-ordered index scan start past the NULLs.
    Prisma.sql`SELECT 'claim' AS kind, c.id, 0::real AS rank, c."publishedAt" AS at, true AS newest, false AS term
      FROM (SELECT c.id, c."publishedAt" FROM "Claim" c
        WHERE c."workspaceId" = ${ws.id} AND ${listedClaimSql("c")} AND c."publishedAt" IS NOT NULL${filters("c")}
          ${hasQ ? Prisma.sql`AND c.search @@ ${tsq} AND ${tree} = 'T'` : Prisma.empty}
        ORDER BY c."publishedAt" DESC LIMIT ${SEARCH_CANDIDATES}) c`,
  ];
  // Documents and sources match the words, not claim filters: they join in only for a plain query.
  let sourceCtes = Prisma.empty;
  if (hasQ && !claimFilters) {
    // A long document holds most words, so a common one matches every document: rank the newest
    // few, read newest first. The GIN index finds a query's documents without reading their ~23 KB
    // vectors (corroborate_matching_versions); for a phrase it finds those holding its word pairs
    // (or its words, under a negation), and the newest of them are checked for the phrase until
    // enough match. A query of negations alone matches nearly every document, so the newest are
    // checked as they come.
    const documents = (from: Prisma.Sql, guard: Prisma.Sql) =>
      Prisma.sql`SELECT 'document', d.id, ts_rank(v.search, q.q), d."updatedAt", false, false FROM (SELECT d.id, d."publishedVersionId", d."updatedAt"
      FROM ${from}
      WHERE d."workspaceId" = ${ws.id} AND d."deletedAt" IS NULL AND ${guard}
        ${input.document ? Prisma.sql`AND d.id = ${input.document}` : Prisma.empty}
        AND EXISTS (SELECT 1 FROM "Claim" pc WHERE pc."documentId" = d.id AND ${liveClaimSql("pc")} AND pc.status IN ('published', 'retracted'))
      ORDER BY d."updatedAt" DESC LIMIT ${DOCUMENT_CANDIDATES}) d JOIN "DocumentVersion" v ON v.id = d."publishedVersionId" CROSS JOIN q`;
    parts.push(
      documents(
        Prisma.sql`"Document" d`,
        Prisma.sql`${tree} <> 'T'
          AND (d."publishedVersionId" IN (SELECT m.id FROM corroborate_matching_versions((SELECT q.words FROM q), (SELECT q.pairs FROM q)) m(id))) IS TRUE
          AND ((SELECT q.words FROM q) = (SELECT q.q FROM q)
            OR (SELECT pv.search @@ ${tsq} FROM "DocumentVersion" pv WHERE pv.id = d."publishedVersionId"))`,
      ),
      documents(
        Prisma.sql`"Document" d JOIN "DocumentVersion" v ON v.id = d."publishedVersionId"`,
        Prisma.sql`${tree} = 'T' AND v.search @@ ${tsq}`,
      ),
    );
    // Sources: the newest SOURCE_CANDIDATES with a public use. The newest RECENT_SOURCES sources
    // are matched and checked as they come: when that many of them qualify, they are the newest of
    // all (a common word: its 11,600 matches at 1M claims were read and sorted, 29 ms). Otherwise
    // every match is sorted by date first (OFFSET 0 keeps the check out of that subquery: a word's
    // 3,000 matches were all checked before they were sorted, 110 ms), carrying no vector.
    const publicUse = Prisma.sql`(${
      input.document
        ? Prisma.sql`FALSE`
        : Prisma.sql`EXISTS (SELECT 1 FROM "Evidence" e JOIN "Claim" ec ON ec.id = e."claimId"
          WHERE e."sourceId" = s.id AND ${liveClaimSql("ec")} AND ec.status IN ('published', 'retracted'))`
    }
      OR EXISTS (SELECT 1 FROM "Citation" ci JOIN "Document" cd ON cd."publishedVersionId" = ci."documentVersionId" AND cd."deletedAt" IS NULL
        WHERE ci."sourceId" = s.id ${input.document ? Prisma.sql`AND cd.id = ${input.document}` : Prisma.empty}
          AND EXISTS (SELECT 1 FROM "Claim" pc WHERE pc."documentId" = cd.id AND pc.status IN ('published', 'retracted'))))`;
    sourceCtes = Prisma.sql`"recentSources" AS MATERIALIZED (SELECT s.id, s."updatedAt"
      FROM (SELECT s.id, s."updatedAt", s.search FROM "Source" s WHERE s."workspaceId" = ${ws.id} AND ${liveSourceSql("s")}
        ORDER BY s."updatedAt" DESC LIMIT ${RECENT_SOURCES}) s
      WHERE s.search @@ ${tsq} AND ${publicUse} ORDER BY s."updatedAt" DESC LIMIT ${SOURCE_CANDIDATES}),`;
    // A subquery, not a join: joined, the planner hashed every source to rank 200 (6 ms at 100k).
    const sourceRank = Prisma.sql`(SELECT ts_rank(rs.search, q.q) FROM "Source" rs WHERE rs.id = s.id)`;
    const recentSuffice = Prisma.sql`(SELECT count(*) FROM "recentSources") >= ${SOURCE_CANDIDATES}`;
    parts.push(
      Prisma.sql`SELECT 'source', s.id, ${sourceRank}, s."updatedAt", false, false
        FROM "recentSources" s CROSS JOIN q WHERE ${recentSuffice}`,
      Prisma.sql`SELECT 'source', s.id, ${sourceRank}, s."updatedAt", false, false FROM (SELECT s.id, s."updatedAt"
        FROM (SELECT s.id, s."updatedAt" FROM "Source" s WHERE s."workspaceId" = ${ws.id} AND s.search @@ ${tsq} AND ${liveSourceSql("s")}
          AND NOT ${recentSuffice} ORDER BY s."updatedAt" DESC OFFSET 0) s
        WHERE ${publicUse} ORDER BY s."updatedAt" DESC LIMIT ${SOURCE_CANDIDATES}) s CROSS JOIN q`,
    );
  }
  // `re` finds the first word starting with one of the query's stems: documents are headlined
  // from a window there, since ts_headline parses all of its input (measured: 150 ms for 20 hits
  // on 5–80 KB documents, against 1 ms to find them).
  const query = hasQ
    ? Prisma.sql`SELECT t.q, COALESCE((SELECT ${"\\m("} || string_agg(regexp_replace(m[1], '([^[:alnum:]])', ${"\\\\\\1"}, 'g'), '|') || ')'
          FROM regexp_matches(querytree(t.q), '''([^'']+)''', 'g') AS m), '^') AS re, ${termColumns()},
        ${phraseWords} AS words, corroborate_phrase_pairs(t.q, ${documentBits}) AS pairs
        FROM (SELECT websearch_to_tsquery('english', ${input.q}) AS q) t`
    : Prisma.sql`SELECT NULL::tsquery AS q, NULL::text AS re, ${termColumnsNull}`;
  // Each hit's fields come from its own kind's tables (one small join each, planned apart).
  const headline = (text: Prisma.Sql) =>
    hasQ ? Prisma.sql`ts_headline('english', ${text}, q.q, ${HEADLINE})` : Prisma.sql`NULL::text`;
  const documentWindow = Prisma.sql`substr(v.text, greatest(1, coalesce(
    nullif(regexp_instr(left(v.text, ${DOC_HEAD}), q.re, 1, 1, 0, 'i'), 0), nullif(regexp_instr(v.text, q.re, 1, 1, 0, 'i'), 0), 1) - ${DOC_WINDOW / 4}), ${DOC_WINDOW})`;
  return Prisma.sql`
    WITH q AS (${query}),
    ${byTerm ? termCtes(ws.id) : Prisma.empty}
    ${sourceCtes}
    hits AS (${Prisma.join(parts, " UNION ALL ")}),
    page AS (
      SELECT kind, id, rank, at, count(*) OVER ()${byTerm ? termTotal(ws.id) : Prisma.empty} AS total, count(*) FILTER (WHERE newest) OVER () AS "newestClaims" FROM hits
      ORDER BY rank DESC, at DESC NULLS LAST, kind, id
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset})
    SELECT p.kind, p.id, p.total::int AS total, p."newestClaims"::int AS "newestClaims", h.title, h.snippet, h."claimText",
      h."ratingLabel", h."ratingColor", h."claimantId", h."claimantName", h."documentId", h."sourceUrl"
    FROM page p CROSS JOIN q CROSS JOIN LATERAL (
      SELECT c.headline AS title, ${headline(Prisma.sql`c.text`)} AS snippet, c.text AS "claimText", r.label AS "ratingLabel", r.color AS "ratingColor",
          ct.id AS "claimantId", ct.name AS "claimantName", c."documentId", NULL::text AS "sourceUrl"
        FROM "Claim" c LEFT JOIN "Rating" r ON r.id = c."ratingId" LEFT JOIN "Claimant" ct ON ct.id = c."claimantId"
        WHERE p.kind = 'claim' AND c.id = p.id
      UNION ALL
      SELECT d.title, ${headline(documentWindow)}, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        FROM "Document" d JOIN "DocumentVersion" v ON v.id = d."publishedVersionId"
        WHERE p.kind = 'document' AND d.id = p.id
      UNION ALL
      SELECT s.title, ${headline(Prisma.sql`concat_ws(' · ', s.title, NULLIF(corroborate_join(s.authors), ''), s.publisher, s.chapter)`)}, NULL, NULL, NULL, NULL, NULL, NULL, s.url
        FROM "Source" s
        WHERE p.kind = 'source' AND s.id = p.id) h
    ORDER BY p.rank DESC, p.at DESC NULLS LAST, p.kind, p.id`;
}

export type PublicSearchResult = Awaited<ReturnType<typeof publicSearch>>;

/** The most choices a filter offers (plus the one selected): at 1M claims a select of every claimant and document weighed megabytes. */
export const FACET_LIMIT = 100;

export interface FacetSelection {
  claimant?: string;
  document?: string;
  tag?: string;
}

/**
 * Filter choices: the claimants, documents and tags with the most published claims (what the
 * filters can show: retracted checks are left out of the lists), each cut at FACET_LIMIT
 * and listed by name; a selected value is always offered, so the form shows what filters the page.
 */
export async function searchFacets(db: Db, ws: PublicWorkspace, selected: FacetSelection = {}) {
  const rows = await db.$queryRaw<{ kind: "claimant" | "document" | "tag"; value: string; label: string }[]>`
    (SELECT 'claimant' AS kind, ct.id AS value, ct.name AS label FROM "Claimant" ct
      JOIN (SELECT c."claimantId" AS id, count(*) AS n FROM "Claim" c
        WHERE c."workspaceId" = ${ws.id} AND ${listedClaimSql("c")} AND c."claimantId" IS NOT NULL
        GROUP BY c."claimantId") n ON n.id = ct.id
      WHERE ${liveClaimantSql("ct")}
      ORDER BY n.n DESC, ct.name, ct.id LIMIT ${FACET_LIMIT})
    UNION
    (SELECT 'claimant', ct.id, ct.name FROM "Claimant" ct WHERE ct.id = ${selected.claimant ?? ""} AND ct."workspaceId" = ${ws.id}
      AND ${liveClaimantSql("ct")}
      AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."claimantId" = ct.id AND ${listedClaimSql("c")}))
    UNION
    (SELECT 'document', d.id, d.title FROM "Document" d
      JOIN (SELECT c."documentId" AS id, count(*) AS n FROM "Claim" c
        WHERE c."workspaceId" = ${ws.id} AND ${listedClaimSql("c")} AND c."documentId" IS NOT NULL
        GROUP BY c."documentId") n ON n.id = d.id
      WHERE d."deletedAt" IS NULL
      ORDER BY n.n DESC, d.title, d.id LIMIT ${FACET_LIMIT})
    UNION
    (SELECT 'document', d.id, d.title FROM "Document" d WHERE d.id = ${selected.document ?? ""} AND d."workspaceId" = ${ws.id} AND d."deletedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."documentId" = d.id AND ${listedClaimSql("c")}))
    UNION
    (SELECT 'tag', t, t FROM "Claim" c CROSS JOIN unnest(c.tags) AS t
      WHERE c."workspaceId" = ${ws.id} AND ${listedClaimSql("c")}
      GROUP BY t ORDER BY count(*) DESC, t LIMIT ${FACET_LIMIT})
    UNION
    (SELECT 'tag', t, t FROM "Claim" c CROSS JOIN unnest(c.tags) AS t
      WHERE c."workspaceId" = ${ws.id} AND ${listedClaimSql("c")} AND t = ${selected.tag ?? ""} LIMIT 1)
    ORDER BY 1, 3, 2`;
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map(({ value, label }) => ({ value, label }));
  return {
    ratings: ws.ratings.map((r) => ({ value: r.id, label: r.label })),
    claimants: of("claimant"),
    documents: of("document"),
    tags: of("tag"),
  };
}
