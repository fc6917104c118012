import "server-only";
// Every public page of every public workspace, for app/sitemap.ts. One query: public claims
// carry the documents, claimants and revisions that make those pages public.
import type { Db } from "@/lib/db";
import { absoluteUrl, publicPaths } from "./urls";
import { publicClaimWhere } from "./visibility";

export interface SitemapEntry {
  url: string;
  lastModified: Date;
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
