// Public view throughput: the production server (`npm start` → `next start`) on a fresh embedded
// demo database, loaded with autocannon over loopback, for a published claim page, a document
// credibility view, and a trivial route on the same server as the baseline (/robots.txt: a
// force-dynamic metadata route that touches no database). Prints requests/s and p95 latency, and
// each page's ratio to the baseline; writes bench/results-public.json; stops the server.
// Run: npx tsx --conditions=react-server bench/public.ts [--duration 10] [--connections 10]
// Reuses the existing .next build (npm start builds only when there is none).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { duration: { type: "string", default: "10" }, connections: { type: "string", default: "10" } } });
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
if (!(DURATION > 0 && DURATION <= 60) || !(Number.isInteger(CONNECTIONS) && CONNECTIONS > 0 && CONNECTIONS <= 100)) {
  throw new Error("--duration is 1–60 seconds and --connections 1–100");
}

// autocannon ships no types; the part used here.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { average: number; p50: number; p99: number; max: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
interface AutocannonInstance {
  on(event: "response", fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
  on(event: "done", fn: (result: AutocannonResult) => void): void;
  on(event: "error", fn: (err: Error) => void): void;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; timeout?: number }) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const ROOT = path.resolve(import.meta.dirname, "..");
const DATA = ".data/bench-public";
const dataFiles = [DATA, `${DATA}.lock`, `${DATA}.pid`].map((f) => path.join(ROOT, f));
const removeData = () => dataFiles.forEach((f) => fs.rmSync(f, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `npm start` in its own process group, so stopping it stops tsx, next and the database too. */
function startServer(port: number, origin: string, log: string[]): ChildProcess {
  const child = spawn("npm", ["start"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: `pglite:${DATA}`, PORT: String(port), PUBLIC_URL: origin, NEXTAUTH_URL: origin, DEMO: "1", NODE_ENV: "production" },
  });
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString().split("\n").filter(Boolean));
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return child;
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const group = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* already gone */
    }
  };
  group("SIGTERM");
  if (await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)])) return;
  group("SIGKILL");
  await Promise.race([exited, sleep(5_000)]);
}

async function waitReady(child: ChildProcess, origin: string, log: string[]) {
  const deadline = Date.now() + 15 * 60_000; // a missing build is made first
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log.slice(-30).join("\n")}`);
    try {
      const res = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(500);
  }
  throw new Error(`the server was not ready in time:\n${log.slice(-30).join("\n")}`);
}

async function get(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return res.text();
}

/** A published (not retracted) claim page and a document page, from the sitemap. */
async function pickPages(origin: string) {
  const locs = [...(await get(`${origin}/sitemap.xml`)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1].replace(/&amp;/g, "&")).pathname);
  const document = locs.find((p) => /^\/w\/demo\/documents\//.test(p));
  let claim: string | undefined;
  for (const p of locs.filter((l) => /^\/w\/demo\/claims\//.test(l))) {
    const html = await get(origin + p);
    if (!html.includes('data-testid="retraction"') && html.includes("See this passage in the document")) {
      claim = p;
      break;
    }
  }
  if (!claim || !document) throw new Error("the demo has no published claim or document page");
  return { claim, document };
}

interface Row {
  name: string;
  path: string;
  requestsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  kbPerResponse: number;
  non2xx: number;
  errors: number;
  rpsVsBaseline?: number;
  p95VsBaseline?: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function load(name: string, origin: string, p: string): Promise<Row> {
  for (let i = 0; i < 20; i++) await get(origin + p); // warm up: compile caches, JIT, database pages
  const times: number[] = [];
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const inst = autocannon({ url: origin + p, connections: CONNECTIONS, duration: DURATION, timeout: 30 });
    inst.on("response", (_c, _status, _bytes, ms) => times.push(ms));
    inst.on("done", resolve);
    inst.on("error", reject);
  });
  times.sort((a, b) => a - b);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const row: Row = {
    name, path: p,
    requestsPerSec: r2(result.requests.total / result.duration),
    p50Ms: r2(percentile(times, 50)),
    p95Ms: r2(percentile(times, 95)),
    p99Ms: r2(percentile(times, 99)),
    requests: result.requests.total,
    kbPerResponse: r2(result.throughput.average / Math.max(1, result.requests.average) / 1024),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  console.error(`${name}: ${row.requestsPerSec} req/s, p95 ${row.p95Ms} ms`);
  return row;
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const log: string[] = [];
removeData();
console.error(`starting the app on ${origin} (fresh demo database at ${DATA})…`);
const t0 = Date.now();
const server = startServer(port, origin, log);
const onSignal = () => void stopServer(server).then(() => (removeData(), process.exit(130)));
process.once("SIGINT", onSignal);
process.once("SIGTERM", onSignal);
try {
  await waitReady(server, origin, log);
  const startupSeconds = +((Date.now() - t0) / 1000).toFixed(1);
  console.error(`ready in ${startupSeconds}s`);
  const pages = await pickPages(origin);
  const rows = [
    await load("baseline: /robots.txt", origin, "/robots.txt"),
    await load("published claim page", origin, pages.claim),
    await load("document credibility view", origin, pages.document),
  ];
  const base = rows[0];
  for (const r of rows.slice(1)) {
    r.rpsVsBaseline = +(r.requestsPerSec / base.requestsPerSec).toFixed(3);
    r.p95VsBaseline = +(r.p95Ms / base.p95Ms).toFixed(2);
  }
  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus()[0]?.model} ×${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
    database: "pglite (embedded demo, fresh)",
    server: "next start (production build), loopback",
    load: { tool: "autocannon", connections: CONNECTIONS, durationSeconds: DURATION, warmupRequests: 20 },
    baseline: "/robots.txt — a force-dynamic route on the same server that reads no database (there is no static favicon)",
    note: "requestsPerSec = completed requests / duration; p95 from every response's latency; *VsBaseline = page ÷ baseline (rps < 1 and p95 > 1 mean slower)",
    startupSeconds,
    rows,
  };
  console.table(rows.map((r) => ({ name: r.name, "req/s": r.requestsPerSec, "p50 ms": r.p50Ms, "p95 ms": r.p95Ms, "p99 ms": r.p99Ms, "KB/resp": r.kbPerResponse, "req/s ÷ base": r.rpsVsBaseline ?? 1, "p95 ÷ base": r.p95VsBaseline ?? 1, "non-2xx": r.non2xx, errors: r.errors })));
  fs.writeFileSync(path.join(ROOT, "bench/results-public.json"), JSON.stringify(result, null, 2) + "\n");
  console.log("wrote bench/results-public.json");
  if (rows.some((r) => r.non2xx || r.errors)) console.error("warning: some responses failed; see non2xx/errors");
} finally {
  await stopServer(server);
  removeData();
}
process.exit(0);
