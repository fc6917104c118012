// The sitemap, built per request from the database on the public origin: one urlset while the
// public pages fit the protocol's 50,000 URLs, else an index of /sitemaps/<n>.xml parts.
import { getDb } from "@/lib/db/server";
import { publicOrigin } from "@/lib/platform/origin";
import { sitemapResponse } from "@/lib/publishing";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  return sitemapResponse(await getDb(), publicOrigin(req.headers));
}
