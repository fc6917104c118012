// Open Graph, Twitter and canonical metadata for public pages, all on the public origin (PUBLIC_URL, else the host the request used).
import type { Metadata } from "next";
import { requestPublicOrigin } from "@/lib/platform/request-origin";
import { publicPaths } from "@/lib/publishing/urls";
import { loadWorkspace } from "./data";

type PublicWs = NonNullable<Awaited<ReturnType<typeof loadWorkspace>>>;

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

/**
 * generateMetadata of a page of one public workspace: pageMetadata with its name and slug, then
 * `extra` for what the page adds; NOT_FOUND_METADATA when there is no such public workspace.
 */
export async function workspaceMetadata(
  params: Promise<{ workspace: string }>,
  page: (ws: PublicWs) => { title: string; description?: string | null; path: string },
  extra: (meta: Metadata, ws: PublicWs) => Metadata | Promise<Metadata> = (meta) => meta,
): Promise<Metadata> {
  const ws = await loadWorkspace((await params).workspace);
  if (!ws) return NOT_FOUND_METADATA;
  return extra(await pageMetadata({ slug: ws.slug, siteName: ws.name, ...page(ws) }), ws);
}
