// readRows (lib/db/rows.ts) reads export rows straight from the pg pool on PostgreSQL: each value
// must come back exactly as Prisma's $queryRaw gives it, in any time zone the process runs in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, readRows } from "@/lib/db";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";

const SQL = Prisma.sql`
  SELECT ${"a"}::text AS s, TIMESTAMP '2026-03-08 02:30:00.123' AS ts, DATE '2026-03-08' AS d,
    9007199254740993::bigint AS big, 42::int AS n, 0.25::float8 AS f, true AS b,
    '{"x":[1,"y"]}'::jsonb AS j, ARRAY['p', 'q,r']::text[] AS tags, NULL::timestamp(3) AS none,
    'quote'::"ExcerptKind" AS kind`;

describe.each(DB_TARGETS)("readRows on $name", (target) => {
  let db: TestDatabase;
  const zone = process.env.TZ;
  beforeAll(async () => {
    db = await createTestDatabase(target);
  });
  afterAll(async () => {
    process.env.TZ = zone;
    await db.drop();
  });

  // New York springs forward at 02:00 on 2026-03-08: 02:30 does not exist there, so a timestamp
  // read as local time would come back shifted, not as the UTC instant Prisma stores.
  it.each(["UTC", "America/New_York", "Asia/Kolkata"])("returns what $queryRaw returns with TZ=%s", async (tz) => {
    process.env.TZ = tz;
    const [viaPrisma] = await db.prisma.$queryRaw<Record<string, unknown>[]>(SQL);
    const [direct] = await readRows<Record<string, unknown>>(db.prisma, SQL);
    expect(direct).toEqual(viaPrisma);
    expect((direct.ts as Date).toISOString()).toBe("2026-03-08T02:30:00.123Z");
    expect((direct.d as Date).toISOString()).toBe("2026-03-08T00:00:00.000Z");
    expect(direct.big).toBe(9007199254740993n);
    expect(direct.tags).toEqual(["p", "q,r"]);
    expect(direct.none).toBeNull();
  });

  it("reads inside a transaction through that transaction", async () => {
    const seen = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`CREATE TEMP TABLE only_here (v int) ON COMMIT DROP`;
      await tx.$executeRaw`INSERT INTO only_here VALUES (7)`;
      return readRows<{ v: number }>(tx, Prisma.sql`SELECT v FROM only_here`);
    });
    expect(seen).toEqual([{ v: 7 }]);
  });
});
