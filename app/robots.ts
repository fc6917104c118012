import type { MetadataRoute } from "next";
import { requestPublicOrigin } from "@/lib/platform/request-origin";

// Per request, so the sitemap address follows PUBLIC_URL (else the request's host) at run time.
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/desk", "/api", "/signin", "/signout"] }],
    sitemap: `${await requestPublicOrigin()}/sitemap.xml`,
  };
}
