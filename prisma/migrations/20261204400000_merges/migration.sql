-- Merges (issue 15): a merged claim, claimant or source points at the record it was merged into
-- (hidden like a deleted one; its public URL redirects). Claimants gain an optional Wikidata item.
ALTER TABLE "Claim" ADD COLUMN "mergedIntoId" TEXT;
ALTER TABLE "Claimant" ADD COLUMN "wikidataId" TEXT,
  ADD COLUMN "mergedIntoId" TEXT;
ALTER TABLE "Source" ADD COLUMN "mergedIntoId" TEXT;

ALTER TABLE "Claim" ADD CONSTRAINT "Claim_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Claimant" ADD CONSTRAINT "Claimant_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Claimant"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Source" ADD CONSTRAINT "Source_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
