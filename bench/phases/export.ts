// Export of the published claims as CSV and the whole public dataset as NDJSON, each in a child
// process (bench/lib/export-child.ts) for a clean peak RSS, beside raw keyset SELECTs of the
// same rows. The database must not be open in this process (PGlite allows one opener).
// The child is compiled ahead of time as the CLI is (scripts/build-cli.mjs) and runs as plain
// JavaScript: under tsx, its loader thread alone added ~48 MB to every side's peak RSS, which
// neither the server (Next's build) nor `corroborate export` (the compiled CLI) carries.
import { execFileSync } from "node:child_process";
import path from "node:path";
import * as esbuild from "esbuild";
// @ts-expect-error: a plain ES module without types (the CLI's own build script)
import { compileOptions } from "../../scripts/build-cli.mjs";
import { round } from "../lib/stats";
import { ROOT } from "../lib/server";

const OUT = path.join(ROOT, ".cache/bench-export");

async function compileChild(): Promise<string> {
  await esbuild.build(compileOptions({ "export-child": "bench/lib/export-child.ts" }, OUT));
  return path.join(OUT, "export-child.mjs");
}

export interface ExportRun {
  rows: number;
  bytes: number;
  seconds: number;
  maxRssMB: number;
  rowsPerSec: number;
}

function run(
  child: string,
  databaseUrl: string,
  slug: string,
  format: string,
  warm: boolean,
  nodeFlags: string[] = [],
): ExportRun {
  const out = execFileSync(
    process.execPath,
    [...nodeFlags, child, "--db", databaseUrl, "--workspace", slug, "--format", format, ...(warm ? ["--warm"] : [])],
    { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const r = JSON.parse(out.trim().split("\n").pop()!) as Omit<ExportRun, "rowsPerSec">;
  return { ...r, seconds: round(r.seconds, 2), rowsPerSec: Math.round(r.rows / r.seconds) };
}

export const HEAP_CAP_MB = 128;

/** `warm`: each side runs once untimed first (small archives, where process start-up would dominate). */
export async function benchExport(databaseUrl: string, slug: string, warm: boolean) {
  const child = await compileChild();
  // Raw first and last, so a cold cache cannot favour either side.
  const raw1 = run(child, databaseUrl, slug, "raw", warm);
  const csv = run(child, databaseUrl, slug, "csv", warm);
  const rawAll = run(child, databaseUrl, slug, "raw-all", warm);
  const ndjson = run(child, databaseUrl, slug, "ndjson", warm);
  const raw2 = run(child, databaseUrl, slug, "raw", warm);
  const raw = raw1.seconds < raw2.seconds ? raw1 : raw2;
  // The same export with V8's heap held to HEAP_CAP_MB: it completes only if nothing accumulates,
  // and its peak RSS is the export's own, without the garbage an uncapped heap leaves for later.
  const ndjsonCapped = run(child, databaseUrl, slug, "ndjson", warm, [`--max-old-space-size=${HEAP_CAP_MB}`]);
  return { csv, ndjson, ndjsonCapped, raw, rawAll };
}
