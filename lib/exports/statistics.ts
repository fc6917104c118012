import "server-only";
// Keyset batches are only cheap when the planner knows a workspace's claims are many: with no
// statistics it takes the (workspaceId, status, updatedAt) index and sorts the whole workspace
// for every batch (measured: 72 ms instead of 1 ms per batch at 100,000 claims, so quadratic).
// PostgreSQL's autovacuum normally keeps statistics fresh; PGlite has no autovacuum, so nothing
// ever analyzes an embedded database. Before a long read, exports apply autovacuum's own rule
// (analyze when more than 50 + 10% of a table's rows changed since the last analyze) to the
// tables they read. ANALYZE changes no data and blocks no reads or writes.
import type { Db } from "@/lib/db";

const TABLES = [
  "Claim",
  "Claimant",
  "Document",
  "DocumentVersion",
  "Source",
  "Citation",
  "Evidence",
  "ClaimRelation",
  "Review",
  "Correction",
  "Comment",
];

// relname is of type `name`, which @prisma/adapter-pg cannot decode (prisma/orm#27403): cast it.
const STALE = `
  SELECT s.relname::text AS relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
  WHERE s.schemaname = current_schema() AND s.relname IN (${TABLES.map((t) => `'${t}'`).join(", ")})
    AND (c.reltuples < 0 OR s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0))`;

/** The export tables whose planner statistics are missing or stale. */
export async function staleTables(db: Db): Promise<string[]> {
  return (await db.$queryRawUnsafe<{ relname: string }[]>(STALE)).map((r) => r.relname);
}

let warned = false;

/** Analyzes the export tables whose statistics are missing or stale; returns their names. */
export async function refreshStaleStatistics(db: Db): Promise<string[]> {
  try {
    const stale = await staleTables(db);
    if (stale.length) await db.$executeRawUnsafe(`ANALYZE ${stale.map((t) => `"${t}"`).join(", ")}`);
    return stale;
  } catch (err) {
    // Only a planning aid: exports still work without it (slower), so say so once and go on.
    if (!warned) console.warn(`exports: could not refresh planner statistics: ${(err as Error).message}`);
    warned = true;
    return [];
  }
}
