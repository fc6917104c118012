// Open Graph, Twitter and canonical metadata for public pages, all on the public origin.
import type { Metadata } from "next";
import { publicUrl } from "@/lib/env";
import { publicPaths } from "@/lib/publishing/urls";

export function pageMetadata(opts: { slug: string; siteName: string; title: string; description?: string | null; path: string; type?: "website" | "article" }): Metadata {
  const origin = publicUrl();
  const url = `${origin}${opts.path}`;
  const description = opts.description?.slice(0, 300) || undefined;
  return {
    metadataBase: new URL(origin),
    title: opts.title,
    description,
    alternates: {
      canonical: url,
      types: { "application/atom+xml": [{ url: `${origin}${publicPaths(opts.slug).feed}`, title: `${opts.siteName}: verdicts and corrections` }] },
    },
    openGraph: { type: opts.type ?? "website", url, title: opts.title, description, siteName: opts.siteName, locale: "en" },
    twitter: { card: "summary", title: opts.title, description },
  };
}

export const NOT_FOUND_METADATA: Metadata = { title: "Not found", robots: { index: false } };
