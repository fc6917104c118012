// `npm run bench -- [--claims 10000,100000] [--db pglite,postgres] [--only search,pages,flash,export,import,writes,weight,cli] [--duration 10] [--reuse]`
// For each database and N: a fresh database with the synthetic archive (bench/seed), then search,
// import and writes in this process, exports in child processes, pages and page weight against `next start`.
// Every figure is written beside its baseline to bench/results.json, bench/RESULTS.md and
// bench/growth.svg (merged with earlier runs of other N, so the chart spans all of them).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { benchWorkspace, seedBench } from "./seed";
import { benchSearch } from "./phases/search";
import { benchImport } from "./phases/import";
import { benchWrites } from "./phases/writes";
import { benchExport, HEAP_CAP_MB } from "./phases/export";
import { benchPages } from "./phases/pages";
import { benchWeight, prepareWeight, type WeightSetup } from "./phases/weight";
import { benchFlash, flashSessions } from "./phases/flash";
import { benchCli } from "./phases/cli";
import { loadResults, mergeResults, writeResults, type Results } from "./lib/report";
import { ROOT } from "./lib/server";
import { round, type Figure } from "./lib/stats";

const PHASES = ["search", "import", "writes", "export", "pages", "flash", "weight", "cli"] as const;
const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "10000,100000" },
    db: { type: "string", default: "pglite,postgres" },
    only: { type: "string", default: PHASES.join(",") },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    reuse: { type: "boolean", default: false },
  },
});
const sizes = values.claims!.split(",").map((s) => Number(s.trim()));
const dbs = values.db!.split(",").map((s) => s.trim());
const only = new Set(values.only!.split(",").map((s) => s.trim()));
const duration = Number(values.duration),
  connections = Number(values.connections);
if (sizes.some((n) => !Number.isInteger(n) || n < 100 || n > 5_000_000))
  throw new Error("--claims takes whole numbers from 100 to 5000000, comma-separated");
if (dbs.some((d) => d !== "pglite" && d !== "postgres"))
  throw new Error("--db is pglite, postgres or both (comma-separated)");
if ([...only].some((p) => !(PHASES as readonly string[]).includes(p)))
  throw new Error(`--only takes ${PHASES.join(", ")}`);
if (!(duration >= 1 && duration <= 120) || !(connections >= 1 && connections <= 200))
  throw new Error("--duration is 1–120 s and --connections 1–200");
const PG_BASE = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SLUG = "bench";

async function databaseUrl(db: string, n: number, fresh: boolean): Promise<string> {
  if (db === "pglite") {
    const dir = path.join(ROOT, `.data/bench/pglite-${n}`);
    if (fresh) for (const f of [dir, `${dir}.lock`, `${dir}.pid`]) fs.rmSync(f, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    return `pglite:${dir}`;
  }
  // BENCH_DB_TAG keeps parallel bench runs (several checkouts on one machine) off each other's databases.
  const tag = (process.env.BENCH_DB_TAG ?? "").replace(/[^a-z0-9_]/g, "");
  const name = `corroborate_bench_${tag ? `${tag}_` : ""}${n}`;
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  try {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount;
    if (fresh && exists) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    if (fresh || !exists) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_BASE);
  url.pathname = `/${name}`;
  return url.toString();
}

async function runOne(
  db: "pglite" | "postgres",
  n: number,
): Promise<{ figures: Figure[]; plans: Results["plans"]; notes: Record<string, unknown> }> {
  const date = new Date().toISOString();
  const figures: Figure[] = [];
  const plans: Results["plans"] = [];
  const notes: Record<string, unknown> = {};
  const fig = (
    key: string,
    label: string,
    unit: string,
    value: number,
    base?: { label: string; value: number },
    goal?: { text: string; met: boolean },
  ) =>
    figures.push({
      db,
      claims: n,
      key,
      label,
      unit,
      value,
      date,
      ...(base ? { baselineLabel: base.label, baseline: base.value, ratio: round(value / base.value, 3) } : {}),
      ...(goal ? { goal: goal.text, met: goal.met } : {}),
    });
  const log = (s: string) => console.error(`[${db} ${n}] ${s}`);

  let weightSetup: WeightSetup | undefined;
  let flashLogins: Awaited<ReturnType<typeof flashSessions>> | undefined;
  let url = await databaseUrl(db, n, !values.reuse);
  let database = await openDatabase(url);
  await migrate(database);
  let ws = await benchWorkspace(database, SLUG);
  if (ws && ws.claims < n) {
    // A partial or different archive: start again.
    await database.close();
    url = await databaseUrl(db, n, true);
    database = await openDatabase(url);
    await migrate(database);
    ws = null;
  }
  try {
    if (!ws) {
      log("seeding…");
      const s = await seedBench(database, { claims: n, slug: SLUG, log });
      fig("seed.seconds", "seed (bulk load + indexes + ANALYZE)", "s", s.seconds);
      notes[`seed.${db}.${n}`] = s.counts;
      ws = s;
    }
    const big = n >= 100_000;
    if (only.has("search")) {
      log("search…");
      const s = await benchSearch(database, SLUG);
      const limit = db === "pglite" ? 100 : n >= 1_000_000 ? 60 : 30;
      const at = n >= 1_000_000 ? "1M" : "100k";
      const raw = { label: "same SQL, raw, same connection", value: s.rawP95 };
      fig(
        "search.p95",
        "search p95 (50 queries × 4)",
        "ms",
        s.p95,
        raw,
        big
          ? { text: `≤ ${limit} ms at ${at}; ≤ 2× raw`, met: s.p95 <= limit && s.p95 <= 2 * s.rawP95 }
          : { text: "≤ 2× raw", met: s.p95 <= 2 * s.rawP95 },
      );
      fig("search.p50", "search p50", "ms", s.p50, { label: "same SQL, raw", value: s.rawP50 });
      plans.push({
        db,
        claims: n,
        what: "slowest search query",
        query: `${JSON.stringify(s.slowest.query)} (slowest run ${s.slowest.maxMs} ms)`,
        plan: s.slowest.plan,
      });
    }
    if (only.has("import")) {
      log("import…");
      for (const [file, r] of Object.entries(await benchImport(database, SLUG)))
        fig(`import.${file}`, `import ${file} (${r.kb} KB), median of 3`, "ms", r.medianMs);
    }
    if (only.has("writes")) {
      log("writes…");
      const w = await benchWrites(database, SLUG, ws.editors, ws.reviewers);
      const raw = { label: "raw one-row UPDATE, 10 at once", value: w.rawUpdate.p95 };
      // Issue 17's goal 5, at 100k claims: p95 per claim write and the rate 10 editors reach.
      const limit = db === "postgres" ? 50 : 100;
      const p95Goal = (ms: number) => (n === 100_000 ? { text: `≤ ${limit} ms at 100k`, met: ms <= limit } : undefined);
      fig("writes.create.p95", "claim create p95, 10 editors", "ms", w.create.p95, raw, p95Goal(w.create.p95));
      fig("writes.update.p95", "claim update p95, 10 editors", "ms", w.update.p95, raw, p95Goal(w.update.p95));
      fig("writes.publish.p95", "publish p95, 10 editors", "ms", w.publish.p95, raw, p95Goal(w.publish.p95));
      fig(
        "writes.rate",
        "write operations per second (5 per round)",
        "ops/s",
        w.writesPerSec,
        undefined,
        n === 100_000 && db === "postgres" ? { text: "≥ 300 at 100k", met: w.writesPerSec >= 300 } : undefined,
      );
      fig("writes.query_cpu", "CPU of one Prisma query (workspace by slug)", "ms", w.prismaQueryCpuMs, {
        label: "the same SELECT raw",
        value: w.rawQueryCpuMs,
      });
    }
    if (only.has("weight")) weightSetup = await prepareWeight(database, SLUG, ws, log);
    // On PGlite the flash crowd's editor works through the server's API (the server owns the database).
    if (only.has("flash") && db === "pglite")
      flashLogins = await flashSessions(database, ws.editors[0], ws.reviewers[0]);
  } finally {
    await database.close();
  }
  if (only.has("export")) {
    log("export…");
    // Below 1M both sides run once untimed first: a 10k export takes under a second, of which
    // compiling code and query plans in a fresh process was half.
    const e = await benchExport(url, SLUG, n < 1_000_000);
    notes.export =
      "each side in a fresh process; below 1M claims, the figures are of a second run after an untimed one";
    const rate = (x: number) => Math.round(x);
    fig(
      "export.csv.rate",
      "CSV export of published claims",
      "rows/s",
      rate(e.csv.rowsPerSec),
      { label: "raw keyset SELECT of the same rows", value: e.raw.rowsPerSec },
      { text: "≥ 0.5× raw", met: e.csv.rowsPerSec >= 0.5 * e.raw.rowsPerSec },
    );
    fig("export.csv.seconds", `CSV export (${e.csv.rows.toLocaleString("en")} claims)`, "s", e.csv.seconds, {
      label: "raw SELECT",
      value: e.raw.seconds,
    });
    fig(
      "export.csv.rss",
      "CSV export peak RSS",
      "MB",
      e.csv.maxRssMB,
      { label: "raw SELECT peak RSS", value: e.raw.maxRssMB },
      n >= 1_000_000 && db === "postgres" ? { text: "< 300 MB at 1M", met: e.csv.maxRssMB < 300 } : undefined,
    );
    fig(
      "export.ndjson.rate",
      "NDJSON export, whole public dataset",
      "rows/s",
      rate(e.ndjson.rowsPerSec),
      { label: "raw keyset SELECTs of every public table", value: e.rawAll.rowsPerSec },
      { text: "≥ 0.5× raw", met: e.ndjson.rowsPerSec >= 0.5 * e.rawAll.rowsPerSec },
    );
    fig("export.ndjson.seconds", `NDJSON export (${e.ndjson.rows.toLocaleString("en")} rows)`, "s", e.ndjson.seconds, {
      label: "raw SELECTs",
      value: e.rawAll.seconds,
    });
    fig(
      "export.ndjson.rss",
      "NDJSON export peak RSS",
      "MB",
      e.ndjson.maxRssMB,
      { label: "raw SELECTs peak RSS", value: e.rawAll.maxRssMB },
      n >= 1_000_000 && db === "postgres" ? { text: "< 300 MB at 1M", met: e.ndjson.maxRssMB < 300 } : undefined,
    );
    fig(
      "export.ndjson.rssCapped",
      `NDJSON export peak RSS, V8 heap held to ${HEAP_CAP_MB} MB (--max-old-space-size; completes only if nothing accumulates)`,
      "MB",
      e.ndjsonCapped.maxRssMB,
      { label: "the same export, heap uncapped", value: e.ndjson.maxRssMB },
    );
    fig(
      "export.ndjson.secondsCapped",
      `NDJSON export, V8 heap held to ${HEAP_CAP_MB} MB`,
      "s",
      e.ndjsonCapped.seconds,
      {
        label: "heap uncapped",
        value: e.ndjson.seconds,
      },
    );
  }
  if (only.has("cli")) {
    // After the database is closed: the CLI opens it in its own process (PGlite allows one opener).
    log("cli…");
    const c = benchCli(url, SLUG);
    const limit = db === "pglite" ? 2 : 1;
    const node = { label: "node -e 1", value: c.node.seconds };
    fig("cli.list.seconds", "corroborate claims list --limit 1, median of 5", "s", c.list.seconds, node, {
      text: `≤ ${limit} s`,
      met: c.list.seconds <= limit,
    });
    if (c.list.cpuSeconds !== null && c.node.cpuSeconds !== null)
      fig("cli.list.cpu", "corroborate claims list --limit 1, CPU (user + sys)", "s", c.list.cpuSeconds, {
        label: "node -e 1 CPU",
        value: c.node.cpuSeconds,
      });
    if (c.list.maxRssMB !== null && c.node.maxRssMB !== null)
      fig("cli.list.rss", "corroborate claims list --limit 1, peak RSS", "MB", c.list.maxRssMB, {
        label: "node -e 1 peak RSS",
        value: c.node.maxRssMB,
      });
  }
  if (only.has("pages")) {
    log("pages…");
    const p = await benchPages(url, SLUG, ws.publishedClaimIds, ws.documentIds, { connections, duration });
    const big = n >= 100_000;
    const page = (key: string, label: string, l: typeof p.claim, s: typeof p.staticClaim) => {
      fig(
        `${key}.rps`,
        `${label} throughput`,
        "req/s",
        l.requestsPerSec,
        { label: "static HTML copy, same server", value: s.requestsPerSec },
        { text: "≥ 0.5× static", met: l.requestsPerSec >= 0.5 * s.requestsPerSec },
      );
      fig(
        `${key}.p95`,
        `${label} p95`,
        "ms",
        l.p95Ms,
        { label: "static HTML copy p95", value: s.p95Ms },
        big ? { text: "≤ 50 ms at 100k", met: l.p95Ms <= 50 } : undefined,
      );
      if (l.failed) notes[`${key}.${db}.${n}.failed`] = l.failed;
    };
    page("page.claim", "claim page (one hot page)", p.claim, p.staticClaim);
    page("page.claims", "claim pages (50 in rotation)", p.claimRotation, p.staticClaim);
    page("page.document", `document page (${p.document.kbPerResponse} KB)`, p.document, p.staticDocument);
    page("page.home", "workspace home page", p.home, p.staticHome);
    page("page.claimant", "claimant page", p.claimant, p.staticClaimant);
    page(
      "page.indexes",
      `index pages: verdicts, claimants, documents, corrections in rotation (${p.indexes.kbPerResponse} KB a page)`,
      p.indexes,
      p.staticIndexes,
    );
    fig(
      "page.indexes.first",
      "slowest first render of an index page (after a change)",
      "ms",
      Math.max(...Object.values(p.firstRenderMs)),
    );
    notes[`page.indexes.first.${db}.${n}`] = p.firstRenderMs;
    notes.pages = { connections, durationSeconds: duration, tool: "autocannon (in the bench process, loopback)" };
  }
  if (weightSetup) {
    log("weight…");
    const w = await benchWeight(url, SLUG, weightSetup);
    fig(
      "weight.document.kb",
      `public document page, CIA article (${w.publicPage.textKB} KB of text)`,
      "KB",
      w.publicPage.htmlKB,
      { label: "the document's text", value: w.publicPage.textKB },
      { text: "≤ 2× text + 50 KB", met: w.publicPage.met },
    );
    const reader = `desk reader, ${w.reader.documentMB} MB import (${w.reader.pageKB} KB page), Chromium`;
    fig("weight.reader.load", `${reader}: navigation to load event`, "ms", w.reader.loadMs, undefined, {
      text: "≤ 1.5 s",
      met: w.reader.loadMs <= 1500,
    });
    fig(
      "weight.reader.interactive",
      `${reader}: navigation to first claim-list click`,
      "ms",
      w.reader.interactiveMs,
      undefined,
      {
        text: "≤ 1.5 s",
        met: w.reader.interactiveMs <= 1500,
      },
    );
    notes.weight = { browser: "Debian Chromium via @playwright/test, median of 3 after one warm-up load" };
  }
  if (only.has("flash")) {
    log("flash crowd…");
    const f = await benchFlash(url, SLUG, ws.publishedClaimIds, ws.editors[0], ws.reviewers[0], flashLogins);
    fig("flash.p95", `flash crowd: ${f.readers} readers on one claim page, a publish every 5 s, p95`, "ms", f.p95Ms, {
      label: "the same crowd on a static copy, p95",
      value: f.staticP95Ms,
    });
    fig(
      "flash.rps",
      "flash crowd throughput",
      "req/s",
      f.requestsPerSec,
      {
        label: "the same crowd on a static copy",
        value: f.staticRequestsPerSec,
      },
      { text: "≥ 0.5× static", met: f.requestsPerSec >= 0.5 * f.staticRequestsPerSec },
    );
    fig("flash.errors", "flash crowd errors (non-200 or failed)", "requests", f.errors, undefined, {
      text: "0",
      met: f.errors === 0,
    });
    fig("flash.stale", "flash crowd: most a page lagged the last publish", "ms", f.staleMaxMs, undefined, {
      text: "≤ 1000 ms",
      met: f.staleMaxMs <= 1000 && f.staleOver1s === 0,
    });
    notes[`flash.${db}.${n}`] = f;
  }
  return { figures, plans, notes };
}

const t0 = Date.now();
for (const db of dbs as ("pglite" | "postgres")[]) {
  for (const n of sizes) {
    const r = await runOne(db, n);
    // Read the file again: another run (another N) may have written it meanwhile.
    const results: Results = mergeResults(loadResults(), r.figures, r.plans, r.notes);
    writeResults(results); // after every db × N, so an interrupted run keeps what it measured
    console.table(
      r.figures.map((f) => ({
        figure: f.label,
        unit: f.unit,
        value: f.value,
        baseline: f.baseline ?? "",
        ratio: f.ratio ?? "",
        goal: f.goal ?? "",
        met: f.met ?? "",
      })),
    );
  }
}
console.log(
  `wrote bench/results.json, bench/RESULTS.md and bench/growth.svg in ${round((Date.now() - t0) / 60_000, 1)} min`,
);
process.exit(0);
