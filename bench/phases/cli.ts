// Start-up of the command line: `corroborate claims list --limit 1` as a user runs it (a new
// process through bin/corroborate.mjs: compiled CLI, open the database, check migrations, one
// query), beside `node -e 1`, the floor of any Node process on this machine. Each is the median
// of several runs after one warm-up (which also compiles the CLI if a source changed). Wall time
// is the goal; CPU time (user + sys) and peak RSS come from GNU time, and CPU is the steadier
// figure on a shared machine, where waiting for a core inflates every wall time.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { percentile, round } from "../lib/stats";
import { ROOT } from "../lib/server";

export interface Startup {
  seconds: number;
  cpuSeconds: number | null;
  maxRssMB: number | null;
}

const GNU_TIME = "/usr/bin/time";

function once(args: string[], env: NodeJS.ProcessEnv): { seconds: number; cpu: number | null; rss: number | null } {
  const withTime = fs.existsSync(GNU_TIME);
  const t0 = performance.now();
  const r = withTime
    ? spawnSync(GNU_TIME, ["-f", "TIME %U %S %M", process.execPath, ...args], { cwd: ROOT, env, encoding: "utf8" })
    : spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-500)}`);
  const m = withTime ? /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr) : null;
  return m
    ? { seconds, cpu: Number(m[1]) + Number(m[2]), rss: Number(m[3]) / 1024 }
    : { seconds, cpu: null, rss: null };
}

function median(args: string[], env: NodeJS.ProcessEnv, runs: number): Startup {
  once(args, env); // warm-up: file cache, and the CLI's compile step if sources changed
  const all = Array.from({ length: runs }, () => once(args, env));
  const med = (xs: (number | null)[]) => (xs.some((x) => x === null) ? null : round(percentile(xs as number[], 50), 2));
  return {
    seconds: round(
      percentile(
        all.map((a) => a.seconds),
        50,
      ),
      2,
    ),
    cpuSeconds: med(all.map((a) => a.cpu)),
    maxRssMB: med(all.map((a) => a.rss)),
  };
}

export function benchCli(databaseUrl: string, slug: string, runs = 5) {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  // Alternated per pair would be fairer still; medians of 5 after a warm-up are steady enough.
  const node = median(["-e", "1"], env, runs);
  const list = median(
    [path.join(ROOT, "bin/corroborate.mjs"), "claims", "list", "--workspace", slug, "--limit", "1"],
    env,
    runs,
  );
  return { node, list };
}
