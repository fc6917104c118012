// Atom feed of a public workspace's corrections and retractions (the /corrections log).
import { getDb } from "@/lib/db/server";
import { publicOrigin } from "@/lib/platform/origin";
import { atomFeed, correctionFeedEntries, publicPaths, publicWorkspace } from "@/lib/publishing";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const db = await getDb();
  const ws = await publicWorkspace(db, (await params).workspace);
  if (!ws)
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const origin = publicOrigin(req.headers);
  const p = publicPaths(ws.slug);
  const xml = atomFeed(ws, await correctionFeedEntries(db, ws, origin), origin, {
    self: p.correctionsFeed,
    alternate: p.corrections(),
    title: `${ws.name}: corrections and retractions`,
  });
  return new Response(xml, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
