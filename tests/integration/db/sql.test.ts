// sqlTransaction (lib/db/sql.ts): the review cycle's writes run as SQL on one pg connection
// (PostgreSQL) or in a Prisma transaction (PGlite). Either way a write commits whole or not at
// all, and what goes in and comes back is what Prisma would have written and read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, readRows } from "@/lib/db";
import { sqlJson, sqlOf, sqlTransaction } from "@/lib/db/sql";
import { AppError } from "@/lib/errors";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";

describe.each(DB_TARGETS)("sqlTransaction on $name", (target) => {
  let db: TestDatabase;
  const zone = process.env.TZ;
  beforeAll(async () => {
    db = await createTestDatabase(target);
    await db.exec(`CREATE TABLE t_sql (k text PRIMARY KEY, at timestamp(3), tags text[], doc jsonb)`);
  });
  afterAll(async () => {
    process.env.TZ = zone;
    await db.drop();
  });
  const count = async (k: string) =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM t_sql WHERE k = $1`, [k]))[0].n;

  it("runs a new statement from many callers at once, in and out of transactions", async () => {
    // A text no earlier test ran, so every caller finds it not yet prepared.
    const fresh = Prisma.raw(`/* ${Date.now()}-${Math.random()} */`);
    const statement = (n: number) => Prisma.sql`SELECT ${"caller "}::text || ${n}::int AS v ${fresh}`;
    const runs = Array.from({ length: 12 }, (_, n) =>
      n % 2
        ? readRows<{ v: string }>(db.prisma, statement(n), { prepared: true })
        : sqlTransaction(db.prisma, (sql) => sql.rows<{ v: string }>(statement(n))),
    );
    expect((await Promise.all(runs)).map((rows) => rows[0].v)).toEqual(runs.map((_, n) => `caller ${n}`));
  });

  it("sends awkward values intact: quotes, backslashes, NULs in arrays, JSON, big integers (PGlite writes them as literals)", async () => {
    const texts = ["", "it's", 'back\\slash \\\' and "quotes"', "Élise «quote» 😀", "a\nb", "NULL", "{a,b}"];
    const tags = ["a,b", 'say "hi"', "back\\slash", "", null, "NULL", "{x}"];
    const doc = { q: 'it\'s "x" \\ y', n: [1, null], s: "NULL" };
    for (const text of texts) {
      const [row] = await sqlTransaction(db.prisma, (sql) =>
        sql.rows<{ text: string; tags: (string | null)[]; doc: unknown; big: bigint; yes: boolean; n: number }>(
          Prisma.sql`SELECT ${text}::text AS text, ${tags}::text[] AS tags, ${sqlJson(doc)} AS doc,
            ${1234567890123456789n}::int8 AS big, ${true}::boolean AS yes, ${1.5}::float8 AS n`,
        ),
      );
      expect(row, text).toEqual({ text, tags, doc, big: 1234567890123456789n, yes: true, n: 1.5 });
    }
  });

  it.each(["UTC", "America/New_York", "Asia/Kolkata"])(
    "writes dates, arrays and JSON as Prisma does, and reads them back, with TZ=%s",
    async (tz) => {
      process.env.TZ = tz;
      const at = new Date("2026-03-08T02:30:00.123Z"); // does not exist in New York: read as local, it shifts
      const doc = [{ field: "text", from: "a", to: "b" }];
      const [row] = await sqlTransaction(db.prisma, (sql) =>
        sql.rows<{ k: string; at: Date; tags: string[]; doc: unknown }>(Prisma.sql`
          INSERT INTO t_sql VALUES (${tz}, ${at}, ${["p", "q,r"]}::text[], ${sqlJson(doc)}) RETURNING *`),
      );
      expect(row).toEqual({ k: tz, at, tags: ["p", "q,r"], doc });
      // Stored as the UTC wall time, which is how Prisma's own writes store it.
      const [stored] = await db.query<{ t: string }>(
        `SELECT to_char(at, 'YYYY-MM-DD HH24:MI:SS.MS') AS t FROM t_sql WHERE k = $1`,
        [tz],
      );
      expect(stored.t).toBe("2026-03-08 02:30:00.123");
      const [viaPrisma] = await db.prisma.$queryRaw<unknown[]>`SELECT * FROM t_sql WHERE k = ${tz}`;
      expect(viaPrisma).toEqual(row);
    },
  );

  it("commits what the function wrote, and nothing when it throws", async () => {
    await sqlTransaction(db.prisma, (sql) => sql.rows(Prisma.sql`INSERT INTO t_sql (k) VALUES ('kept')`));
    expect(await count("kept")).toBe(1);
    await expect(
      sqlTransaction(db.prisma, async (sql) => {
        await sql.rows(Prisma.sql`INSERT INTO t_sql (k) VALUES ('undone')`);
        throw new AppError("conflict", "refused after writing");
      }),
    ).rejects.toThrow("refused after writing");
    expect(await count("undone")).toBe(0);
  });

  it("turns a unique index's refusal into a conflict (the API's 409) and leaves nothing behind", async () => {
    const twice = sqlTransaction(db.prisma, async (sql) => {
      await sql.rows(Prisma.sql`INSERT INTO t_sql (k) VALUES ('twice-a')`);
      await sql.rows(Prisma.sql`INSERT INTO t_sql (k) VALUES ('twice-a')`);
    });
    await expect(twice).rejects.toBeInstanceOf(AppError);
    await expect(twice).rejects.toMatchObject({ code: "conflict" });
    expect(await count("twice-a")).toBe(0);
    // The pool's connections are still good afterwards.
    await sqlTransaction(db.prisma, (sql) => sql.rows(Prisma.sql`INSERT INTO t_sql (k) VALUES ('after')`));
    expect(await count("after")).toBe(1);
  });

  it("does not report as committed a transaction whose failed statement the function swallowed", async () => {
    await expect(
      sqlTransaction(db.prisma, async (sql) => {
        await sql.rows(Prisma.sql`INSERT INTO t_sql (k) VALUES ('swallowed')`);
        await sql.rows(Prisma.sql`SELECT 1 / 0`).catch(() => undefined);
      }),
    ).rejects.toThrow();
    expect(await count("swallowed")).toBe(0);
  });

  it("writes through a Prisma transaction the caller already holds (sqlOf)", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await sqlOf(tx).rows(Prisma.sql`INSERT INTO t_sql (k) VALUES ('in-prisma-tx')`);
        expect(await tx.$queryRaw<unknown[]>`SELECT k FROM t_sql WHERE k = 'in-prisma-tx'`).toHaveLength(1);
        throw new Error("roll it back");
      }),
    ).rejects.toThrow("roll it back");
    expect(await count("in-prisma-tx")).toBe(0);
    // A unique refusal there is the same conflict (the API's 409), not $queryRaw's P2010 (a 500).
    await expect(
      db.prisma.$transaction(async (tx) => {
        await sqlOf(tx).rows(Prisma.sql`INSERT INTO t_sql (k) VALUES ('twice-b')`);
        await sqlOf(tx).rows(Prisma.sql`INSERT INTO t_sql (k) VALUES ('twice-b')`);
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await count("twice-b")).toBe(0);
  });
});
