// A sitemap past the protocol's limit is an index of parts, each read from the database on its own
// (lib/publishing/sitemap.ts). With a limit of 3 URLs a file: the parts hold every public page of
// the one-file sitemap once, none past the limit, nothing unpublished, and the index dates each part
// by its latest page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sitemapXml } from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { buildWorld, type World } from "./world";
import { assertWellFormedXml } from "../../unit/publishing/xml-check";

const ORIGIN = "https://facts.example.org";
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
const dated = (xml: string) =>
  [...xml.matchAll(/<loc>([^<]+)<\/loc>\n(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [m[1], m[2] ?? null]);

describe.each(DB_TARGETS)("sitemap parts on $name", (target) => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    w = await buildWorld(t.prisma);
    // Two more published revisions of one claim, one of another: their pages are listed too.
    for (const [claim, number, day] of [
      [w.claims.kerry, 7, 3],
      [w.claims.kerry, 8, 9],
      [w.claims.leary, 7, 5],
    ] as const)
      await t.prisma.claimRevision.create({
        data: { claimId: claim.id, number, publishedAt: new Date(Date.UTC(2026, 1, day)) },
      });
  });
  afterAll(async () => t?.drop());

  it("splits the one-file sitemap into parts of at most the limit, every page once", async () => {
    const whole = (await sitemapXml(t.prisma, ORIGIN))!;
    assertWellFormedXml(whole);
    expect(whole).toContain("<urlset");
    const all = dated(whole);
    const base = `${ORIGIN}/w/${w.ws.slug}`;
    expect(all.map(([u]) => u)).toEqual(
      expect.arrayContaining([
        `${ORIGIN}/`,
        base,
        `${base}/claims/${w.claims.kerry.id}/revisions`,
        `${base}/claims/${w.claims.kerry.id}/revisions/8`,
        `${base}/claims/${w.claims.leary.id}/revisions/7`,
        `${base}/documents/${w.doc.id}`,
        `${base}/claimants/${w.claims.leary.claimantId}`,
      ]),
    );
    expect(new Set(all.map(([u]) => u)).size).toBe(all.length);
    for (const k of ["zeppelin", "walrus", "platypus"] as const) expect(whole).not.toContain(w.claims[k].id);

    const index = (await sitemapXml(t.prisma, ORIGIN, undefined, 3))!;
    assertWellFormedXml(index);
    expect(index).toContain("<sitemapindex");
    const partUrls = locs(index);
    expect(partUrls.length).toBeGreaterThanOrEqual(Math.ceil(all.length / 3));
    const parts: string[] = [];
    for (let n = 1; n <= partUrls.length; n++) {
      expect(partUrls[n - 1]).toBe(`${ORIGIN}/sitemaps/${n}.xml`);
      const xml = (await sitemapXml(t.prisma, ORIGIN, n, 3))!;
      assertWellFormedXml(xml);
      const rows = dated(xml);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(3);
      // The index dates the part by its latest page.
      const latest = rows
        .map(([, d]) => d)
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1);
      expect(index).toContain(
        `<loc>${partUrls[n - 1]}</loc>\n${latest ? `<lastmod>${latest}</lastmod>` : "</sitemap>"}`,
      );
      parts.push(...rows.map(([u, d]) => `${u} ${d}`));
    }
    expect(parts.sort()).toEqual(all.map(([u, d]) => `${u} ${d}`).sort());
    for (const bad of [0, -1, 1.5, partUrls.length + 1]) expect(await sitemapXml(t.prisma, ORIGIN, bad, 3)).toBeNull();
    // One file has no parts.
    expect(await sitemapXml(t.prisma, ORIGIN, 1)).toBeNull();
  });
});
