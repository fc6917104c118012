// Open Graph, Twitter and canonical metadata for public pages, all on the public origin (PUBLIC_URL, else the host the request used).
import type { Metadata } from "next";
import { requestPublicOrigin } from "@/lib/platform/request-origin";
import { publicPaths } from "@/lib/publishing/urls";
import { loadWorkspace, type PublicWs, type RecordParams } from "./data";

type PageMeta = { title: string; description?: string | null; path: string; type?: "website" | "article" };

export async function pageMetadata(opts: PageMeta & { slug: string; siteName: string }): Promise<Metadata> {
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
  page: (ws: PublicWs) => PageMeta,
  extra: (meta: Metadata, ws: PublicWs) => Metadata | Promise<Metadata> = (meta) => meta,
): Promise<Metadata> {
  const ws = await loadWorkspace((await params).workspace);
  if (!ws) return NOT_FOUND_METADATA;
  return extra(await pageMetadata({ slug: ws.slug, siteName: ws.name, ...page(ws) }), ws);
}

/** generateMetadata of a record page: pageMetadata from the record (`load`, as the page loads it),
 * NOT_FOUND_METADATA when the workspace or the record is not public. */
export async function recordMetadata<P extends RecordParams, T>(
  params: Promise<P>,
  load: (q: P) => Promise<T | null>,
  page: (record: T, ws: PublicWs) => PageMeta,
): Promise<Metadata> {
  const q = await params;
  const [ws, record] = await Promise.all([loadWorkspace(q.workspace), load(q)]);
  if (!ws || !record) return NOT_FOUND_METADATA;
  return pageMetadata({ slug: ws.slug, siteName: ws.name, ...page(record, ws) });
}
