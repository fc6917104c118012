-- Public search sorts a word's matching sources by date. At 1,000,000 claims (50,000 sources) the
-- planner chose a parallel sequential scan for a word in ~250 of them: two workers read every
-- source's vector (64 ms of an 82 ms search, most of it starting the workers) where the GIN index
-- finds them in 0.4 ms. A table this size never gains from parallel workers; scans stay serial.
ALTER TABLE "Source" SET (parallel_workers = 0);
