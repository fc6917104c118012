// Public paths, so pages, the sitemap, the feed and JSON-LD agree on every address.
import { publicUrl } from "@/lib/env";

const enc = encodeURIComponent;

type Query = Record<string, string | number | undefined>;

/** Empty parameters are left out, so equal filters always give the same address. */
function withQuery(path: string, params: Query): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") qs.set(k, String(v));
  const s = qs.toString();
  return `${path}${s ? `?${s}` : ""}`;
}

export function publicPaths(slug: string) {
  const home = `/w/${enc(slug)}`;
  return {
    home,
    claim: (id: string) => `${home}/claims/${enc(id)}`,
    document: (id: string, claimId?: string) =>
      `${home}/documents/${enc(id)}${claimId ? `#claim-${enc(claimId)}` : ""}`,
    claimant: (id: string) => `${home}/claimants/${enc(id)}`,
    revisions: (id: string) => `${home}/claims/${enc(id)}/revisions`,
    revision: (id: string, n: number) => `${home}/claims/${enc(id)}/revisions/${n}`,
    search: (params: Query = {}) => withQuery(`${home}/search`, params),
    corrections: (params: Query = {}) => withQuery(`${home}/corrections`, params),
    correctionsFeed: `${home}/corrections/feed.xml`,
    claimants: (params: Query = {}) => withQuery(`${home}/claimants`, params),
    documents: (params: Query = {}) => withQuery(`${home}/documents`, params),
    verdicts: (params: Query = {}) => withQuery(`${home}/verdicts`, params),
    methodology: `${home}/methodology`,
    feed: `${home}/feed.xml`,
    dataset: `/api/v1/workspaces/${enc(slug)}/export?format=json`,
  };
}

/** Absolute URL on the public origin (PUBLIC_URL), for canonical links, feeds and JSON-LD. */
export function absoluteUrl(path: string, origin: string = publicUrl()): string {
  return `${origin}${path}`;
}
