-- A public export walks its workspace's public claims by id three times (the parents of evidence,
-- relations and corrections, lib/exports/entities/parents.ts). Through the primary key each batch
-- of 1,000 ids read 1,500 rows of the wide Claim table to test workspace and status (~4 ms a
-- batch alone, 16 ms under the export's own load; a fifth of a 10,000-claim export); over the
-- public claims alone, by workspace and id, each batch is read from the index.
CREATE INDEX "Claim_public_export_idx" ON "Claim" ("workspaceId", id)
  WHERE status IN ('published', 'retracted') AND "deletedAt" IS NULL AND "mergedIntoId" IS NULL;
