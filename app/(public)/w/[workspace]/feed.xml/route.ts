// Atom feed of a public workspace's new verdicts and corrections (lib/publishing/feed).
import { getDb } from "@/lib/db/server";
import { publicOrigin } from "@/lib/platform/origin";
import { atomFeed, feedEntries, publicWorkspace } from "@/lib/publishing";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const db = await getDb();
  const ws = await publicWorkspace(db, (await params).workspace);
  if (!ws)
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const origin = publicOrigin(req.headers);
  const xml = atomFeed(ws, await feedEntries(db, ws, origin), origin);
  return new Response(xml, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
