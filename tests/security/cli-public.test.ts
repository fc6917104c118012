// The CLI row of the matrix: the CLI acts as the system actor with full access, but
// `export --public` must hold only what anonymous visitors see. The real CLI process, on an
// embedded database on disk and on PostgreSQL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { openDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../support/db";
import { buildNewsroom } from "../integration/exports/fixture";
import { runExport } from "../integration/exports/read";
import { unzip } from "../integration/exports/unzip";
import { runCli } from "../support/cli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-cli-public-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.each(DB_TARGETS)("corroborate export --public on $name", (target) => {
  let t: TestDatabase | undefined;
  afterAll(async () => t?.drop());

  it("holds no unpublished claim, review, comment, note, email or user id; the full export does", async () => {
    // PGlite: a directory the CLI opens after we close it (the data-dir lock admits one process).
    const url =
      target.name === "pglite" ? `pglite:${path.join(tmp, "db")}` : (t = await createTestDatabase(target)).url;
    const database = t ?? (await openDatabase(url));
    if (!t) await migrate(database);
    const n = await buildNewsroom(database.prisma);
    const full = (await runExport(database.prisma, systemActor("cli"), { workspace: n.ws.slug, format: "json" })).text;
    if (!t) await database.close();
    // The CLI's own access is full: every secret is in its unrestricted export.
    for (const s of ["DRAFT-SECRET", "REVIEW-SECRET", "COMMENT-SECRET", "SOURCE-NOTE-SECRET"])
      expect(full).toContain(s);

    const json = runCli(url, ["export", "--workspace", n.ws.slug, "--format", "json", "--public"]);
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout.toString("utf8"));
    expect(parsed.workspace.scope).toBe("public");
    expect(parsed.claims.map((c: { id: string }) => c.id).sort()).toEqual([...n.publicClaimIds].sort());

    const zipPath = path.join(tmp, `${target.name}.zip`);
    const zip = runCli(url, [
      "export",
      "--workspace",
      n.ws.slug,
      "--format",
      "datapackage",
      "--public",
      "--out",
      zipPath,
    ]);
    expect(zip.code, zip.stderr).toBe(0);
    const files = [...unzip(fs.readFileSync(zipPath))];
    expect(files.length).toBeGreaterThan(3);
    const texts = [json.stdout.toString("utf8"), ...files.map(([name, b]) => `${name}\n${b.toString("utf8")}`)];
    const leaks = n.secrets.filter((s) => texts.some((x) => x.includes(s)));
    expect(leaks).toEqual([]);
    console.log(`cli --public on ${target.name}: ${files.length + 1} files checked for ${n.secrets.length} secrets`);
  }, 240_000);
});
