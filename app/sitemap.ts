import type { MetadataRoute } from "next";
import { getDb } from "@/lib/db/server";
import { requestPublicOrigin } from "@/lib/platform/request-origin";
import { publicSitemap } from "@/lib/publishing";

// Built per request from the database (never at build time), on the public origin.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await requestPublicOrigin();
  return [{ url: `${origin}/` }, ...(await publicSitemap(await getDb(), origin))];
}
