-- The trigram index on Claim.text cost every claim write ~100 GIN insertions (one per trigram of
-- the statement), including the many writes that never change the text (submit, review, publish,
-- assignments): a CPU profile of 10 concurrent editors at 100,000 claims put a quarter of
-- PostgreSQL's time in those insertions. The text it indexes is kept in this narrow table instead,
-- written only when a claim is created or its text changes. The index was also never used: the
-- similar-claims query filtered with similarity(), which no index serves (1.1 s at 100,000 claims);
-- it now matches with `%` (lib/claims/similar.ts).
CREATE TABLE "ClaimSimilarText" (
  "claimId" TEXT NOT NULL,
  "workspaceId" TEXT NOT NULL,
  "text" TEXT NOT NULL,
  CONSTRAINT "ClaimSimilarText_pkey" PRIMARY KEY ("claimId"),
  -- A claim's row goes with it (a hard delete, a workspace's cascade).
  CONSTRAINT "ClaimSimilarText_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE
);

INSERT INTO "ClaimSimilarText" ("claimId", "workspaceId", "text") SELECT id, "workspaceId", text FROM "Claim";

-- Similar claims (lib/claims/similar.ts): `text % probe`. No pending list, as for the index it replaces.
CREATE INDEX "ClaimSimilarText_text_trgm_idx" ON "ClaimSimilarText" USING gin ("text" gin_trgm_ops) WITH (fastupdate = off);
DROP INDEX "Claim_text_trgm_idx";

CREATE FUNCTION corroborate_sync_claim_similar_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ClaimSimilarText" AS s ("claimId", "workspaceId", "text") VALUES (NEW.id, NEW."workspaceId", NEW.text)
  ON CONFLICT ("claimId") DO UPDATE SET "workspaceId" = EXCLUDED."workspaceId", "text" = EXCLUDED.text
  -- An UPDATE that sets the text to what it was writes nothing (no dead row, no GIN update).
  WHERE (s."workspaceId", s.text) IS DISTINCT FROM (EXCLUDED."workspaceId", EXCLUDED.text);
  RETURN NULL;
END $$;

-- UPDATE OF: only writes that set the text or the workspace fire it.
CREATE TRIGGER "Claim_sync_similar_text" AFTER INSERT OR UPDATE OF text, "workspaceId" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION corroborate_sync_claim_similar_text();
