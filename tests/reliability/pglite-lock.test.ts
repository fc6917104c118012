// A process killed with kill -9 while it holds the embedded database leaves its lock and pid file
// behind; the next opener must take the lock over at once (not fail with "in use by" a dead process
// until the lock goes stale), and the database must open on what the killed process wrote.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { openPglite } from "@/lib/db/pglite";

const ROOT = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-lock-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

it("opens the embedded database at once after its holder was killed with kill -9", { timeout: 120_000 }, async () => {
  const dir = path.join(tmp, "db");
  const script = `import { openPglite } from "./lib/db/pglite.ts";
const db = await openPglite(${JSON.stringify(dir)});
await db.client.exec("CREATE TABLE t (n int); INSERT INTO t VALUES (42)");
console.log("holding");
setInterval(() => {}, 1000);`;
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["--input-type=module", "-e", script], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise((r) => child.once("exit", r));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (b: Buffer) => b.toString().includes("holding") && resolve());
    child.once("exit", (code) => reject(new Error(`holder exited early (${code})`)));
  });
  expect(fs.readFileSync(`${dir}.pid`, "utf8").trim()).not.toBe(String(process.pid));
  process.kill(-child.pid!, "SIGKILL"); // the group: tsx runs the script in a child process of its own
  await exited;
  for (let alive = true; alive; await new Promise((r) => setTimeout(r, 50))) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      alive = false;
    }
  }
  expect(fs.existsSync(`${dir}.lock`)).toBe(true); // left behind, still fresh

  const db = await openPglite(dir);
  try {
    expect((await db.client.query<{ n: number }>("SELECT n FROM t")).rows).toEqual([{ n: 42 }]);
    expect(fs.readFileSync(`${dir}.pid`, "utf8").trim()).toBe(String(process.pid));
  } finally {
    await db.close();
  }
});
