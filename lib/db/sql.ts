import "server-only";
// Writes on the hot path (the review cycle) run as SQL in a transaction of their own, straight on
// the driver: on PostgreSQL one connection of the pg pool, on PGlite its own transaction. A
// statement costs the server ~0.1 ms of CPU that way against ~0.6 ms through Prisma 6.19's query
// compiler (docs/ARCHITECTURE.md, Writes). A helper called by a writer that already holds a
// Prisma transaction runs its statements through that transaction's $queryRaw (sqlOf). Either way
// the rows come back as $queryRaw returns them (lib/db/rows.ts).
import { Prisma, type PrismaClient } from "./generated/client";
import {
  directPglite,
  directPool,
  pgliteRows,
  pgValues,
  statementName,
  type DirectPglite,
  type DirectPool,
} from "./rows";
import { newId } from "./ids";
import { AppError } from "@/lib/errors";

/** Runs statements on one transaction (or connection) and returns their rows. */
export interface Sql {
  rows<T>(statement: Prisma.Sql): Promise<T[]>;
}

/** What a writer that takes SQL accepts: an Sql, or the Prisma transaction its caller holds. */
export type SqlExecutor = Sql | Prisma.TransactionClient;

export function sqlOf(x: SqlExecutor): Sql {
  if ("rows" in x && typeof x.rows === "function") return x;
  const tx = x as Prisma.TransactionClient;
  return {
    rows: <T>(s: Prisma.Sql) =>
      tx.$queryRaw<T[]>(s).catch((err: unknown) => {
        throw asConflict(err);
      }),
  };
}

/**
 * A unique index refusing a row, the API's 409: SQLSTATE 23505 as pg and PGlite report it, or
 * Prisma's $queryRaw wrapping it (P2010 with the driver's error).
 */
function uniqueViolation(err: unknown): boolean {
  type Cause = { code?: unknown; originalCode?: unknown };
  const e = err as { code?: unknown; meta?: { driverAdapterError?: { cause?: Cause } } } | null;
  if (e?.code === "23505") return true;
  // adapter-pg names the SQLSTATE originalCode, pglite-prisma-adapter code.
  const cause = e?.code === "P2010" ? e.meta?.driverAdapterError?.cause : undefined;
  return cause?.code === "23505" || cause?.originalCode === "23505";
}
const asConflict = (err: unknown) =>
  uniqueViolation(err) ? new AppError("conflict", "a record with these values already exists") : err;

/** One statement at a time, whatever the writer awaits together (pg queues a second query on a
 * busy client only until pg 9, and says so). */
function serially(run: (s: Prisma.Sql) => Promise<unknown[]>): Sql & { settled(): Promise<unknown> } {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    rows: <R>(s: Prisma.Sql) => {
      const next = tail.then(() => run(s));
      tail = next.catch(() => undefined);
      return next as Promise<R[]>;
    },
    settled: () => tail,
  };
}

async function onPool<T>(direct: DirectPool, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await direct.pool.connect();
  let broken = false;
  const sql = serially(
    async (s) =>
      (
        await client.query({
          name: statementName(s.text),
          text: s.text,
          values: pgValues(s.values),
          types: direct.types,
        })
      ).rows,
  );
  try {
    await client.query("BEGIN");
    const result = await fn(sql);
    await sql.settled();
    // COMMIT of a transaction a failed statement aborted rolls back and says so only in its tag
    // (PGlite's transaction throws for the same).
    if ((await client.query("COMMIT")).command === "ROLLBACK") throw new Error("the transaction was rolled back");
    return result;
  } catch (err) {
    // A connection that cannot even roll back is not given back to the pool.
    await client.query("ROLLBACK").catch(() => (broken = true));
    throw err;
  } finally {
    client.release(broken);
  }
}

/** PGlite's transaction (its own lock keeps Prisma's statements out until it ends). */
async function onPglite<T>(direct: DirectPglite, fn: (sql: Sql) => Promise<T>): Promise<T> {
  return direct.client.transaction(async (tx) => {
    const sql = serially((s) => pgliteRows(direct, tx, s));
    const result = await fn(sql);
    await sql.settled();
    return result;
  });
}

/** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
export async function sqlTransaction<T>(db: PrismaClient, fn: (sql: Sql) => Promise<T>): Promise<T> {
  try {
    const pool = directPool(db);
    if (pool) return await onPool(pool, fn);
    const lite = directPglite(db);
    if (lite) return await onPglite(lite, fn);
    throw new Error("sqlTransaction needs a database opened by openDatabase (lib/db/open.ts)");
  } catch (err) {
    throw asConflict(err);
  }
}

/** A JSON value as a statement's parameter, cast to jsonb (pg would send an array as a SQL array). */
export const sqlJson = (v: unknown): Prisma.Sql =>
  v === undefined || v === null ? Prisma.sql`NULL::jsonb` : Prisma.sql`${JSON.stringify(v)}::jsonb`;

const ident = (name: string) => {
  // Table and column names come from code, never from input; the check keeps it that way.
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return `"${name}"`;
};

/**
 * `INSERT INTO "table" (…) VALUES (…), …` for rows with the same columns; a row without an id gets a
 * new cuid (Prisma's @default(cuid())). Columns left out take the table's defaults. Append
 * RETURNING or ON CONFLICT as the caller needs.
 */
export function insertSql(table: string, rows: Record<string, unknown>[]): Prisma.Sql {
  const withIds = rows.map((r) => ("id" in r ? r : { id: newId(), ...r }));
  const columns = Object.keys(withIds[0]).filter((k) => withIds[0][k] !== undefined);
  const values = withIds.map((r) => Prisma.sql`(${Prisma.join(columns.map((c) => r[c] ?? null))})`);
  return Prisma.sql`INSERT INTO ${Prisma.raw(ident(table))} (${Prisma.raw(columns.map(ident).join(", "))}) VALUES ${Prisma.join(values)}`;
}
