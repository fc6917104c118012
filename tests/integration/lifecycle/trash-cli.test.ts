// `corroborate trash list|restore|purge` end to end: the real CLI process against an embedded
// database on disk (opened here between CLI runs to put records in the trash).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db";
import { systemActor } from "@/lib/auth/actor";
import { deleteClaim } from "@/lib/trash";

const root = path.resolve(import.meta.dirname, "../../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-trash-"));
const url = `pglite:${path.join(tmp, "db")}`;
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, "bin/corroborate.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>["prisma"]) => Promise<T>) {
  const database = await openDatabase(url);
  try {
    return await fn(database.prisma);
  } finally {
    await database.close();
  }
}

describe("corroborate trash", () => {
  it("lists, restores and purges (audited); bad input is one line and exit ≠ 0", async () => {
    expect(cli(["workspace", "add", "--slug", "desk", "--name", "The Desk"]).code).toBe(0);
    expect(cli(["claims", "add", "--workspace", "desk", "--text", "The programme was funded unofficially."]).code).toBe(
      0,
    );
    expect(cli(["claims", "add", "--workspace", "desk", "--text", "The ledgers were kept twice."]).code).toBe(0);
    const ids = await withDatabase(async (db) => {
      const claims = await db.claim.findMany({ orderBy: { createdAt: "asc" }, select: { id: true } });
      for (const c of claims) await deleteClaim(db, systemActor("t"), "desk", { id: c.id });
      // The second has been in the trash for 40 days.
      await db.claim.update({
        where: { id: claims[1].id },
        data: { deletedAt: new Date(Date.now() - 40 * 86_400_000) },
      });
      return claims.map((c) => c.id);
    });

    const listed = cli(["trash", "list", "--workspace", "desk"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout.trim().split("\n")).toHaveLength(2);
    expect(listed.stdout).toContain(`claim\t${ids[0]}`);

    const restored = cli(["trash", "restore", ids[0], "--workspace", "desk"]);
    expect(restored.stdout.trim()).toBe(`restored claim ${ids[0]}`);
    expect(cli(["claims", "list", "--workspace", "desk"]).stdout).toContain("funded unofficially");

    const purged = cli(["trash", "purge", "--workspace", "desk", "--older-than", "30d"]);
    expect(purged.code).toBe(0);
    expect(purged.stdout).toContain("1 claims");
    expect(cli(["trash", "list", "--workspace", "desk"]).stdout).toBe("");

    const bad = cli(["trash", "purge", "--workspace", "desk", "--older-than", "soon"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split("\n")[0]).toMatch(/olderThan/);
    const missing = cli(["trash", "restore", "nope", "--workspace", "desk"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/nothing with id nope/);

    await withDatabase(async (db) => {
      expect(await db.claim.findUnique({ where: { id: ids[1] } })).toBeNull();
      expect(await db.auditEvent.count({ where: { action: "trash.purge" } })).toBe(1);
    });
  }, 300_000);
});
