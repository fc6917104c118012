// pglite-prisma-adapter passes Prisma's Bytes arguments on as the base64 strings Prisma hands it,
// which PGlite's bytea serializer refuses ("Invalid input for bytea type"); @prisma/adapter-pg
// decodes them. This does the same for PGlite, on every query of the adapter and its transactions.
import type { PrismaPGlite } from "pglite-prisma-adapter";

type Query = { sql: string; args: unknown[]; argTypes?: ({ scalarType?: string } | undefined)[] };
type Queryable = {
  queryRaw(q: Query): Promise<unknown>;
  executeRaw(q: Query): Promise<unknown>;
  startTransaction?(...a: unknown[]): Promise<Queryable>;
};

const decode = (q: Query): Query => ({
  ...q,
  args: q.args.map((a, i) =>
    typeof a === "string" && q.argTypes?.[i]?.scalarType === "bytes" ? Buffer.from(a, "base64") : a,
  ),
});

function patch<T extends Queryable>(q: T): T {
  const queryRaw = q.queryRaw.bind(q);
  const executeRaw = q.executeRaw.bind(q);
  q.queryRaw = (query) => queryRaw(decode(query));
  q.executeRaw = (query) => executeRaw(decode(query));
  if (q.startTransaction) {
    const start = q.startTransaction.bind(q);
    q.startTransaction = async (...a) => patch(await start(...a));
  }
  return q;
}

export function withBytesArgs(factory: PrismaPGlite): PrismaPGlite {
  const connect = factory.connect.bind(factory);
  factory.connect = async () =>
    patch((await connect()) as unknown as Queryable) as unknown as Awaited<ReturnType<PrismaPGlite["connect"]>>;
  return factory;
}
