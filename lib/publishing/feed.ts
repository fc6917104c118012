import "server-only";
// Atom feeds, newest first: the workspace's new verdicts and corrections (retractions included),
// and its corrections log alone. Both read corrections through latestCorrections (record.ts).
import type { Db } from "@/lib/db";
import { markdownToText } from "@/lib/markdown";
import { latestCorrections } from "./record";
import { absoluteUrl, publicPaths } from "./urls";
import { isRetraction, listedClaimWhere } from "./visibility";
import { publicWorkspace, type PublicWorkspace } from "./workspace";
import { escapeXml } from "./xml";

export interface FeedEntry {
  id: string;
  kind: "verdict" | "correction" | "retraction";
  title: string;
  link: string;
  updated: Date;
  summary: string;
  category: string | null;
}

export async function feedEntries(db: Db, ws: PublicWorkspace, origin: string, take = 50): Promise<FeedEntry[]> {
  const paths = publicPaths(ws.slug);
  const [verdicts, corrections] = await Promise.all([
    db.claim.findMany({
      where: { workspaceId: ws.id, ...listedClaimWhere },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take,
      select: {
        id: true,
        headline: true,
        publishedAt: true,
        updatedAt: true,
        rationale: true,
        rating: { select: { label: true } },
        claimant: { select: { name: true } },
      },
    }),
    latestCorrections(db, ws, take),
  ]);
  const entries: FeedEntry[] = [
    ...verdicts.map((c) => {
      const link = absoluteUrl(paths.claim(c.id), origin);
      const label = c.rating?.label ?? "Checked";
      const who = c.claimant ? `${c.claimant.name}: ` : "";
      return {
        id: link,
        kind: "verdict" as const,
        link,
        category: c.rating?.label ?? null,
        title: `${label} — ${who}${c.headline}`,
        updated: c.publishedAt ?? c.updatedAt,
        summary: c.rationale ? markdownToText(c.rationale, 500) : `Verdict: ${label}.`,
      };
    }),
    ...corrections.map((x) => correctionEntry(x, ws.slug, origin)),
  ];
  return entries.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id)).slice(0, take);
}

/**
 * A correction or retraction as a feed entry. Its id is the same in every feed (readers that
 * follow both show it once); it links to `page` when given, else to the note on the claim page.
 */
function correctionEntry(
  x: {
    id: string;
    kind: string;
    whatChanged: string;
    why: string;
    createdAt: Date;
    claim: { id: string; headline: string };
  },
  slug: string,
  origin: string,
  page?: string,
): FeedEntry {
  const id = `${absoluteUrl(publicPaths(slug).claim(x.claim.id), origin)}#correction-${x.id}`;
  const kind = isRetraction(x) ? ("retraction" as const) : ("correction" as const);
  const label = kind === "retraction" ? "Retraction" : "Correction";
  return {
    id,
    kind,
    link: page ? absoluteUrl(page, origin) : id,
    category: label,
    title: `${label}: ${x.claim.headline}`,
    updated: x.createdAt,
    summary: `${x.whatChanged.replace(/\.?\s*$/, ".")} Why: ${x.why}`,
  };
}

/** The corrections log's Atom entries: a correction links to the revision it published, a retraction to the claim's notice. */
export async function correctionFeedEntries(
  db: Db,
  ws: PublicWorkspace,
  origin: string,
  take = 50,
): Promise<FeedEntry[]> {
  const p = publicPaths(ws.slug);
  return (await latestCorrections(db, ws, take)).map((x) =>
    correctionEntry(
      x,
      ws.slug,
      origin,
      !isRetraction(x) && x.revisionNumber ? p.revision(x.claim.id, x.revisionNumber) : undefined,
    ),
  );
}

/** A public workspace's feed as the feed routes serve it: Atom, or a plain 404 for a workspace that is not public. */
export async function publicFeedResponse(
  db: Db,
  slug: string,
  origin: string,
  feed: "verdicts and corrections" | "corrections",
): Promise<Response> {
  const ws = await publicWorkspace(db, slug);
  if (!ws)
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const p = publicPaths(ws.slug);
  const xml =
    feed === "corrections"
      ? atomFeed(ws, await correctionFeedEntries(db, ws, origin), origin, {
          self: p.correctionsFeed,
          alternate: p.corrections(),
          title: `${ws.name}: corrections and retractions`,
        })
      : atomFeed(ws, await feedEntries(db, ws, origin), origin);
  return new Response(xml, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}

/** The Atom 1.0 document (RFC 4287). Every text goes through escapeXml. `self`, `title` and `alternate` (its HTML page) name a feed other than the main one. */
export function atomFeed(
  ws: Pick<PublicWorkspace, "slug" | "name" | "description" | "licence" | "updatedAt">,
  entries: FeedEntry[],
  origin: string,
  opts: { self?: string; title?: string; alternate?: string } = {},
): string {
  const paths = publicPaths(ws.slug);
  const home = absoluteUrl(paths.home, origin);
  const self = absoluteUrl(opts.self ?? paths.feed, origin);
  const updated = entries[0]?.updated ?? ws.updatedAt;
  const t = (s: string) => escapeXml(s);
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  <id>${t(self)}</id>`,
    `  <title>${t(opts.title ?? `${ws.name}: verdicts and corrections`)}</title>`,
    ...(ws.description ? [`  <subtitle>${t(ws.description)}</subtitle>`] : []),
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${t(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${t(opts.alternate ? absoluteUrl(opts.alternate, origin) : home)}"/>`,
    `  <author><name>${t(ws.name)}</name><uri>${t(home)}</uri></author>`,
    `  <rights>${t(ws.licence)}</rights>`,
    `  <generator>Corroborate</generator>`,
  ];
  for (const e of entries) {
    lines.push(
      `  <entry>`,
      `    <id>${t(e.id)}</id>`,
      `    <title>${t(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${t(e.link)}"/>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      ...(e.category ? [`    <category term="${t(e.category)}"/>`] : []),
      `    <summary>${t(e.summary)}</summary>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, "");
  return lines.join("\n");
}
