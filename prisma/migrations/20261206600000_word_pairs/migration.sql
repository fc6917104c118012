-- A phrase ("actors actors", 'actor' <-> 'actor') is found by the GIN index of words, which knows
-- which words a vector holds but not where: every claim or document holding both words was read
-- and checked (2,547 claims for 3 matches, 24 ms at 100,000 claims; 3,902 documents for 94 at
-- 1,000,000, 130 ms). These indexes hold each vector's adjacent word pairs, hashed to a few bits
-- (an int4[] GIN index stays a fraction of the size of one keyed by the pairs' text: 10 MB against
-- 34 MB for the claims at 100,000), so a phrase's pairs find its candidates, and the few that share
-- a pair's hash but not the pair are dropped by the existing check of the vector.

-- The adjacent pairs (position p and p + 1) of a vector's lexemes, each hashed to `bits` bits. Read
-- from the vector's own positions, so a phrase matches only where its pairs are (tsvector keeps 256
-- positions a lexeme and none past 16,383: the phrase check sees the same).
CREATE FUNCTION corroborate_word_pairs(v tsvector, bits int) RETURNS int4[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT hashtext(a.lexeme || ' ' || b.lexeme) & ((1 << bits) - 1)), '{}')
  FROM (SELECT t.lexeme, p FROM unnest(v) AS t, unnest(t.positions) AS p) a
  JOIN (SELECT t.lexeme, p FROM unnest(v) AS t, unnest(t.positions) AS p) b ON b.p = a.p + 1
$$;

-- The hashed pairs a query's matches must all hold: each 'a' <-> 'b' in it. Only for a query of
-- lexemes and phrases joined by AND: under OR or NOT a phrase's pairs are not needed to match, and
-- those queries get '{}' (no pairs: the caller uses the words alone). Tokens of the query's text:
-- a quoted lexeme ('it''s', its quotes and backslashes doubled) or anything up to a space.
-- PL/pgSQL keeps its statement's plan for the session, where an SQL function is planned again at
-- every call: search calls this while planning each query.
CREATE FUNCTION corroborate_phrase_pairs(q tsquery, bits int) RETURNS int4[]
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
  IF strpos(q::text, '<->') = 0 OR q::text ~ '[!|(]' THEN
    RETURN '{}';
  END IF;
  RETURN (SELECT coalesce(array_agg(DISTINCT hashtext(t.a || ' ' || t.b) & ((1 << bits) - 1)), '{}')
    FROM (
      SELECT lag(s.lexeme, 2) OVER w AS a, lag(s.token, 1) OVER w AS op, s.lexeme AS b
      FROM (
        SELECT m.n, m.token[1] AS token, CASE WHEN left(m.token[1], 1) = ''''
          THEN regexp_replace(substr(m.token[1], 2, length(m.token[1]) - 2), '([''\\])\1', '\1', 'g') END AS lexeme
        FROM regexp_matches(q::text, '''(?:[^'']|'''')+''|[^ ]+', 'g') WITH ORDINALITY AS m(token, n)
      ) s
      WINDOW w AS (ORDER BY s.n)
    ) t
    WHERE t.op = '<->' AND t.a IS NOT NULL AND t.b IS NOT NULL);
END $$;

-- Claims: 16 bits (a claim holds ~20 pairs, so one in ~3,000 shares a given hash).
CREATE INDEX "ListedClaimSearch_pairs_idx" ON "ListedClaimSearch"
  USING gin (corroborate_word_pairs(search, 16)) WITH (fastupdate = off);
-- Documents: 20 bits (a document holds thousands of pairs). ANALYZE would compute the pairs of
-- every sampled document (~15 ms each) for statistics nothing uses: the index is only read by
-- corroborate_matching_versions below, with sequential scans off.
CREATE INDEX "DocumentVersion_pairs_idx" ON "DocumentVersion"
  USING gin (corroborate_word_pairs(search, 20)) WITH (fastupdate = off);
ALTER INDEX "DocumentVersion_pairs_idx" ALTER COLUMN 1 SET STATISTICS 0;

-- The versions a query may match: with phrase pairs, those holding them (the caller checks the
-- phrase); else those matching the words (exact for a query without a phrase). A one-time filter
-- picks the branch, so each is planned with its own index.
DROP FUNCTION corroborate_matching_versions(tsquery);
CREATE FUNCTION corroborate_matching_versions(q tsquery, pairs int4[]) RETURNS SETOF TEXT
  LANGUAGE sql STABLE PARALLEL SAFE ROWS 100 SET enable_seqscan = off AS $$
  SELECT v.id FROM "DocumentVersion" v WHERE cardinality(pairs) = 0 AND v.search @@ q
  UNION ALL
  SELECT v.id FROM "DocumentVersion" v WHERE cardinality(pairs) > 0 AND corroborate_word_pairs(v.search, 20) @> pairs
$$;
