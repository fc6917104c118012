// `corroborate export` end to end: the real CLI process against an embedded database on disk.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { unzip } from "./unzip";

const root = path.resolve(import.meta.dirname, "../../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-export-"));
const env = { DATABASE_URL: `pglite:${path.join(tmp, "db")}`, PUBLIC_URL: "https://cli.example" };
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, "bin/corroborate.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 2 ** 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("corroborate export", () => {
  it("writes the full JSON to stdout, public CSV and zip to --out, and refuses bad input in one line", () => {
    const doc = path.join(tmp, "memo.txt");
    fs.writeFileSync(doc, "Findings\n\nThe committee found the programme was funded by unofficial channels.\n");
    expect(cli(["workspace", "add", "--slug", "desk", "--name", "The Desk"]).code).toBe(0);
    expect(cli(["import", doc, "--workspace", "desk"]).code).toBe(0);
    expect(
      cli(["claims", "add", "--workspace", "desk", "--text", "=The programme was funded unofficially."]).code,
    ).toBe(0);

    const full = cli(["export", "--workspace", "desk", "--format", "json"]);
    expect(full.stderr).toBe("");
    expect(full.code).toBe(0);
    const json = JSON.parse(full.stdout);
    expect(json.workspace).toMatchObject({ slug: "desk", scope: "full", url: "https://cli.example/w/desk" });
    expect(json.documents[0].text).toContain("unofficial channels");
    expect(json.claims).toHaveLength(1);

    const pub = cli(["export", "--workspace", "desk", "--format", "json", "--public"]);
    expect(JSON.parse(pub.stdout)).toMatchObject({
      workspace: { scope: "public" },
      claims: [],
      documents: [],
      reviews: [],
      comments: [],
    });

    const csvPath = path.join(tmp, "claims.csv");
    const csv = cli(["export", "--workspace", "desk", "--format", "csv", "--out", csvPath]);
    expect(csv.stdout).toMatch(/^wrote .*claims\.csv \(desk-claims\.csv, \d+ bytes\)/);
    expect(fs.existsSync(`${csvPath}.partial`)).toBe(false);
    const rows = parse(fs.readFileSync(csvPath, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.text)).toEqual(["'=The programme was funded unofficially."]);

    const zipPath = path.join(tmp, "desk.zip");
    expect(cli(["export", "--workspace", "desk", "--format", "datapackage", "--public", "--out", zipPath]).code).toBe(
      0,
    );
    const files = unzip(fs.readFileSync(zipPath));
    expect([...files.keys()]).toEqual(expect.arrayContaining(["datapackage.json", "README.md", "data/claims.csv"]));

    const bad = cli(["export", "--workspace", "desk", "--format", "xml"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe(
      "corroborate: format must be one of csv, json, ndjson, claimreview, annotations, datapackage",
    );
    const entity = cli([
      "export",
      "--workspace",
      "desk",
      "--format",
      "csv",
      "--entity",
      "users",
      "--out",
      path.join(tmp, "x.csv"),
    ]);
    expect(entity.code).toBe(1);
    expect(entity.stderr).toMatch(/entity must be one of claims, sources/);
    expect(fs.existsSync(path.join(tmp, "x.csv"))).toBe(false);
    const missing = cli(["export", "--format", "json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/corroborate: missing --workspace/);
    const nope = cli(["export", "--workspace", "nope", "--format", "json"]);
    expect(nope.code).toBe(1);
    expect(nope.stderr.trim()).toBe("corroborate: workspace not found");
  }, 240_000); // a dozen CLI processes, each starting tsx and opening the database
});
