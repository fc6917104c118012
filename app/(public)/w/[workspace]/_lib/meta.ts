// Open Graph, Twitter and canonical metadata for public pages, all on the public origin (PUBLIC_URL, else the host the request used).
import type { Metadata } from "next";
import { requestPublicOrigin } from "@/lib/platform/request-origin";
import { publicPaths } from "@/lib/publishing/urls";

export async function pageMetadata(opts: {
  slug: string;
  siteName: string;
  title: string;
  description?: string | null;
  path: string;
  type?: "website" | "article";
}): Promise<Metadata> {
  const origin = await requestPublicOrigin();
  const url = `${origin}${opts.path}`;
  const description = opts.description?.slice(0, 300) || undefined;
  return {
    metadataBase: new URL(origin),
    title: opts.title,
    description,
    alternates: {
      canonical: url,
      types: {
        "application/atom+xml": [
          { url: `${origin}${publicPaths(opts.slug).feed}`, title: `${opts.siteName}: verdicts and corrections` },
        ],
      },
    },
    openGraph: {
      type: opts.type ?? "website",
      url,
      title: opts.title,
      description,
      siteName: opts.siteName,
      locale: "en",
    },
    twitter: { card: "summary", title: opts.title, description },
  };
}

export const NOT_FOUND_METADATA: Metadata = { title: "Not found", robots: { index: false } };
