// Public paths, so pages, the sitemap, the feed and JSON-LD agree on every address.
import { publicUrl } from "@/lib/env";

const enc = encodeURIComponent;

export function publicPaths(slug: string) {
  const home = `/w/${enc(slug)}`;
  return {
    home,
    claim: (id: string) => `${home}/claims/${enc(id)}`,
    document: (id: string, claimId?: string) => `${home}/documents/${enc(id)}${claimId ? `#claim-${enc(claimId)}` : ""}`,
    claimant: (id: string) => `${home}/claimants/${enc(id)}`,
    search: (params: Record<string, string | number | undefined> = {}) => {
      const qs = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") qs.set(k, String(v));
      const s = qs.toString();
      return `${home}/search${s ? `?${s}` : ""}`;
    },
    methodology: `${home}/methodology`,
    feed: `${home}/feed.xml`,
    dataset: `/api/v1/workspaces/${enc(slug)}/export?format=json`,
  };
}

/** Absolute URL on the public origin (PUBLIC_URL), for canonical links, feeds and JSON-LD. */
export function absoluteUrl(path: string, origin: string = publicUrl()): string {
  return `${origin}${path}`;
}
