-- Similar claims' trigram index takes new entries into a pending list, merged in bulk: inserted one
-- by one (fastupdate off), each created or edited statement cost ~100 GIN insertions, 1.3 ms of
-- PostgreSQL's CPU at 100,000 claims; through the list it costs ~0.5 ms all told, the merge
-- included. The list is kept small (512 kB, ~200 statements) because the similar-claims query scans
-- it, and the write that fills it merges it (tens of ms, once in ~200 text writes); a vacuum, or
-- PostgreSQL's autovacuum, merges it too. Claim's full-text index keeps fastupdate off
-- (migrations/20261205700000): public and desk search read it on every query.
ALTER INDEX "ClaimSimilarText_text_trgm_idx" SET (fastupdate = on, gin_pending_list_limit = 512);
