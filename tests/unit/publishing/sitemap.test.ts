// /sitemap.xml follows the sitemaps protocol (sitemaps.org): at most SITEMAP_LIMIT URLs in one
// file; past it the file is a sitemap index naming its parts, each a urlset, together every URL
// once and in order. Tested here with a small limit.
import { describe, expect, it } from "vitest";
import { SITEMAP_LIMIT, sitemapXml, type SitemapEntry } from "@/lib/publishing/sitemap";
import { assertWellFormedXml } from "./xml-check";

const ORIGIN = "https://facts.example.org";
const entries = (n: number): SitemapEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    url: `${ORIGIN}/w/demo/claims/c${i}?a=1&b=2`,
    lastModified: i === 0 ? undefined : new Date(Date.UTC(2026, 0, 1 + ((i * 5) % 7))),
  }));
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replaceAll("&amp;", "&"));

describe("sitemapXml", () => {
  it("keeps the protocol's limit of 50,000 URLs a file", () => {
    expect(SITEMAP_LIMIT).toBe(50_000);
  });

  it("writes one urlset while the URLs fit, escaped, with their dates", () => {
    const xml = sitemapXml(entries(3), ORIGIN, undefined, 3)!;
    assertWellFormedXml(xml);
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
    );
    expect(locs(xml)).toEqual(entries(3).map((e) => e.url));
    expect(xml).toContain("c1?a=1&amp;b=2");
    expect(xml.match(/<lastmod>/g)).toHaveLength(2); // the first entry has no date
    expect(xml).toContain(`<lastmod>${entries(3)[1].lastModified!.toISOString()}</lastmod>`);
    // One file has no parts.
    expect(sitemapXml(entries(3), ORIGIN, 1, 3)).toBeNull();
  });

  it("past the limit, indexes parts that hold every URL once, in order", () => {
    const all = entries(7);
    const index = sitemapXml(all, ORIGIN, undefined, 3)!;
    assertWellFormedXml(index);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index).not.toContain("<urlset");
    expect(locs(index)).toEqual([1, 2, 3].map((n) => `${ORIGIN}/sitemaps/${n}.xml`));
    const parts = [1, 2, 3].map((n) => sitemapXml(all, ORIGIN, n, 3)!);
    parts.forEach(assertWellFormedXml);
    expect(parts.flatMap(locs)).toEqual(all.map((e) => e.url));
    expect(parts.map((p) => locs(p).length)).toEqual([3, 3, 1]);
    // Each part's date in the index is its latest page's.
    const latest = (slice: SitemapEntry[]) =>
      new Date(Math.max(...slice.filter((e) => e.lastModified).map((e) => e.lastModified!.getTime()))).toISOString();
    const dates = [...index.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1]);
    expect(dates).toEqual([latest(all.slice(0, 3)), latest(all.slice(3, 6)), latest(all.slice(6))]);
    for (const bad of [0, 4, 1.5, -1]) expect(sitemapXml(all, ORIGIN, bad, 3)).toBeNull();
  });
});
