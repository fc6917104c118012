// Public pages over HTTP: `next start` on the seeded database, loaded with autocannon on
// loopback, beside a static HTML copy of the same page served by the same server (public/).
// A hot claim page (a viral verdict), 50 claim pages in rotation (an archive being browsed),
// a document credibility view, the workspace's home page and a claimant's page.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { percentile, round } from "../lib/stats";
import { ROOT, startServer, type Server } from "../lib/server";

interface AutocannonResult {
  requests: { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
interface AutocannonInstance {
  on(
    event: "response",
    fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
  ): void;
  on(event: "done", fn: (result: AutocannonResult) => void): void;
  on(event: "error", fn: (err: Error) => void): void;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  timeout?: number;
  requests?: { path: string }[];
}) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

export interface Load {
  path: string;
  requestsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  kbPerResponse: number;
  failed: number;
}

const STATIC_DIR = path.join(ROOT, "public/_bench");

async function get(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text() };
}

async function load(origin: string, paths: string[], connections: number, duration: number): Promise<Load> {
  for (const p of paths.slice(0, 20)) await get(origin + p); // warm-up: JIT, caches, database pages
  for (let i = 0; i < 10; i++) await get(origin + paths[0]);
  const times: number[] = [];
  let bytes = 0;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const inst = autocannon({
      url: origin,
      connections,
      duration,
      timeout: 30,
      requests: paths.map((p) => ({ path: p })),
    });
    inst.on("response", (_c, _s, resBytes, ms) => {
      times.push(ms);
      bytes += resBytes;
    });
    inst.on("done", resolve);
    inst.on("error", reject);
  });
  return {
    path: paths.length > 1 ? `${paths[0]} (+${paths.length - 1} more in rotation)` : paths[0],
    requestsPerSec: round(result.requests.total / result.duration, 1),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    kbPerResponse: round(bytes / Math.max(1, times.length) / 1024, 1),
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

export async function benchPages(
  databaseUrl: string,
  slug: string,
  claimIds: string[],
  documentIds: string[],
  opts: { connections: number; duration: number },
) {
  let server: Server | undefined = await startServer(databaseUrl);
  try {
    const claims: string[] = [];
    for (const id of claimIds) {
      if ((await get(`${server.origin}/w/${slug}/claims/${id}`)).status === 200) claims.push(`/w/${slug}/claims/${id}`);
      if (claims.length === 50) break;
    }
    let doc: string | undefined;
    for (const id of documentIds) {
      if ((await get(`${server.origin}/w/${slug}/documents/${id}`)).status === 200) {
        doc = `/w/${slug}/documents/${id}`;
        break;
      }
    }
    if (!claims.length || !doc) throw new Error("no published claim or document page answered 200");
    const home = `/w/${slug}`;
    const claimHtml = (await get(server.origin + claims[0])).body;
    const claimant = new RegExp(`href="(/w/${slug}/claimants/[^"#?]+)"`).exec(claimHtml)?.[1];
    if (!claimant) throw new Error("the claim page links no claimant");
    // The static baseline: the same HTML as a file in public/, which next start reads at startup.
    fs.rmSync(STATIC_DIR, { recursive: true, force: true });
    fs.mkdirSync(STATIC_DIR, { recursive: true });
    fs.writeFileSync(path.join(STATIC_DIR, "claim.html"), (await get(server.origin + claims[0])).body);
    fs.writeFileSync(path.join(STATIC_DIR, "document.html"), (await get(server.origin + doc)).body);
    fs.writeFileSync(path.join(STATIC_DIR, "home.html"), (await get(server.origin + home)).body);
    fs.writeFileSync(path.join(STATIC_DIR, "claimant.html"), (await get(server.origin + claimant)).body);
    // The search-less index pages; each one's first render (after a change, what the first reader
    // waits for) is timed once, then its HTML becomes a static copy for the baseline rotation.
    const indexes = ["verdicts", "claimants", "documents", "corrections"].map((name) => `/w/${slug}/${name}`);
    const firstRenderMs: Record<string, number> = {};
    for (const [i, page] of indexes.entries()) {
      const t0 = performance.now();
      const res = await get(server.origin + page);
      firstRenderMs[page] = round(performance.now() - t0);
      if (res.status !== 200) throw new Error(`${page} answered ${res.status}`);
      fs.writeFileSync(path.join(STATIC_DIR, `index-${i}.html`), res.body);
    }
    if ((await get(`${server.origin}/_bench/claim.html`)).status !== 200) {
      await server.stop();
      server = undefined;
      server = await startServer(databaseUrl);
    }
    const { origin } = server;
    const c = opts.connections,
      d = opts.duration;
    return {
      connections: c,
      durationSeconds: d,
      staticClaim: await load(origin, ["/_bench/claim.html"], c, d),
      claim: await load(origin, [claims[0]], c, d),
      claimRotation: await load(origin, claims, c, d),
      staticDocument: await load(origin, ["/_bench/document.html"], c, d),
      document: await load(origin, [doc], c, d),
      staticHome: await load(origin, ["/_bench/home.html"], c, d),
      home: await load(origin, [home], c, d),
      staticClaimant: await load(origin, ["/_bench/claimant.html"], c, d),
      claimant: await load(origin, [claimant], c, d),
      staticIndexes: await load(
        origin,
        indexes.map((_, i) => `/_bench/index-${i}.html`),
        c,
        d,
      ),
      indexes: await load(origin, indexes, c, d),
      firstRenderMs,
    };
  } finally {
    await server?.stop();
    fs.rmSync(STATIC_DIR, { recursive: true, force: true });
  }
}
