// The corroborate CLI as its own process (bin/corroborate.mjs), on the database `url` names.
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export function runCli(url: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin/corroborate.mjs"), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    encoding: "buffer",
    timeout: 120_000,
    maxBuffer: 64 * 2 ** 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString("utf8") };
}
