import "server-only";
// Every public page of every public workspace, for /sitemap.xml (app/sitemap.xml/route.ts). One query: public claims
// carry the documents, claimants and revisions that make those pages public.
import type { Db } from "@/lib/db";
import { absoluteUrl, publicPaths } from "./urls";
import { escapeXml } from "./xml";
import { publicClaimWhere } from "./visibility";

export interface SitemapEntry {
  url: string;
  lastModified?: Date;
}

export async function publicSitemap(db: Db, origin: string): Promise<SitemapEntry[]> {
  const workspaces = await db.workspace.findMany({
    where: { isPublic: true },
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      updatedAt: true,
      claims: {
        where: publicClaimWhere,
        select: {
          id: true,
          documentId: true,
          // A document in the trash has no public page (its published claims keep theirs).
          document: { select: { deletedAt: true } },
          claimantId: true,
          publishedAt: true,
          dateModified: true,
          updatedAt: true,
          revisions: { select: { number: true, publishedAt: true } },
        },
      },
    },
  });
  const out: SitemapEntry[] = [];
  for (const ws of workspaces) {
    const p = publicPaths(ws.slug);
    const at = (c: (typeof ws.claims)[number]) => c.dateModified ?? c.publishedAt ?? c.updatedAt;
    const latest = ws.claims.reduce((m, c) => (at(c) > m ? at(c) : m), ws.updatedAt);
    out.push(
      { url: absoluteUrl(p.home, origin), lastModified: latest },
      { url: absoluteUrl(p.methodology, origin), lastModified: ws.updatedAt },
    );
    // The record's index pages change whenever any public claim does.
    for (const path of [p.verdicts(), p.claimants(), p.documents(), p.corrections()])
      out.push({ url: absoluteUrl(path, origin), lastModified: latest });
    const docs = new Map<string, Date>();
    const claimants = new Map<string, Date>();
    for (const c of ws.claims) {
      out.push({ url: absoluteUrl(p.claim(c.id), origin), lastModified: at(c) });
      if (c.revisions.length) out.push({ url: absoluteUrl(p.revisions(c.id), origin), lastModified: at(c) });
      // A published revision never changes: its date is its publication.
      for (const r of c.revisions)
        out.push({ url: absoluteUrl(p.revision(c.id, r.number), origin), lastModified: r.publishedAt });
      if (c.documentId && !c.document?.deletedAt) keepLatest(docs, c.documentId, at(c));
      if (c.claimantId) keepLatest(claimants, c.claimantId, at(c));
    }
    for (const [id, d] of docs) out.push({ url: absoluteUrl(p.document(id), origin), lastModified: d });
    for (const [id, d] of claimants) out.push({ url: absoluteUrl(p.claimant(id), origin), lastModified: d });
  }
  return out;
}

function keepLatest(m: Map<string, Date>, key: string, d: Date) {
  const prev = m.get(key);
  if (!prev || d > prev) m.set(key, d);
}

/** The sitemaps protocol's limit of URLs in one file; past it /sitemap.xml is an index of parts. */
export const SITEMAP_LIMIT = 50_000;

const xmlHead = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

function urlset(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (e) =>
      `<url>\n<loc>${escapeXml(e.url)}</loc>\n${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>\n` : ""}</url>\n`,
  );
  return `${xmlHead}<urlset ${NS}>\n${urls.join("")}</urlset>\n`;
}

/** Where part `n` (from 1) of a large sitemap lives. */
export const sitemapPartUrl = (origin: string, n: number) => `${origin}/sitemaps/${n}.xml`;

/**
 * The XML for /sitemap.xml (`part` undefined) or one of its parts: every URL in one urlset while
 * they fit the protocol's limit, else an index naming the parts of `limit` URLs each. Null for a
 * part that does not exist.
 */
export function sitemapXml(
  entries: SitemapEntry[],
  origin: string,
  part?: number,
  limit = SITEMAP_LIMIT,
): string | null {
  const parts = Math.max(1, Math.ceil(entries.length / limit));
  if (part === undefined) {
    if (parts === 1) return urlset(entries);
    const list = Array.from({ length: parts }, (_, i) => {
      const slice = entries.slice(i * limit, (i + 1) * limit);
      const latest = slice.reduce<Date | undefined>(
        (m, e) => (e.lastModified && (!m || e.lastModified > m) ? e.lastModified : m),
        undefined,
      );
      return `<sitemap>\n<loc>${escapeXml(sitemapPartUrl(origin, i + 1))}</loc>\n${latest ? `<lastmod>${latest.toISOString()}</lastmod>\n` : ""}</sitemap>\n`;
    });
    return `${xmlHead}<sitemapindex ${NS}>\n${list.join("")}</sitemapindex>\n`;
  }
  if (!Number.isInteger(part) || part < 1 || part > parts || parts === 1) return null;
  return urlset(entries.slice((part - 1) * limit, part * limit));
}

/** The response for /sitemap.xml or /sitemaps/<part>.xml: the site's start page, then every public page. */
export async function sitemapResponse(db: Db, origin: string, part?: number): Promise<Response> {
  const entries: SitemapEntry[] = [{ url: `${origin}/` }, ...(await publicSitemap(db, origin))];
  const xml = sitemapXml(entries, origin, part);
  if (xml === null)
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
