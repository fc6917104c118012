import "server-only";
// Bulk reads (exports) take their rows straight from the `pg` pool when the client has one: Prisma's
// $queryRaw turns each row of the driver's result into an object a second time, a quarter of the
// 100k-claim exports' time and much of the garbage that set their peak memory. The values come
// back as $queryRaw returns them (checked by tests/integration/db/rows.test.ts): `timestamp`
// columns, which PostgreSQL stores without a zone and Prisma writes in UTC, become the same Date
// whatever the process's TZ; bigint stays BigInt. A transaction's client keeps $queryRaw (its
// statements must run on its connection), and so does PGlite, whose exports meet their goals
// through it (a direct path there would need PGlite's own parsers).
import type pg from "pg";
import type { Prisma, PrismaClient } from "./generated/client";

type Reader = (text: string, values: unknown[]) => Promise<unknown[]>;
const readers = new WeakMap<object, Reader>();

const TIMESTAMP = 1114;
const DATE = 1082;
const INT8 = 20;

/** "2026-12-02 10:00:00.123" (UTC by Prisma's convention) as that instant. */
const utcTimestamp = (v: string) => new Date(`${v.replace(" ", "T")}Z`);

/** Registers `pool` as the way to read rows for `prisma` (lib/db/open.ts, PostgreSQL only). */
export function readRowsThrough(prisma: PrismaClient, pool: pg.Pool, types: typeof pg.types): void {
  const parsers: pg.CustomTypesConfig = {
    getTypeParser: ((oid: number, format?: "text" | "binary") => {
      if (oid === TIMESTAMP) return utcTimestamp;
      if (oid === DATE) return (v: string) => new Date(`${v}T00:00:00Z`);
      if (oid === INT8) return BigInt;
      return types.getTypeParser(oid, format);
    }) as pg.CustomTypesConfig["getTypeParser"],
  };
  readers.set(prisma, async (text, values) => (await pool.query({ text, values, types: parsers })).rows);
}

/** The rows of `sql`, as `db.$queryRaw` returns them. */
export async function readRows<T>(db: Prisma.TransactionClient, sql: Prisma.Sql): Promise<T[]> {
  const read = readers.get(db);
  return read ? ((await read(sql.text, sql.values)) as T[]) : db.$queryRaw<T[]>(sql);
}
