// Public pages as stored output. A public page (claim, document, claimant, the workspace's home and
// its search-less index pages) is rendered once per change of its workspace and then served from
// memory: each request costs one indexed lookup of the workspace's change counter
// (Workspace.changeSeq, bumped at the commit of every audited change by a trigger), and the stored
// copy is used only while the counter is unchanged. Each app instance checks the counter in the
// shared database, so a published change shows at once on every instance, however many there are.
// The server (bin/serve.ts) asks this before handing a request to Next; on a miss the page is
// rendered by requesting it from the same server over loopback, so Next renders it exactly as usual.
// The server runs outside Next's server bundle (no "server-only" here): it reads the counter through
// the process's one database handle, which Next's code opens on the first request that needs it.
import crypto from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";
import { LRUCache } from "lru-cache";
import type { Database } from "@/lib/db/open";
import { scriptFreePage, storedPagePolicy } from "@/lib/http/csp";
import { PAGE_RENDER_HEADER, pageRenderNonce, pageRenderSecret } from "@/lib/http/page-render";
import { hstsHeader } from "@/lib/http/url-guard";
import { publicOrigin } from "@/lib/platform/origin";
import { databaseHandle } from "@/lib/platform/process-shared";

// Which paths are public pages whose HTML depends only on the workspace's data. A query string
// (search terms, filters, Next's own `_rsc` navigations) always goes to Next, rendered per request.
const PUBLIC_PAGE =
  /^\/w\/([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\/(?:claims\/[^/]+(?:\/revisions(?:\/\d+)?)?|documents(?:\/[^/]+)?|claimants(?:\/[^/]+)?|verdicts|corrections|methodology|search))?$/;

// Document pages are stored without scripts: they need none (plain links and a GET search form),
// and Next's flight data would repeat the whole text (issue 17: a page ≤ 2× its text + 50 KB).
// Other public pages keep theirs, for client-side navigation between them.
const SCRIPT_FREE_PAGE = /^\/w\/[^/]+\/documents\/[^/]+$/;

/** The workspace slug when `url` (path and query) is a public page served from the cache. */
export function publicPageSlug(url: string): string | null {
  if (url.includes("?")) return null;
  return PUBLIC_PAGE.exec(url)?.[1] ?? null;
}

/**
 * What a CDN or reverse proxy may do with a stored page: keep it a second, then serve it stale for
 * up to a minute while it fetches the new one, so a spike reaches this server about once a second
 * per page and edge while a publish still shows within a second or two. Browsers revalidate every
 * time (max-age=0); unchanged pages answer 304 to the ETag.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=60";

// Headers copied from Next's render into the stored response (next.config.js sets the others).
const KEEP = ["content-type", "x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy"];

interface Stored {
  stamp: string;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

/**
 * "<workspace id>:<change counter>" for a public workspace; null when it is missing or private, or
 * while no database is open yet (Next then serves the request, and opens it).
 */
export async function publicStamp(slug: string): Promise<string | null> {
  const opened = databaseHandle<Database>().opened;
  if (!opened) return null;
  const [row] = await (
    await opened
  ).query<{ id: string; changeSeq: number }>(`SELECT id, "changeSeq" FROM "Workspace" WHERE slug = $1 AND "isPublic"`, [
    slug,
  ]);
  return row ? `${row.id}:${row.changeSeq}` : null;
}

function renderOverLoopback(
  port: number,
  url: string,
  req: http.IncomingMessage,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  // The host headers decide the page's absolute links (lib/platform/origin.ts), as they would have.
  const headers: Record<string, string> = { [PAGE_RENDER_HEADER]: pageRenderSecret(), "accept-encoding": "identity" };
  for (const h of ["host", "x-forwarded-host", "x-forwarded-proto"]) {
    const v = req.headers[h];
    if (typeof v === "string") headers[h] = v;
  }
  return new Promise((resolve, reject) => {
    const r = http.request({ host: "127.0.0.1", port, path: url, method: "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on("error", reject);
    });
    r.on("error", reject);
    r.end();
  });
}

function store(stamp: string, url: string, rendered: { headers: http.IncomingHttpHeaders; body: Buffer }): Stored {
  const html = rendered.body.toString("utf8");
  const sealed =
    (SCRIPT_FREE_PAGE.test(url) && scriptFreePage(html, pageRenderNonce())) ||
    storedPagePolicy(html, pageRenderNonce());
  const body = Buffer.from(sealed.html, "utf8");
  const headers: Record<string, string> = {};
  for (const h of KEEP) {
    const v = rendered.headers[h];
    if (typeof v === "string") headers[h] = v;
  }
  headers["content-security-policy"] = sealed.policy;
  const hsts = hstsHeader(process.env.PUBLIC_URL);
  if (hsts) headers["strict-transport-security"] = hsts;
  headers["cache-control"] = PUBLIC_CACHE_CONTROL;
  headers["vary"] = "Accept-Encoding";
  // Same bytes, same tag, on every instance: a reverse proxy may send its If-None-Match anywhere.
  const etag = `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  headers["etag"] = etag;
  return { stamp, headers, body, gzip: zlib.gzipSync(body), etag };
}

function send(req: http.IncomingMessage, res: http.ServerResponse, page: Stored) {
  const inm = req.headers["if-none-match"];
  if (inm && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === page.etag)) {
    res.writeHead(304, {
      etag: page.etag,
      "cache-control": page.headers["cache-control"],
      vary: page.headers["vary"],
    });
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? page.gzip : page.body;
  res.writeHead(200, {
    ...page.headers,
    ...(gzip ? { "content-encoding": "gzip" } : {}),
    "content-length": String(body.length),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Whether stamp `a` may replace `b`: another workspace under the slug, or a counter as high. */
function newer(a: string, b: string): boolean {
  const [ida, seqa] = a.split(":"),
    [idb, seqb] = b.split(":");
  return ida !== idb || Number(seqa) >= Number(seqb);
}

/** Whether stamp `a` is an older counter value of the same workspace as `b`. */
function olderOfSame(a: string, b: string): boolean {
  const [ida, seqa] = a.split(":"),
    [idb, seqb] = b.split(":");
  return ida === idb && Number(seqa) < Number(seqb);
}

/** How long readers may be served the previous copy of a page while its new copy renders. */
const STALE_MS = 500;

/**
 * Reads of a workspace's stamp, at most one in flight per slug: requests that arrive while one runs
 * share the next read, which starts after it ends, so after they arrived (it sees every commit
 * made before them). A crowd costs the database one read at a time, not one per request.
 */
export function coalescedStampReader(read: (slug: string) => Promise<string | null> = publicStamp) {
  type Slot = { running?: Promise<string | null>; queued?: Promise<string | null> };
  const slots = new Map<string, Slot>();
  const start = (slug: string, slot: Slot, after?: Promise<unknown>): Promise<string | null> => {
    const p = after
      ? after.then(
          () => read(slug),
          () => read(slug),
        )
      : read(slug);
    const tracked: Promise<string | null> = p.finally(() => {
      if (slot.running !== tracked) return;
      slot.running = slot.queued;
      slot.queued = undefined;
      if (!slot.running) slots.delete(slug);
    });
    return tracked;
  };
  return (slug: string): Promise<string | null> => {
    let slot = slots.get(slug);
    if (!slot) slots.set(slug, (slot = {}));
    if (!slot.running) return (slot.running = start(slug, slot));
    return (slot.queued ??= start(slug, slot, slot.running));
  };
}

export interface PageCache {
  /** Serves the request from the cache and returns true, or returns false: Next handles it. */
  handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean>;
}

export function createPageCache(opts: {
  port: number;
  maxBytes?: number;
  /** The workspace's stamp (tests give their own); by default its change counter in the database. */
  stamp?: (slug: string) => Promise<string | null>;
}): PageCache {
  const maxBytes = opts.maxBytes ?? Number(process.env.PUBLIC_PAGE_CACHE_MB ?? 128) * 2 ** 20;
  const pages = new LRUCache<string, Stored>({
    maxSize: Math.max(1, maxBytes),
    sizeCalculation: (p) => p.body.length + p.gzip.length + 2048,
  });
  // One render per page and counter value at a time: a crowd on a just-changed page shares it.
  const pending = new Map<string, { page: Promise<Stored | null>; since: number }>();
  const readStamp = coalescedStampReader(opts.stamp);

  async function fresh(key: string, url: string, stamp: string, req: http.IncomingMessage): Promise<Stored | null> {
    const hit = pages.get(key);
    if (hit?.stamp === stamp) return hit;
    const id = `${stamp}|${key}`;
    const running = pending.get(id);
    // While the new copy renders, the readers who join the render get the copy it replaces, for a
    // moment: a crowd doesn't queue behind each publish, and no one gets a page older than the
    // change by more than STALE_MS. The reader who started the render waits for it.
    if (running)
      return hit && olderOfSame(hit.stamp, stamp) && Date.now() - running.since < STALE_MS ? hit : running.page;
    const page = renderOverLoopback(opts.port, url, req)
      .then((r) => {
        // Only a page's 200 is stored; a 404, a redirect or an error goes to Next each time.
        if (r.status !== 200) return null;
        const page = store(stamp, url, r);
        const now = pages.get(key);
        // A slower render of an older counter value must not replace a newer one.
        if (!now || newer(page.stamp, now.stamp)) pages.set(key, page);
        return page;
      })
      .finally(() => pending.delete(id));
    pending.set(id, { page, since: Date.now() });
    return page;
  }

  return {
    async handle(req, res) {
      if (maxBytes <= 0 || (req.method !== "GET" && req.method !== "HEAD")) return false;
      // Next's client-side navigations and the cache's own renders go to Next.
      if (req.headers[PAGE_RENDER_HEADER] !== undefined || req.headers["rsc"] !== undefined) return false;
      const url = req.url ?? "/";
      const slug = publicPageSlug(url);
      if (!slug) return false;
      const stamp = await readStamp(slug).catch(() => null); // Next reports a database failure
      if (!stamp) return false;
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
      // A failed render (the server shutting down, say) leaves the request to Next as usual.
      const page = await fresh(`${publicOrigin(headers)}${url}`, url, stamp, req).catch(() => null);
      if (!page) return false;
      send(req, res, page);
      return true;
    },
  };
}
