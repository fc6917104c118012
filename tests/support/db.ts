// Real databases for integration tests: in-memory PGlite always, and the machine's PostgreSQL
// when TEST_DATABASE_URL is set (CI sets it). Each test file gets its own fresh database.
import crypto from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";

export interface DbTarget {
  name: "pglite" | "postgres";
}

export const DB_TARGETS: DbTarget[] = [
  { name: "pglite" },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "postgres" as const }] : []),
];

export interface TestDatabase extends Database {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(target: DbTarget): Promise<TestDatabase> {
  if (target.name === "pglite") {
    const database = await openDatabase("pglite:memory");
    await migrate(database);
    return Object.assign(database, { url: "pglite:memory", drop: () => database.close() });
  }
  const base = process.env.TEST_DATABASE_URL!;
  const empty = await createEmptyPostgres();
  const name = new URL(empty.url).pathname.slice(1);
  const database = await openDatabase(empty.url);
  await migrate(database);
  return Object.assign(database, {
    url: empty.url,
    drop: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      // Wait for this database's connections to finish closing before forcing the drop.
      for (let i = 0; i < 50; i++) {
        const { rows } = await a.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [name]);
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  });
}

/** A new, empty PostgreSQL database (no migrations) on TEST_DATABASE_URL's server. */
export async function createEmptyPostgres(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL!;
  const name = `corroborate_t_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
