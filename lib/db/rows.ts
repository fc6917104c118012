import "server-only";
// Bulk reads (exports) take their rows straight from the `pg` pool when the client has one: Prisma's
// $queryRaw turns each row of the driver's result into an object a second time, a quarter of the
// 100k-claim exports' time and much of the garbage that set their peak memory. The values come
// back as $queryRaw returns them (checked by tests/integration/db/rows.test.ts): `timestamp`
// columns, which PostgreSQL stores without a zone and Prisma writes in UTC, become the same Date
// whatever the process's TZ; bigint stays BigInt. A transaction's client keeps $queryRaw (its
// statements must run on its connection), and so does PGlite, whose exports meet their goals
// through it (a direct path there would need PGlite's own parsers).
import crypto from "node:crypto";
import type pg from "pg";
import type { ParserOptions, PGlite } from "@electric-sql/pglite";
import type { Prisma, PrismaClient } from "./generated/client";
import { processShared } from "@/lib/platform/process-shared";
import { sqlLiteral } from "./literal";

/** The pool under a PrismaClient on PostgreSQL, with the parsers that read as $queryRaw does. */
export interface DirectPool {
  pool: pg.Pool;
  types: pg.CustomTypesConfig;
}
// Per process, not per module copy: Next bundles the route handlers and the server that opened the
// database (bin/serve.ts) as separate copies of this module (lib/platform/process-shared.ts).
const pools = processShared("db.pools", () => new WeakMap<object, DirectPool>());

const TIMESTAMP = 1114;
const DATE = 1082;
const INT8 = 20;

/** "2026-12-02 10:00:00.123" (UTC by Prisma's convention) as that instant. */
const utcTimestamp = (v: string) => new Date(`${v.replace(" ", "T")}Z`);

/** Registers `pool` as the way to reach the database under `prisma` (lib/db/open.ts, PostgreSQL only). */
export function readRowsThrough(prisma: PrismaClient, pool: pg.Pool, types: typeof pg.types): void {
  const parsers: pg.CustomTypesConfig = {
    getTypeParser: ((oid: number, format?: "text" | "binary") => {
      if (oid === TIMESTAMP) return utcTimestamp;
      if (oid === DATE) return (v: string) => new Date(`${v}T00:00:00Z`);
      if (oid === INT8) return BigInt;
      return types.getTypeParser(oid, format);
    }) as pg.CustomTypesConfig["getTypeParser"],
  };
  pools.set(prisma, { pool, types: parsers });
}

/** The pool `db` was opened on (PostgreSQL), or undefined (PGlite, a transaction's client). */
export const directPool = (db: object): DirectPool | undefined => pools.get(db);

/** The embedded database under a PrismaClient, with parsers that read as $queryRaw does. */
export interface DirectPglite {
  client: PGlite;
  parsers: ParserOptions;
  /** The statements PREPAREd on this database, or being PREPAREd (pgliteRows), by name. */
  prepared: Map<string, "ready" | "preparing">;
}
const pglites = processShared("db.pglites", () => new WeakMap<object, DirectPglite>());

/** Registers the PGlite `client` under `prisma` (lib/db/open.ts). */
export function pgliteThrough(prisma: PrismaClient, client: PGlite): void {
  pglites.set(prisma, {
    client,
    parsers: {
      [TIMESTAMP]: utcTimestamp,
      [DATE]: (v: string) => new Date(`${v}T00:00:00Z`),
      [INT8]: (v: string) => BigInt(v),
    },
    prepared: new Map(),
  });
}

/** The PGlite `db` was opened on, or undefined (PostgreSQL, a transaction's client). */
export const directPglite = (db: object): DirectPglite | undefined => pglites.get(db);

/**
 * A statement's values as pg must send them. A Date goes as its UTC ISO text: pg would send local
 * time with an offset, which a `timestamp` column drops. BigInt goes as its digits.
 */
export const pgValues = (values: unknown[]) =>
  values.map((v) => (v instanceof Date ? v.toISOString() : typeof v === "bigint" ? v.toString() : v));

const names = new Map<string, string>();
/** The name a statement is prepared under on a connection: one per text, so the plan is reused.
 * Remembered per text (hashing every statement was ~4% of a write's CPU); the texts are the code's
 * own few hundred shapes, and the map starts over should it ever grow past that. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= 2000) names.clear();
    name = `w${crypto.createHash("sha1").update(text).digest("base64url")}`;
    names.set(text, name);
  }
  return name;
}

/**
 * The rows of `s` on PGlite (`on`: the database, or a transaction of it), as a prepared statement:
 * PGlite parses and plans every query afresh (a claim's SELECT cost its one thread 1.2–1.5 ms that
 * way, 0.65–0.75 ms prepared; an UPDATE of a claim 2.4 against 1.55, measured at 100k claims).
 * PREPAREd once a database, then EXECUTEd with its values as literals (EXECUTE takes no protocol
 * parameters; lib/db/literal.ts). A PREPARE that succeeded stays, whatever becomes of the
 * transaction it ran in. While another caller's PREPARE of the same text is under way the
 * statement runs unprepared: waiting for it could wait on a transaction that waits on this one.
 */
export async function pgliteRows<T>(
  direct: DirectPglite,
  on: Pick<PGlite, "query" | "exec">,
  s: Prisma.Sql,
): Promise<T[]> {
  const name = statementName(s.text);
  const state = direct.prepared.get(name);
  if (state === "preparing") return (await on.query<T>(s.text, pgValues(s.values), { parsers: direct.parsers })).rows;
  if (state === undefined) {
    direct.prepared.set(name, "preparing");
    try {
      await on.exec(`PREPARE "${name}" AS ${s.text}`);
      direct.prepared.set(name, "ready");
    } catch (err) {
      direct.prepared.delete(name);
      throw err;
    }
  }
  const args = s.values.length ? `(${pgValues(s.values).map(sqlLiteral).join(", ")})` : "";
  return (await on.query<T>(`EXECUTE "${name}"${args}`, [], { parsers: direct.parsers })).rows;
}

/**
 * The rows of `sql`, as `db.$queryRaw` returns them. `prepared`: a statement of a few fixed shapes
 * run on every request, prepared once a connection and its plan reused (each distinct text stays
 * prepared on every connection of the pool, so never for SQL whose text varies with its input).
 */
export async function readRows<T>(
  db: Prisma.TransactionClient,
  sql: Prisma.Sql,
  opts: { prepared?: boolean } = {},
): Promise<T[]> {
  const direct = pools.get(db);
  if (!direct) {
    const lite = opts.prepared ? pglites.get(db) : undefined;
    return lite ? pgliteRows<T>(lite, lite.client, sql) : db.$queryRaw<T[]>(sql);
  }
  const name = opts.prepared ? statementName(sql.text) : undefined;
  return (await direct.pool.query({ name, text: sql.text, values: pgValues(sql.values), types: direct.types }))
    .rows as T[];
}
