// /api/health and /api/ready: ready means the database answers and every migration is applied;
// otherwise 503 problem+json naming what is not.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/lib/db";
import { listMigrations } from "@/lib/db/migrate";
import { checkReadiness } from "@/lib/platform/readiness";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { createEmptyPostgres, createTestDatabase } from "../../support/db";
import { useAppDatabase } from "../../support/app-database";

vi.mock("@/lib/db/server", () => import("../../support/app-database"));

describe("readiness on PGlite", () => {
  const opened: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    useAppDatabase(undefined);
    for (const d of opened) await d.close();
  });

  it("/api/health answers 200 {status: ok}", async () => {
    const res = health();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("is ready on a migrated database, and /api/ready says 200", async () => {
    const t = await createTestDatabase({ name: "pglite" });
    opened.push(t);
    expect(await checkReadiness(async () => t)).toEqual({ ready: true, problems: [] });
    useAppDatabase(t);
    const res = await ready();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready" });
  });

  it("names the migrations not applied, and /api/ready answers 503 problem+json", async () => {
    const database = await openDatabase("pglite:memory");
    opened.push(database);
    const r = await checkReadiness(async () => database);
    expect(r.ready).toBe(false);
    expect(r.problems).toEqual([
      expect.stringMatching(
        new RegExp(`^migrations: ${listMigrations().length} not applied \\(${listMigrations()[0].name}`),
      ),
    ]);
    // A build that ships a migration this database lacks.
    const t = await createTestDatabase({ name: "pglite" });
    opened.push(t);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-migrations-"));
    fs.cpSync(path.resolve("prisma/migrations"), dir, { recursive: true });
    fs.mkdirSync(path.join(dir, "29990101000000_future"));
    fs.writeFileSync(path.join(dir, "29990101000000_future/migration.sql"), "SELECT 1;");
    expect((await checkReadiness(async () => t, dir)).problems).toEqual([
      expect.stringMatching(/^migrations: 1 not applied \(29990101000000_future\)/),
    ]);
    fs.rmSync(dir, { recursive: true, force: true });

    useAppDatabase(database);
    const res = await ready();
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = await res.json();
    expect(body).toMatchObject({ status: 503, title: "Service Unavailable" });
    expect(body.detail).toMatch(/migrations: \d+ not applied/);
  });

  it("is not ready when the database cannot be opened", async () => {
    useAppDatabase(Promise.reject(new Error("the embedded database at .data/pglite is in use by process 42")));
    const res = await ready();
    expect(res.status).toBe(503);
    expect((await res.json()).detail).toMatch(/database: the embedded database .* in use by process 42/);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("readiness on PostgreSQL", () => {
  it("is ready after migrations and not ready once the database is gone", async () => {
    const pgdb = await createEmptyPostgres();
    const database = await openDatabase(pgdb.url);
    try {
      expect((await checkReadiness(async () => database)).problems).toEqual([
        expect.stringMatching(/^migrations: \d+ not applied/),
      ]);
      const { migrate } = await import("@/lib/db/migrate");
      await migrate(database);
      expect(await checkReadiness(async () => database)).toEqual({ ready: true, problems: [] });
      await pgdb.drop(); // the database goes away under a running pool
      const down = await checkReadiness(async () => database);
      expect(down.ready).toBe(false);
      expect(down.problems).toEqual([expect.stringMatching(/^database: database "corroborate_t_\w+" does not exist$/)]);
    } finally {
      await database.close().catch(() => undefined);
      await pgdb.drop();
    }
  });
});
