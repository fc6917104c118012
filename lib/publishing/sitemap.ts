import "server-only";
// /sitemap.xml and its parts: every public page of every public workspace. Past the protocol's
// 50,000 URLs a file, /sitemap.xml is an index of /sitemaps/<n>.xml parts. Each part is read from
// the database on its own, a page of one section in SQL (a workspace's claims, revision lists,
// revisions, documents or claimants), so no request holds more than one part: building every entry
// per request took 2.5 s and a gigabyte at 100,000 claims, and would not finish at 1M.
import { Prisma, type Db } from "@/lib/db";
import { liveClaimSql } from "@/lib/claims/live-sql";
import { absoluteUrl, publicPaths } from "./urls";
import { escapeXml } from "./xml";

export interface SitemapEntry {
  url: string;
  lastModified?: Date;
}

/** The sitemaps protocol's limit of URLs in one file; past it /sitemap.xml is an index of parts. */
export const SITEMAP_LIMIT = 50_000;

const KINDS = ["claims", "revisionLists", "revisions", "documents", "claimants"] as const;
type Kind = (typeof KINDS)[number];
type Paths = ReturnType<typeof publicPaths>;

interface PublicWs {
  id: string;
  slug: string;
  updatedAt: Date;
  changeSeq: number;
}
interface Section {
  ws: PublicWs;
  kind: Kind;
}
/** One row of a section: its page's ids and date. */
interface Row {
  a: string;
  b: number | null;
  at: Date;
}

const listed = (alias: string) =>
  Prisma.sql`${liveClaimSql(alias)} AND ${Prisma.raw(`${alias}.status IN ('published', 'retracted')`)}`;
// A claim page changes with its verdict or its text.
const AT = Prisma.raw(`coalesce(c."dateModified", c."publishedAt", c."updatedAt")`);

/** A section's rows, unordered: callers order by (a, b). Public claims carry every page listed. */
function sectionSql({ ws, kind }: Section): Prisma.Sql {
  const claims = Prisma.sql`"Claim" c WHERE c."workspaceId" = ${ws.id} AND ${listed("c")}`;
  switch (kind) {
    case "claims":
      return Prisma.sql`SELECT c.id AS a, NULL::int AS b, ${AT} AS at FROM ${claims}`;
    case "revisionLists":
      return Prisma.sql`SELECT c.id AS a, NULL::int AS b, ${AT} AS at FROM ${claims}
        AND EXISTS (SELECT 1 FROM "ClaimRevision" r WHERE r."claimId" = c.id)`;
    case "revisions":
      // A published revision never changes: its date is its publication.
      return Prisma.sql`SELECT r."claimId" AS a, r.number AS b, r."publishedAt" AS at
        FROM "ClaimRevision" r, ${claims} AND c.id = r."claimId"`;
    case "documents":
      // A document in the trash has no public page (its published claims keep theirs).
      return Prisma.sql`SELECT c."documentId" AS a, NULL::int AS b, max(${AT}) AS at FROM ${claims}
        AND EXISTS (SELECT 1 FROM "Document" d WHERE d.id = c."documentId" AND d."deletedAt" IS NULL)
        GROUP BY c."documentId"`;
    case "claimants":
      return Prisma.sql`SELECT c."claimantId" AS a, NULL::int AS b, max(${AT}) AS at FROM ${claims}
        AND c."claimantId" IS NOT NULL GROUP BY c."claimantId"`;
  }
}

function entryOf(kind: Kind, p: Paths, origin: string, r: Row): SitemapEntry {
  const path =
    kind === "claims"
      ? p.claim(r.a)
      : kind === "revisionLists"
        ? p.revisions(r.a)
        : kind === "revisions"
          ? p.revision(r.a, r.b!)
          : kind === "documents"
            ? p.document(r.a)
            : p.claimant(r.a);
  return { url: absoluteUrl(path, origin), lastModified: r.at };
}

async function publicWorkspaces(db: Db): Promise<PublicWs[]> {
  return db.workspace.findMany({
    where: { isPublic: true },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, updatedAt: true, changeSeq: true },
  });
}

/** The date of a workspace's latest public change: its home and index pages change with any claim. */
async function latestChange(db: Db, ws: PublicWs): Promise<Date> {
  const [{ at }] = await db.$queryRaw<{ at: Date | null }[]>`
    SELECT max(${AT}) AS at FROM "Claim" c WHERE c."workspaceId" = ${ws.id} AND ${listed("c")}`;
  return at && at > ws.updatedAt ? at : ws.updatedAt;
}

/** The site's start page, then each workspace's home, methodology and index pages. */
function sitePages(workspaces: PublicWs[], latest: Map<string, Date>, origin: string): SitemapEntry[] {
  const out: SitemapEntry[] = [{ url: `${origin}/` }];
  for (const ws of workspaces) {
    const p = publicPaths(ws.slug);
    const at = latest.get(ws.id) ?? ws.updatedAt;
    out.push(
      { url: absoluteUrl(p.home, origin), lastModified: at },
      { url: absoluteUrl(p.methodology, origin), lastModified: ws.updatedAt },
    );
    for (const path of [p.verdicts(), p.claimants(), p.documents(), p.corrections()])
      out.push({ url: absoluteUrl(path, origin), lastModified: at });
  }
  return out;
}

async function sectionRows(db: Db, s: Section, offset = 0, limit?: number): Promise<Row[]> {
  return db.$queryRaw<Row[]>`SELECT s.a, s.b, s.at FROM (${sectionSql(s)}) s ORDER BY s.a, s.b
    ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit} OFFSET ${offset}`}`;
}

/** Every public page of every public workspace (one file's worth: callers check the count first). */
export async function publicSitemap(db: Db, origin: string): Promise<SitemapEntry[]> {
  const workspaces = await publicWorkspaces(db);
  const latest = new Map(await Promise.all(workspaces.map(async (ws) => [ws.id, await latestChange(db, ws)] as const)));
  const out = sitePages(workspaces, latest, origin);
  for (const ws of workspaces)
    for (const kind of KINDS) {
      const p = publicPaths(ws.slug);
      for (const r of await sectionRows(db, { ws, kind })) out.push(entryOf(kind, p, origin, r));
    }
  return out;
}

/** A part of the sitemap: a slice of the site's pages, or a page of one section. */
type Part = { pages: [number, number]; latest: Date | null } | { section: Section; chunk: number; latest: Date | null };

interface Plan {
  key: string;
  latest: Map<string, Date>;
  parts: Part[];
  total: number;
}

// The parts, per value of the public workspaces' change counters (and the limit): summing every
// section reads each table once, so the index and its parts, fetched one after another, share it.
let planned: Plan | null = null;

async function plan(db: Db, workspaces: PublicWs[], limit: number): Promise<Plan> {
  const key = `${limit}|${workspaces.map((w) => `${w.id}:${w.changeSeq}`).join(",")}`;
  if (planned?.key === key) return planned;
  const latest = new Map<string, Date>();
  for (const ws of workspaces) latest.set(ws.id, await latestChange(db, ws));
  const pages = sitePages(workspaces, latest, "");
  const parts: Part[] = [];
  for (let i = 0; i < pages.length; i += limit)
    parts.push({ pages: [i, i + limit], latest: latestOf(pages.slice(i, i + limit)) });
  let total = pages.length;
  for (const ws of workspaces)
    for (const kind of KINDS) {
      const section = { ws, kind };
      const chunks = await db.$queryRaw<{ chunk: number; n: number; latest: Date | null }[]>`
        SELECT ((x.i - 1) / ${limit})::int AS chunk, count(*)::int AS n, max(x.at) AS latest
        FROM (SELECT row_number() OVER (ORDER BY s.a, s.b) AS i, s.at FROM (${sectionSql(section)}) s) x
        GROUP BY 1 ORDER BY 1`;
      for (const c of chunks) parts.push({ section, chunk: c.chunk, latest: c.latest });
      total += chunks.reduce((n, c) => n + c.n, 0);
    }
  planned = { key, latest, parts, total };
  return planned;
}

function latestOf(entries: SitemapEntry[]): Date | null {
  return entries.reduce<Date | null>(
    (m, e) => (e.lastModified && (!m || e.lastModified > m) ? e.lastModified : m),
    null,
  );
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/** A urlset of `entries`, escaped, with their dates. */
export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (e) =>
      `<url>\n<loc>${escapeXml(e.url)}</loc>\n${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>\n` : ""}</url>\n`,
  );
  return `${xmlHead}<urlset ${NS}>\n${urls.join("")}</urlset>\n`;
}

/** Where part `n` (from 1) of a large sitemap lives. */
export const sitemapPartUrl = (origin: string, n: number) => `${origin}/sitemaps/${n}.xml`;

/** A sitemap index naming parts 1…n, each with the date of its latest page. */
export function sitemapIndexXml(origin: string, latest: (Date | null)[]): string {
  const list = latest.map(
    (d, i) =>
      `<sitemap>\n<loc>${escapeXml(sitemapPartUrl(origin, i + 1))}</loc>\n${d ? `<lastmod>${d.toISOString()}</lastmod>\n` : ""}</sitemap>\n`,
  );
  return `${xmlHead}<sitemapindex ${NS}>\n${list.join("")}</sitemapindex>\n`;
}

/**
 * The XML for /sitemap.xml (`part` undefined) or one of its parts: every URL in one urlset while
 * they fit `limit`, else an index of parts of at most `limit` URLs each. Null for a part that does
 * not exist.
 */
export async function sitemapXml(db: Db, origin: string, part?: number, limit = SITEMAP_LIMIT) {
  const workspaces = await publicWorkspaces(db);
  const { latest, parts, total } = await plan(db, workspaces, limit);
  if (part === undefined) {
    if (total <= limit) return urlsetXml(await publicSitemap(db, origin));
    return sitemapIndexXml(
      origin,
      parts.map((p) => p.latest),
    );
  }
  const chosen = total > limit && Number.isInteger(part) ? parts[part - 1] : undefined;
  if (!chosen) return null;
  if ("pages" in chosen) return urlsetXml(sitePages(workspaces, latest, origin).slice(...chosen.pages));
  const { section, chunk } = chosen;
  const p = publicPaths(section.ws.slug);
  const rows = await sectionRows(db, section, chunk * limit, limit);
  return urlsetXml(rows.map((r) => entryOf(section.kind, p, origin, r)));
}

/** The response for /sitemap.xml or /sitemaps/<part>.xml. */
export async function sitemapResponse(db: Db, origin: string, part?: number): Promise<Response> {
  const xml = await sitemapXml(db, origin, part);
  if (xml === null)
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
