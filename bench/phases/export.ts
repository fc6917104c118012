// Export of the published claims as CSV and the whole public dataset as NDJSON, each in a child
// process (bench/lib/export-child.ts) for a clean peak RSS, beside raw keyset SELECTs of the
// same rows. The database must not be open in this process (PGlite allows one opener).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { round } from "../lib/stats";
import { ROOT } from "../lib/server";

export interface ExportRun {
  rows: number;
  bytes: number;
  seconds: number;
  maxRssMB: number;
  rowsPerSec: number;
}

function run(databaseUrl: string, slug: string, format: string, warm: boolean, nodeFlags: string[] = []): ExportRun {
  const out = execFileSync(
    process.execPath,
    [
      ...nodeFlags,
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join(ROOT, "bench/lib/export-child.ts"),
      "--db",
      databaseUrl,
      "--workspace",
      slug,
      "--format",
      format,
      ...(warm ? ["--warm"] : []),
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 20,
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(ROOT, "tsconfig.json") },
    },
  );
  const r = JSON.parse(out.trim().split("\n").pop()!) as Omit<ExportRun, "rowsPerSec">;
  return { ...r, seconds: round(r.seconds, 2), rowsPerSec: Math.round(r.rows / r.seconds) };
}

export const HEAP_CAP_MB = 128;

/** `warm`: each side runs once untimed first (small archives, where process start-up would dominate). */
export function benchExport(databaseUrl: string, slug: string, warm: boolean) {
  // Raw first and last, so a cold cache cannot favour either side.
  const raw1 = run(databaseUrl, slug, "raw", warm);
  const csv = run(databaseUrl, slug, "csv", warm);
  const rawAll = run(databaseUrl, slug, "raw-all", warm);
  const ndjson = run(databaseUrl, slug, "ndjson", warm);
  const raw2 = run(databaseUrl, slug, "raw", warm);
  const raw = raw1.seconds < raw2.seconds ? raw1 : raw2;
  // The same export with V8's heap held to HEAP_CAP_MB: it completes only if nothing accumulates,
  // and its peak RSS is the export's own, without the garbage an uncapped heap leaves for later.
  const ndjsonCapped = run(databaseUrl, slug, "ndjson", warm, [`--max-old-space-size=${HEAP_CAP_MB}`]);
  return { csv, ndjson, ndjsonCapped, raw, rawAll };
}
