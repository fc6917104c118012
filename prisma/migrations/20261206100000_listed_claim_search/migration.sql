-- Public search ranks every matching claim (lib/publishing/search.ts). Read from the wide Claim
-- table (1.6 KB a row, its tsvector often toasted) that cost ~50 ms for a common word at 100,000
-- claims even when only the newest 2,000 matches were ranked; from this narrow copy of the listed
-- claims' search vectors (published, not deleted, not merged: listedClaimSql) it ranks all ~6,000
-- in ~12 ms. A trigger on Claim keeps it, so every path that publishes, retracts, edits, deletes,
-- restores or merges a claim (and a workspace cascade or a restore) keeps it exact.
CREATE TABLE "ListedClaimSearch" (
  "id" TEXT NOT NULL,
  "workspaceId" TEXT NOT NULL,
  "publishedAt" TIMESTAMP(3),
  "ratingId" TEXT,
  "claimantId" TEXT,
  "documentId" TEXT,
  "tags" TEXT[],
  "search" tsvector NOT NULL,
  CONSTRAINT "ListedClaimSearch_pkey" PRIMARY KEY ("id")
);

-- Public search: websearch_to_tsquery matches over a workspace's listed claims. No pending list,
-- as for Claim_search_idx (migrations/20261205700000_claim_gin_no_pending_list).
CREATE INDEX "ListedClaimSearch_search_idx" ON "ListedClaimSearch" USING gin ("search") WITH (fastupdate = off);

CREATE FUNCTION corroborate_sync_listed_claim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' AND NEW.status = 'published' AND NEW."deletedAt" IS NULL AND NEW."mergedIntoId" IS NULL
     AND NEW.search IS NOT NULL THEN
    INSERT INTO "ListedClaimSearch" AS l ("id", "workspaceId", "publishedAt", "ratingId", "claimantId", "documentId", "tags", "search")
    VALUES (NEW.id, NEW."workspaceId", NEW."publishedAt", NEW."ratingId", NEW."claimantId", NEW."documentId", NEW.tags, NEW.search)
    ON CONFLICT ("id") DO UPDATE SET "workspaceId" = EXCLUDED."workspaceId", "publishedAt" = EXCLUDED."publishedAt",
      "ratingId" = EXCLUDED."ratingId", "claimantId" = EXCLUDED."claimantId", "documentId" = EXCLUDED."documentId",
      "tags" = EXCLUDED.tags, "search" = EXCLUDED.search
    -- An edit that changes none of these writes nothing (no dead row, no GIN update).
    WHERE (l."workspaceId", l."publishedAt", l."ratingId", l."claimantId", l."documentId", l.tags, l.search)
      IS DISTINCT FROM (EXCLUDED."workspaceId", EXCLUDED."publishedAt", EXCLUDED."ratingId", EXCLUDED."claimantId",
        EXCLUDED."documentId", EXCLUDED.tags, EXCLUDED.search);
  ELSIF TG_OP <> 'INSERT' AND OLD.status = 'published' AND OLD."deletedAt" IS NULL AND OLD."mergedIntoId" IS NULL THEN
    DELETE FROM "ListedClaimSearch" WHERE id = OLD.id;
  END IF;
  RETURN NULL;
END $$;

-- UPDATE OF names the columns the copy holds or depends on (search is generated from headline,
-- text, anchorExact and tags), so the many writes that touch none of them (assignments, review
-- fields, due dates) skip the trigger.
CREATE TRIGGER "Claim_sync_listed_search"
  AFTER INSERT OR DELETE OR UPDATE OF "workspaceId", status, "deletedAt", "mergedIntoId", "publishedAt", "ratingId",
    "claimantId", "documentId", tags, headline, text, "anchorExact"
  ON "Claim" FOR EACH ROW EXECUTE FUNCTION corroborate_sync_listed_claim();

INSERT INTO "ListedClaimSearch" ("id", "workspaceId", "publishedAt", "ratingId", "claimantId", "documentId", "tags", "search")
SELECT id, "workspaceId", "publishedAt", "ratingId", "claimantId", "documentId", tags, search FROM "Claim"
WHERE status = 'published' AND "deletedAt" IS NULL AND "mergedIntoId" IS NULL AND search IS NOT NULL;
