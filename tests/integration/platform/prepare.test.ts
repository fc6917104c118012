// Start-up preparation (`npm start`): demo accounts only when asked, and instances that start
// together on one empty PostgreSQL database take turns migrating.
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db";
import { listMigrations } from "@/lib/db/migrate";
import { demoWanted, prepareDatabase } from "@/lib/platform/prepare";
import { createEmptyPostgres } from "../../support/db";

describe("demoWanted", () => {
  it("seeds the embedded database by default, PostgreSQL only with DEMO=1", () => {
    expect(demoWanted({}, { kind: "pglite-file", dir: "/x" })).toBe(true);
    expect(demoWanted({}, { kind: "pglite-memory" })).toBe(true);
    expect(demoWanted({ DEMO: "0" }, { kind: "pglite-file", dir: "/x" })).toBe(false);
    expect(demoWanted({}, { kind: "postgres", url: "postgresql://h/db" })).toBe(false);
    expect(demoWanted({ DEMO: "" }, { kind: "postgres", url: "postgresql://h/db" })).toBe(false);
    expect(demoWanted({ DEMO: "1" }, { kind: "postgres", url: "postgresql://h/db" })).toBe(true);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  "start-up preparation on an empty PostgreSQL database",
  { timeout: 180_000 },
  () => {
    it("without DEMO creates the schema and no user, workspace or demo data", async () => {
      const pgdb = await createEmptyPostgres();
      const database = await openDatabase(pgdb.url);
      try {
        const prepared = await prepareDatabase(database, { demo: demoWanted({}, database.target) });
        expect(prepared).toMatchObject({ seeded: false, users: 0 });
        expect(prepared.applied).toEqual(listMigrations().map((m) => m.name));
        expect(await database.prisma.user.count()).toBe(0);
        expect(await database.prisma.workspace.count()).toBe(0);
      } finally {
        await database.close();
        await pgdb.drop();
      }
    });

    it("three instances starting at once all succeed and leave one schema", async () => {
      const pgdb = await createEmptyPostgres();
      try {
        const results = await Promise.allSettled(
          [0, 1, 2].map(async () => {
            const database = await openDatabase(pgdb.url);
            try {
              return await prepareDatabase(database, { demo: false });
            } finally {
              await database.close();
            }
          }),
        );
        const failures = results
          .filter((r) => r.status === "rejected")
          .map((r) => String((r as PromiseRejectedResult).reason));
        expect(failures).toEqual([]);
        const applied = results.flatMap((r) => (r as PromiseFulfilledResult<{ applied: string[] }>).value.applied);
        // Each migration ran once, in whichever instance got there first.
        expect(applied.sort()).toEqual(listMigrations().map((m) => m.name));
        const check = await openDatabase(pgdb.url);
        try {
          const ledger = await check.query<{ migration_name: string }>(
            `SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`,
          );
          expect(ledger.map((r) => r.migration_name)).toEqual(listMigrations().map((m) => m.name));
          expect(await check.prisma.user.count()).toBe(0);
        } finally {
          await check.close();
        }
      } finally {
        await pgdb.drop();
      }
    });
  },
);
