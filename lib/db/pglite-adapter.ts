// Two places where pglite-prisma-adapter (0.6) differs from @prisma/adapter-pg, mended on every
// query of the adapter and its transactions:
// - Bytes arguments arrive as the base64 strings Prisma hands over, which PGlite's bytea serializer
//   refuses ("Invalid input for bytea type"); adapter-pg decodes them.
// - A timestamp comes back as "2026-03-08 02:30:00.123" with no offset. Model queries read it as
//   UTC, but $queryRaw makes it `new Date(text)`, which is local time: with TZ=America/New_York
//   every raw read (exports, search, pages) was five hours off. adapter-pg writes "…T02:30:00.123+00:00".
import type { PrismaPGlite } from "pglite-prisma-adapter";

type Query = { sql: string; args: unknown[]; argTypes?: ({ scalarType?: string } | undefined)[] };
type ResultSet = { columnTypes: number[]; rows: unknown[][] };
type Queryable = {
  queryRaw(q: Query): Promise<ResultSet>;
  executeRaw(q: Query): Promise<unknown>;
  startTransaction?(...a: unknown[]): Promise<Queryable>;
};

// @prisma/driver-adapter-utils' ColumnTypeEnum.
const DATE_TIME = 10;
const DATE_TIME_ARRAY = 74;

const decode = (q: Query): Query => ({
  ...q,
  args: q.args.map((a, i) =>
    typeof a === "string" && q.argTypes?.[i]?.scalarType === "bytes" ? Buffer.from(a, "base64") : a,
  ),
});

/** "2026-03-08 02:30:00.123" (PostgreSQL's text, UTC in this database) as adapter-pg writes it. */
const utc = (v: unknown) =>
  typeof v === "string" && !/(?:Z|[+-]\d\d(?::?\d\d)?)$/.test(v.slice(10)) ? `${v.replace(" ", "T")}+00:00` : v;

function withUtcTimestamps(result: ResultSet): ResultSet {
  result.columnTypes.forEach((type, col) => {
    if (type !== DATE_TIME && type !== DATE_TIME_ARRAY) return;
    for (const row of result.rows) {
      const v = row[col];
      row[col] = Array.isArray(v) ? v.map(utc) : utc(v);
    }
  });
  return result;
}

function patch<T extends Queryable>(q: T): T {
  const queryRaw = q.queryRaw.bind(q);
  const executeRaw = q.executeRaw.bind(q);
  q.queryRaw = async (query) => withUtcTimestamps(await queryRaw(decode(query)));
  q.executeRaw = (query) => executeRaw(decode(query));
  if (q.startTransaction) {
    const start = q.startTransaction.bind(q);
    q.startTransaction = async (...a) => patch(await start(...a));
  }
  return q;
}

export function withPgConventions(factory: PrismaPGlite): PrismaPGlite {
  const connect = factory.connect.bind(factory);
  factory.connect = async () =>
    patch((await connect()) as unknown as Queryable) as unknown as Awaited<ReturnType<PrismaPGlite["connect"]>>;
  return factory;
}
