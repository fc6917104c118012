import "server-only";
// Applies prisma/migrations in order through the open connection, so one code path serves
// the embedded file database, in-memory test databases and PostgreSQL. Rows go into Prisma's
// own `_prisma_migrations` table, so `prisma migrate status` agrees with what ran here.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "./open";

const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

const LEDGER = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** The migration folders' names, in the order they run. */
export function migrationNames(dir = MIGRATIONS_DIR): string[] {
  // Read at run time from the working directory (the image ships prisma/); nothing to trace at build.
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

const readMigration = (dir: string, name: string) =>
  fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string }[] {
  return migrationNames(dir).map((name) => ({ name, sql: readMigration(dir, name) }));
}

// Any fixed 64-bit key: every Corroborate process migrating one PostgreSQL database takes this one.
const MIGRATION_LOCK_KEY = "7305386145623105837";

/**
 * Runs `fn` while holding the migration lock. On PostgreSQL that is a session advisory lock on a
 * connection of its own (instances starting together take turns; a crashed holder's lock ends
 * with its connection). PGlite needs none: a data directory has one process (lib/db/pglite.ts).
 */
export async function withMigrationLock<T>(database: Database, fn: () => Promise<T>): Promise<T> {
  if (database.target.kind !== "postgres") return fn();
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: database.target.url });
  client.on("error", () => undefined); // a dropped lock connection surfaces in the next query
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    return await fn();
  } finally {
    await client.end().catch(() => undefined); // ending the session releases the lock
  }
}

/** Names of the finished migrations; empty when the ledger does not exist yet. */
async function appliedNames(database: Database): Promise<Set<string>> {
  const [{ ledger }] = await database.query<{ ledger: string | null }>(
    `SELECT to_regclass('"_prisma_migrations"')::text AS ledger`,
  );
  if (!ledger) return new Set();
  const rows = await database.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Set(rows.map((r) => r.migration_name));
}

/**
 * Returns the names of the migrations it applied. A current schema (every folder's name in the
 * ledger) is the common case, on every CLI call: two reads and no lock, no DDL, no SQL file read.
 * Anything pending takes the lock and looks again (another process may have just applied it).
 */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const done = await appliedNames(database);
  if (migrationNames(dir).every((name) => done.has(name))) return [];
  return withMigrationLock(database, () => applyMigrations(database, dir));
}

/** Applies pending migrations; callers hold the migration lock (see `migrate`). */
export async function applyMigrations(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  await database.exec(LEDGER);
  const done = new Set(
    (
      await database.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
    ).map((r) => r.migration_name),
  );
  const applied: string[] = [];
  for (const name of migrationNames(dir)) {
    if (done.has(name)) continue;
    const m = { name, sql: readMigration(dir, name) };
    const checksum = crypto.createHash("sha256").update(m.sql).digest("hex");
    const id = crypto.randomUUID();
    // The migration and its ledger row commit together or not at all.
    await database
      .exec(
        `BEGIN;\n${m.sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
       VALUES ('${id}', '${checksum}', now(), '${m.name.replace(/'/g, "''")}', 1);\nCOMMIT;`,
      )
      .catch(async (err) => {
        await database.exec("ROLLBACK").catch(() => undefined);
        throw new Error(`migration ${m.name} failed: ${(err as Error).message}`);
      });
    applied.push(m.name);
  }
  return applied;
}

/** Drops everything (the public schema) so migrations can start again. */
export async function resetSchema(database: Database): Promise<void> {
  await database.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
}
