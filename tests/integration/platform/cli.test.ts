import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db";

const root = path.resolve(import.meta.dirname, "../../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-cli-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(root, "bin/corroborate.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking this process: a lock it holds keeps being refreshed meanwhile. */
function cliAsync(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const p = spawn(process.execPath, [path.join(root, "bin/corroborate.mjs"), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// Each test spawns several CLI processes (tsx + a database each): generous on a loaded machine.
describe("corroborate CLI", { timeout: 240_000 }, () => {
  it("prints usage and exits non-zero on missing or unknown commands and arguments", () => {
    const none = cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^usage: corroborate/m);
    const missing = cli(["workspace", "add", "--slug", "x"], { DATABASE_URL: "pglite:memory" });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/corroborate: missing --name/);
    const unknown = cli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);
  });

  it("stops at start with one line naming a bad DATABASE_URL", () => {
    const r = cli(["db", "migrate"], { DATABASE_URL: "mysql://db/x" });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/DATABASE_URL: unknown scheme 'mysql'/);
  });

  it("refuses the embedded database while another process holds it, then works once it is free", async () => {
    const dir = path.join(tmp, "locked");
    const url = `pglite:${dir}`;
    const held = await openDatabase(url);
    try {
      // Asynchronously: a blocked event loop would stop refreshing the lock, which then looks stale.
      const r = await cliAsync(["db", "migrate"], { DATABASE_URL: url });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`in use by process ${process.pid}`));
    } finally {
      await held.close();
    }
    const ok = cli(["db", "migrate"], { DATABASE_URL: url });
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toMatch(/applied 20261122000000_init/);
  });

  it("adds a workspace and a user, and refuses bad values with the field named", () => {
    const url = `pglite:${path.join(tmp, "users")}`;
    expect(cli(["workspace", "add", "--slug", "desk", "--name", "The Desk"], { DATABASE_URL: url }).stdout).toMatch(
      /created workspace desk/,
    );
    const dup = cli(["workspace", "add", "--slug", "desk", "--name", "Again"], { DATABASE_URL: url });
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/already exists/);
    const u = cli(
      [
        "user",
        "add",
        "--email",
        "ed@example.org",
        "--password",
        "long-password",
        "--workspace",
        "desk",
        "--role",
        "editor",
      ],
      { DATABASE_URL: url },
    );
    expect(u.stdout).toMatch(/user ed@example.org is editor of desk/);
    const bad = cli(
      ["user", "add", "--email", "ed@example.org", "--password", "x", "--workspace", "desk", "--role", "chief"],
      { DATABASE_URL: url },
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/password: password must be at least 8 characters/);
    expect(bad.stderr).toMatch(/role: role must be one of owner, editor, reviewer, contributor/);
  });

  it("submits with a proposed verdict, approves it as another member, publishes, and sets who may publish", () => {
    const url = `pglite:${path.join(tmp, "review")}`;
    const env = { DATABASE_URL: url };
    cli(["workspace", "add", "--slug", "desk", "--name", "The Desk"], env);
    cli(
      [
        "user",
        "add",
        "--email",
        "ann@example.org",
        "--password",
        "long-password",
        "--workspace",
        "desk",
        "--role",
        "editor",
      ],
      env,
    );
    cli(
      [
        "user",
        "add",
        "--email",
        "rex@example.org",
        "--password",
        "long-password",
        "--workspace",
        "desk",
        "--role",
        "reviewer",
      ],
      env,
    );
    const added = cli(["claims", "add", "--workspace", "desk", "--text", "The committee met in 1987."], env);
    const id = added.stdout.match(/created claim (\S+):/)?.[1];
    expect(id, added.stdout + added.stderr).toMatch(/^[a-z0-9]{20,}$/);
    const missing = cli(
      ["review", "submit", id!, "--workspace", "desk", "--as", "ann@example.org", "--verdict", "Supported"],
      env,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/propose a confidence/);
    expect(
      cli(
        [
          "review",
          "submit",
          id!,
          "--workspace",
          "desk",
          "--as",
          "ann@example.org",
          "--verdict",
          "supported",
          "--confidence",
          "high",
          "--rationale",
          "Minutes exist.",
        ],
        env,
      ).stdout,
    ).toMatch(/is now in_review/);
    expect(cli(["review", "approve", id!, "--workspace", "desk", "--as", "rex@example.org"], env).stdout).toMatch(
      /is now approved/,
    );
    const byReviewer = cli(["review", "publish", id!, "--workspace", "desk", "--as", "rex@example.org"], env);
    expect(byReviewer.stderr).toMatch(/Editors publish in this workspace/);
    expect(cli(["workspace", "set", "--slug", "desk", "--reviewers-may-publish", "on"], env).stdout).toMatch(
      /reviewers may publish what they approved/,
    );
    expect(cli(["review", "publish", id!, "--workspace", "desk", "--as", "rex@example.org"], env).stdout).toMatch(
      /is now published/,
    );
  }, 480_000);
});
