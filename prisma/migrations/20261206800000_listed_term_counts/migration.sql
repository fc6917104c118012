-- The total of a one-word search counted the word's ListedClaimTerm entries: 321,738 index entries
-- for "abc" at 1,000,000 claims, 43 ms of a 65 ms search, and linear in the word's claims. The
-- count is kept instead, per workspace and lexeme, as rows to be summed: each listing adds +1 rows
-- and each unlisting -1 rows (appends only, so concurrent publishes never wait on a shared counter
-- row), and now and then a listing folds its lexemes' rows into one (rows locked by another fold
-- are skipped, never waited for). A word's total is the sum of a few dozen rows.
CREATE TABLE "ListedTermCount" (
  "workspaceId" TEXT NOT NULL,
  "lexeme" TEXT NOT NULL,
  "n" INTEGER NOT NULL
);

INSERT INTO "ListedTermCount" ("workspaceId", "lexeme", "n")
SELECT "workspaceId", lexeme, count(*) FROM "ListedClaimTerm" GROUP BY 1, 2;

-- Public search's total of a one-word query (lib/publishing/search-terms.ts) and the fold below.
CREATE INDEX "ListedTermCount_lexeme_idx" ON "ListedTermCount" ("workspaceId", "lexeme") INCLUDE ("n");

-- Sums a workspace's rows for these lexemes into one row each; rows another fold holds are left
-- for a later one, so no fold waits and every row is summed once.
CREATE FUNCTION corroborate_fold_term_counts(ws TEXT, lexemes TEXT[]) RETURNS void LANGUAGE sql AS $$
  WITH gone AS (
    DELETE FROM "ListedTermCount" c WHERE c.ctid = ANY (ARRAY(
      SELECT k.ctid FROM "ListedTermCount" k WHERE k."workspaceId" = ws AND k.lexeme = ANY (lexemes)
      FOR UPDATE SKIP LOCKED))
    RETURNING c.lexeme, c.n)
  INSERT INTO "ListedTermCount" ("workspaceId", "lexeme", "n")
  SELECT ws, gone.lexeme, sum(gone.n) FROM gone GROUP BY gone.lexeme HAVING sum(gone.n) <> 0
$$;

-- The terms' trigger (migrations/20261206400000_listed_claim_terms) counts what it writes. One
-- listing in 16 folds its lexemes, so a lexeme holds ~16 rows whatever its frequency.
CREATE OR REPLACE FUNCTION corroborate_sync_listed_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    -- Not for a workspace being deleted (its claims go after it): its counts went with it.
    WITH gone AS (DELETE FROM "ListedClaimTerm" WHERE "claimId" = OLD.id RETURNING "workspaceId", lexeme)
    INSERT INTO "ListedTermCount" ("workspaceId", "lexeme", "n") SELECT g."workspaceId", g.lexeme, -1 FROM gone g
    WHERE EXISTS (SELECT 1 FROM "Workspace" w WHERE w.id = g."workspaceId");
  END IF;
  IF TG_OP <> 'DELETE' THEN
    WITH added AS (
      INSERT INTO "ListedClaimTerm" ("claimId", "workspaceId", "lexeme", "rank", "publishedAt")
      SELECT NEW.id, NEW."workspaceId", t.lexeme, ts_rank(NEW.search, corroborate_lexeme_query(t.lexeme)), NEW."publishedAt"
      FROM unnest(NEW.search) AS t
      RETURNING "workspaceId", lexeme)
    INSERT INTO "ListedTermCount" ("workspaceId", "lexeme", "n") SELECT "workspaceId", lexeme, 1 FROM added;
    IF random() < 0.0625 THEN
      PERFORM corroborate_fold_term_counts(NEW."workspaceId", tsvector_to_array(NEW.search));
    END IF;
  END IF;
  RETURN NULL;
END $$;

-- A deleted workspace's counts go with it. Its claims are removed after its row (by the cascade),
-- so no foreign key can hold these rows, and their -1 rows are not written (above).
CREATE FUNCTION corroborate_drop_term_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ListedTermCount" WHERE "workspaceId" = OLD.id;
  RETURN OLD;
END $$;
CREATE TRIGGER "Workspace_drop_term_counts" BEFORE DELETE ON "Workspace"
  FOR EACH ROW EXECUTE FUNCTION corroborate_drop_term_counts();
