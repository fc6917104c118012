-- Public search by one word (the most common kind) ranked every claim holding it: a word in half
-- the claims cost ~50 ms at 100,000 claims and ~480 ms at 1,000,000, linear in its matches. For a
-- one-lexeme query ts_rank depends on that lexeme's positions and weights alone, so it is stored
-- per (claim, lexeme) when the claim is listed, and the best matches are the first entries of an
-- index: 20 rows read whatever the word's frequency, and the total an index-only count.
-- Kept by a trigger on ListedClaimSearch, itself kept by the trigger on Claim, so every path that
-- lists, edits or unlists a claim keeps the terms exact.
CREATE TABLE "ListedClaimTerm" (
  "claimId" TEXT NOT NULL,
  "workspaceId" TEXT NOT NULL,
  "lexeme" TEXT NOT NULL,
  -- ts_rank(search, the lexeme as a one-term query): what public search ranks that word by.
  "rank" REAL NOT NULL,
  "publishedAt" TIMESTAMP(3)
);

-- One lexeme as a tsquery literal: quoted, its quotes and backslashes doubled (tsquery's syntax).
CREATE FUNCTION corroborate_lexeme_query(lexeme TEXT) RETURNS tsquery LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery
$$;

-- Existing listed claims first, then the indexes over them (built once, not row by row).
INSERT INTO "ListedClaimTerm" ("claimId", "workspaceId", "lexeme", "rank", "publishedAt")
SELECT l.id, l."workspaceId", t.lexeme, ts_rank(l.search, corroborate_lexeme_query(t.lexeme)), l."publishedAt"
FROM "ListedClaimSearch" l CROSS JOIN LATERAL unnest(l.search) AS t;

-- Public search by one word: a workspace's claims holding it, best first, in search's own order
-- (rank, then newest, then id), and their count from the same entries.
CREATE INDEX "ListedClaimTerm_best_idx" ON "ListedClaimTerm"
  ("workspaceId", "lexeme", "rank" DESC, "publishedAt" DESC NULLS LAST, "claimId");
-- The trigger's delete of a claim's terms (btree deduplication keeps it a fraction of the table).
CREATE INDEX "ListedClaimTerm_claimId_idx" ON "ListedClaimTerm" ("claimId");

CREATE FUNCTION corroborate_sync_listed_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM "ListedClaimTerm" WHERE "claimId" = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "ListedClaimTerm" ("claimId", "workspaceId", "lexeme", "rank", "publishedAt")
    SELECT NEW.id, NEW."workspaceId", t.lexeme, ts_rank(NEW.search, corroborate_lexeme_query(t.lexeme)), NEW."publishedAt"
    FROM unnest(NEW.search) AS t;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ListedClaimSearch_sync_terms"
  AFTER INSERT OR DELETE ON "ListedClaimSearch" FOR EACH ROW EXECUTE FUNCTION corroborate_sync_listed_terms();
-- The copy's upsert sets every column, so UPDATE OF would fire on a change of rating alone: the
-- terms are rewritten only when what they hold (workspace, date, vector) changed.
CREATE TRIGGER "ListedClaimSearch_sync_terms_update"
  AFTER UPDATE ON "ListedClaimSearch" FOR EACH ROW
  WHEN (OLD."workspaceId" IS DISTINCT FROM NEW."workspaceId" OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt"
    OR OLD.search IS DISTINCT FROM NEW.search)
  EXECUTE FUNCTION corroborate_sync_listed_terms();
