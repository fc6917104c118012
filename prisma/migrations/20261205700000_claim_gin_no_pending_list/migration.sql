-- Claim writes go straight into the full-text and trigram GIN indexes instead of a pending list.
-- With a pending list every concurrent claim write appends to the same list pages, and the write
-- that fills it (4 MB by default) merges the whole list while its editor waits; public search
-- (lib/publishing/search.ts) and the desk's claim search also scan the unmerged list on every query.
ALTER INDEX "Claim_search_idx" SET (fastupdate = off);
ALTER INDEX "Claim_text_trgm_idx" SET (fastupdate = off);
-- Entries already pending move into the index now rather than at the next vacuum.
SELECT gin_clean_pending_list('"Claim_search_idx"'::regclass);
SELECT gin_clean_pending_list('"Claim_text_trgm_idx"'::regclass);
