import type { MetadataRoute } from "next";
import { publicUrl } from "@/lib/env";

// Per request, so the sitemap address follows PUBLIC_URL at run time rather than at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/desk", "/api", "/signin", "/signout"] }],
    sitemap: `${publicUrl()}/sitemap.xml`,
  };
}
