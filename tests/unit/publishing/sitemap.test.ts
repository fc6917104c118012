// /sitemap.xml follows the sitemaps protocol (sitemaps.org): at most SITEMAP_LIMIT URLs in one
// file; past it the file is a sitemap index naming its parts, each a urlset. The XML is checked
// here; tests/integration/publishing/sitemap-parts.test.ts checks the parts against a database.
import { describe, expect, it } from "vitest";
import { SITEMAP_LIMIT, sitemapIndexXml, urlsetXml, type SitemapEntry } from "@/lib/publishing/sitemap";
import { assertWellFormedXml } from "./xml-check";

const ORIGIN = "https://facts.example.org";
const entries = (n: number): SitemapEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    url: `${ORIGIN}/w/demo/claims/c${i}?a=1&b=2`,
    lastModified: i === 0 ? undefined : new Date(Date.UTC(2026, 0, 1 + ((i * 5) % 7))),
  }));
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replaceAll("&amp;", "&"));

describe("sitemap XML", () => {
  it("keeps the protocol's limit of 50,000 URLs a file", () => {
    expect(SITEMAP_LIMIT).toBe(50_000);
  });

  it("writes a urlset escaped, with its pages' dates", () => {
    const xml = urlsetXml(entries(3));
    assertWellFormedXml(xml);
    expect(xml).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/,
    );
    expect(locs(xml)).toEqual(entries(3).map((e) => e.url));
    expect(xml).toContain("c1?a=1&amp;b=2");
    expect(xml.match(/<lastmod>/g)).toHaveLength(2); // the first entry has no date
    expect(xml).toContain(`<lastmod>${entries(3)[1].lastModified!.toISOString()}</lastmod>`);
  });

  it("writes an index naming parts 1 to n, each with its date when it has one", () => {
    const dates = [new Date(Date.UTC(2026, 0, 2)), null, new Date(Date.UTC(2026, 0, 5))];
    const index = sitemapIndexXml(ORIGIN, dates);
    assertWellFormedXml(index);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index).not.toContain("<urlset");
    expect(locs(index)).toEqual([1, 2, 3].map((n) => `${ORIGIN}/sitemaps/${n}.xml`));
    expect([...index.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1])).toEqual([
      dates[0]!.toISOString(),
      dates[2]!.toISOString(),
    ]);
  });
});
