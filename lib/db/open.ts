import "server-only";
// One PrismaClient over the adapter DATABASE_URL names, plus raw SQL access for migrations
// and bulk work. Callers own the returned handle and close it.
// Each database's driver and adapter load only when that database is opened: a CLI call on
// PostgreSQL never loads the WASM database, and one on PGlite never loads pg (bin/corroborate.mjs).
import { PrismaClient } from "./generated/client";
import { parseDatabaseUrl, type DatabaseTarget } from "./url";
import { log } from "@/lib/platform/log";
import { withPgConventions } from "./pglite-adapter";
import { pgliteThrough, readRowsThrough } from "./rows";

export type Db = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** Runs SQL that may hold several statements (migrations). */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openDatabase(url: string | undefined = process.env.DATABASE_URL): Promise<Database> {
  const target = parseDatabaseUrl(url);
  if (target.kind === "postgres") {
    const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
    const pool = new pg.Pool({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
    // An idle connection the server closes (restart, failover, DROP DATABASE … FORCE) emits
    // 'error' on the pool; unhandled, that would crash the process. The pool replaces it.
    pool.on("error", (err) => log.warn({ err }, "database: idle connection lost"));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    readRowsThrough(prisma, pool, pg.types);
    return {
      prisma,
      target,
      exec: async (sql) => void (await pool.query(sql)),
      query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const [{ openPglite }, { PrismaPGlite }] = await Promise.all([import("./pglite"), import("pglite-prisma-adapter")]);
  const opened = await openPglite(target.kind === "pglite-memory" ? null : target.dir);
  const prisma = new PrismaClient({ adapter: withPgConventions(new PrismaPGlite(opened.client)) });
  pgliteThrough(prisma, opened.client);
  return {
    prisma,
    target,
    exec: async (sql) => void (await opened.client.exec(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await opened.client.query(sql, params)).rows as T[],
    close: async () => {
      await prisma.$disconnect();
      await opened.close();
    },
  };
}
