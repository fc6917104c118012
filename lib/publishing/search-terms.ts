import "server-only";
// The claims of a one-word search ("cocaine"), of one word less others ("cocaine -contra") and of
// either of some words ("cocaine or heroin"), read without ranking every claim that holds a word:
// a word's best from ListedClaimTerm (migrations/20261206400000_listed_claim_terms), a word less
// others newest first, either-or from the words' stored ranks; totals from ListedTermCount and
// indexes. Every other query is ranked by the general part of lib/publishing/search.ts.
import { Prisma } from "@/lib/db";
import { listedClaimSql } from "@/lib/claims/live-sql";

/** A lexeme as tsquery prints it: quoted, its quotes doubled ('it''s'). */
const QUOTED = "'(?:[^']|'')+'";
const ONE_LEXEME = `^${QUOTED}$`;
/** Lexemes joined by AND, some negated: with querytree (which drops the negated ones) one lexeme, one word less others. */
const WORD_LESS_WORDS = `^!?${QUOTED}(?: & !?${QUOTED})*$`;
const NEGATED = `!(${QUOTED})`;
/** Lexemes joined by OR alone: "cocaine or heroin". */
const ANY_OF = `^${QUOTED}(?: \\| ${QUOTED})+$`;
/** A doubled quote or backslash in querytree's output (tsquery's escaping). */
const DOUBLED = "(['\\\\])\\1";

/** A quoted lexeme as tsquery prints it ('it''s'), unquoted (it's). */
const unquoted = (quoted: Prisma.Sql) =>
  Prisma.sql`regexp_replace(substr(${quoted}, 2, length(${quoted}) - 2), ${DOUBLED}, ${"\\1"}, 'g')`;

/**
 * Three columns of search's `q` row, over `t.q`: `lexeme`, the query's one positive lexeme (unquoted)
 * when the query is one word or one word less others, else null; for one word less others,
 * `violators`: the query the claims holding the word and one of the others match; and for either
 * of some words, `anyOf`: the words' lexemes.
 */
export function termColumns(): Prisma.Sql {
  const shaped = Prisma.sql`querytree(t.q) ~ ${ONE_LEXEME} AND t.q::text ~ ${WORD_LESS_WORDS}`;
  return Prisma.sql`CASE WHEN ${shaped}
      THEN ${unquoted(Prisma.sql`querytree(t.q)`)} END AS lexeme,
    CASE WHEN numnode(t.q) > 1 AND ${shaped}
      THEN querytree(t.q)::tsquery && (SELECT string_agg(m[1], ' | ') FROM regexp_matches(t.q::text, ${NEGATED}, 'g') AS m)::tsquery
    END AS violators,
    CASE WHEN t.q::text ~ ${ANY_OF}
      THEN ARRAY(SELECT DISTINCT ${unquoted(Prisma.sql`m[1]`)}
        FROM regexp_matches(t.q::text, ${`(${QUOTED})`}, 'g') AS m)
    END AS "anyOf"`;
}

export const termColumnsNull = Prisma.sql`NULL::text AS lexeme, NULL::tsquery AS violators, NULL::text[] AS "anyOf"`;

/** True when the query is read by term: the general part's guard. */
export const termQuery = Prisma.sql`(SELECT q.lexeme IS NOT NULL OR q."anyOf" IS NOT NULL FROM q)`;

/**
 * For either of some words: each claim holding one, with the sum of its stored ranks for them.
 * ts_rank of 'a' | 'b' is the mean of the words' one-word ranks (each rounded to a real here, so
 * the sum is within a few parts in 10⁸ of it): the sum picks the best, ts_rank then ranks them.
 */
export function termCtes(workspaceId: string): Prisma.Sql {
  return Prisma.sql`"anyOf" AS MATERIALIZED (SELECT t."claimId", max(t."publishedAt") AS at, sum(t.rank::float8) AS score
      FROM "ListedClaimTerm" t WHERE t."workspaceId" = ${workspaceId} AND t.lexeme = ANY((SELECT q."anyOf" FROM q)::text[])
      GROUP BY t."claimId"),`;
}

const termLexeme = Prisma.sql`(SELECT q.lexeme FROM q)`;
const violators = Prisma.sql`(SELECT q.violators FROM q)`;

/**
 * The claims parts read by term, `take` of them at most (a page and those before it), in search's
 * order. A word: by its stored rank. A word less others: by date, since each of these matches
 * ranks the same (ts_rank scores the pairs of query words a claim holds together, and these hold
 * one; the tests compare with ranking every match): the listed claims newest first, matched as
 * they come when the word is common (sorting a common word's 78,000 claims at 1M took 38 ms).
 */
export function termParts(workspaceId: string, tsq: Prisma.Sql, take: number): Prisma.Sql[] {
  return [
    Prisma.sql`SELECT 'claim' AS kind, t."claimId" AS id, t.rank, t."publishedAt" AS at, false AS newest, true AS term
      FROM (SELECT t."claimId", t.rank, t."publishedAt" FROM "ListedClaimTerm" t
        WHERE t."workspaceId" = ${workspaceId} AND t.lexeme = ${termLexeme} AND ${violators} IS NULL
        ORDER BY t.rank DESC, t."publishedAt" DESC NULLS LAST, t."claimId" LIMIT ${take}) t`,
    Prisma.sql`SELECT 'claim', c.id, ts_rank(l.search, q.q), c."publishedAt", false, true
      FROM (SELECT c.id, c."publishedAt" FROM "Claim" c
        WHERE c."workspaceId" = ${workspaceId} AND ${listedClaimSql("c")} AND c."publishedAt" IS NOT NULL
          AND ${violators} IS NOT NULL AND c.search @@ ${tsq}
        ORDER BY c."publishedAt" DESC, c.id LIMIT ${take}) c
      JOIN "ListedClaimSearch" l ON l.id = c.id CROSS JOIN q`,
    // Either of some words: ranked by ts_rank, those whose summed ranks come within a margin far
    // wider than the rounding of the best `take` (so none of the best `take` can be left out).
    Prisma.sql`SELECT 'claim', a."claimId", ts_rank(l.search, q.q), a.at, false, true
      FROM "anyOf" a JOIN "ListedClaimSearch" l ON l.id = a."claimId" CROSS JOIN q
      WHERE a.score >= (SELECT min(b.score) FROM (SELECT score FROM "anyOf" ORDER BY score DESC LIMIT ${take}) b) * (1 - 1e-5)`,
  ];
}

/**
 * Added to a count of the hits: the term parts' claims counted whole (the word's, kept in
 * ListedTermCount by the terms' trigger, less those holding another word too; or those holding
 * any of the words) instead of as read.
 */
export function termTotal(workspaceId: string): Prisma.Sql {
  return Prisma.sql` - count(*) FILTER (WHERE term) OVER ()
    + (SELECT coalesce(sum(c.n), 0) FROM "ListedTermCount" c WHERE c."workspaceId" = ${workspaceId} AND c.lexeme = ${termLexeme})
    - (SELECT count(*) FROM "ListedClaimSearch" v WHERE v."workspaceId" = ${workspaceId} AND v.search @@ ${violators})
    + (SELECT count(*) FROM "anyOf")`;
}
