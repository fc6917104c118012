// One part of a sitemap too large for one file (/sitemaps/1.xml, /sitemaps/2.xml, …).
import { getDb } from "@/lib/db/server";
import { publicOrigin } from "@/lib/platform/origin";
import { sitemapResponse } from "@/lib/publishing";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ part: string }> }) {
  const m = /^([1-9]\d{0,5})\.xml$/.exec((await params).part);
  return sitemapResponse(await getDb(), publicOrigin(req.headers), m ? Number(m[1]) : 0);
}
