-- Public search finds the documents whose published version matches the query. The planner costs
-- @@ like any cheap operator, so once a word is in a third of the documents it scans them all and
-- reads each one's whole vector (~23 KB: 10 ms at 1,000 documents for "action -policing"), where
-- the GIN index answers any query without a phrase exactly and reads none of them (1 ms). Within
-- this function alone sequential scans are off; a phrase is still rechecked against the vectors,
-- and a query of negations alone (which no index can answer) still scans.
CREATE FUNCTION corroborate_matching_versions(q tsquery) RETURNS SETOF TEXT
  LANGUAGE sql STABLE PARALLEL SAFE ROWS 100 SET enable_seqscan = off AS $$
  SELECT v.id FROM "DocumentVersion" v WHERE v.search @@ q
$$;
