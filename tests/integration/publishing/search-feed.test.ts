import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atomFeed, feedEntries, publicSearch, publicWorkspace, searchFacets } from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { assertWellFormedXml } from "../../unit/publishing/xml-check";
import { buildWorld, type World } from "./world";

describe.each(DB_TARGETS)("public search and feed on $name", (target) => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    w = await buildWorld(t.prisma);
  });
  afterAll(async () => t?.drop());
  const ws = async () => (await publicWorkspace(t.prisma, w.ws.slug))!;
  const search = async (q: Record<string, string>) => publicSearch(t.prisma, await ws(), q);

  it("finds published claims with highlighted snippets, never drafts, in-review, approved or retracted ones", async () => {
    const r = await search({ q: "Contra movement" });
    const claimIds = r.hits.filter((h) => h.kind === "claim").map((h) => h.id);
    expect(claimIds.sort()).toEqual([w.claims.kerry.id, w.claims.contra.id].sort());
    const kerry = r.hits.find((h) => h.id === w.claims.kerry.id)!;
    expect(kerry.snippet).toMatch(/⟦Contra⟧ ⟦movement⟧/);
    expect(kerry).toMatchObject({ ratingLabel: "Supported", claimantName: "Kerry Committee", documentId: w.doc.id });
    for (const q of ["walrus", "platypus", "submarines heroin"]) {
      expect((await search({ q })).hits.filter((h) => h.kind === "claim")).toEqual([]);
    }
    // The draft's words are in the public document's text, so only the document matches.
    expect((await search({ q: "zeppelin marmalade" })).hits.map((h) => h.kind)).toEqual(["document"]);
  });

  it("finds public documents and public sources; a source used only by a draft stays hidden", async () => {
    const doc = await search({ q: "opium Laos" });
    expect(doc.hits.find((h) => h.kind === "document")).toMatchObject({ id: w.doc.id, title: "Findings" });
    expect(doc.hits.find((h) => h.kind === "document")!.snippet).toMatch(/⟦opium⟧/);
    const src = await search({ q: "foreign policy" });
    expect(src.hits.filter((h) => h.kind === "source").map((h) => h.id)).toEqual([w.sources.senate.id]);
    expect(src.hits.find((h) => h.kind === "source")!.snippet).toBe(
      "Drugs, Law Enforcement and ⟦Foreign⟧ ⟦Policy⟧ · U.S. Senate",
    );
    expect((await search({ q: "critical pamphlet" })).hits.map((h) => h.id)).toEqual([w.sources.critic.id]);
    expect((await search({ q: "gazette" })).hits).toEqual([]);
    expect(JSON.stringify(await search({ q: "senate" }))).not.toMatch(/INTERNAL/);
  });

  it("filters by rating, claimant, tag and document; paginates; no query and no filter finds nothing", async () => {
    expect((await search({ rating: w.ratings["Refuted"] })).hits.map((h) => h.id)).toEqual([w.claims.leary.id]);
    expect((await search({ claimant: w.claims.kerry.claimantId! })).hits.map((h) => h.id)).toEqual([
      w.claims.contra.id,
      w.claims.kerry.id,
    ]);
    expect((await search({ tag: "laos" })).hits.map((h) => h.id)).toEqual([w.claims.leary.id]);
    expect((await search({ tag: "hidden-tag" })).hits).toEqual([]);
    expect((await search({ q: "drug trafficking", rating: w.ratings["Supported"] })).hits.map((h) => h.id)).toEqual([
      w.claims.kerry.id,
    ]);
    const inDoc = await search({ document: w.doc.id });
    expect(inDoc.total).toBe(3);
    expect(inDoc.hits.every((h) => h.snippet === null)).toBe(true);
    expect(await search({ q: "" })).toMatchObject({ hits: [], total: 0 });
    expect(await search({ q: "the and of" })).toMatchObject({ hits: [], total: 0 });
    expect(await search({ q: "\"unbalanced ' quote -- ; DROP TABLE" })).toMatchObject({ total: 0 });
    const page2 = await search({ document: w.doc.id, page: "2" });
    expect(page2).toMatchObject({ hits: [], total: 0 });
    const facets = await searchFacets(t.prisma, await ws());
    expect(facets.claimants.map((c) => c.label)).toEqual(["Kerry Committee", "William M. Leary"]);
    expect(facets.tags.map((c) => c.label)).toEqual(["contras", "laos"]);
    expect(facets.documents.map((c) => c.label)).toEqual(["Findings"]);
  });

  it("the Atom feed lists verdicts and corrections of public claims, escaped and well-formed", async () => {
    const pub = await ws();
    await t.prisma.workspace.update({ where: { id: pub.id }, data: { name: 'Desk <&> "quotes"' } });
    const entries = await feedEntries(t.prisma, pub, "https://example.org");
    expect(entries.map((e) => e.kind)).toEqual(["retraction", "correction", "verdict", "verdict", "verdict"]);
    expect(entries[0]).toMatchObject({
      title: "Retraction: Submarines carried heroin to Florida.",
      summary: "Retracted the verdict. Why: The only source was fabricated",
    });
    expect(entries.find((e) => e.kind === "verdict" && e.link.endsWith(w.claims.kerry.id))?.title).toMatch(
      /^Supported — Kerry Committee: /,
    );
    const xml = atomFeed({ ...pub, name: 'Desk <&> "quotes"' }, entries, "https://example.org");
    assertWellFormedXml(xml);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain("Desk &lt;&amp;&gt; &quot;quotes&quot;");
    expect(xml).toContain("New Senate records &lt;b&gt;appeared&lt;/b&gt;");
    expect(xml).toContain(
      `<link rel="self" type="application/atom+xml" href="https://example.org/w/${w.ws.slug}/feed.xml"/>`,
    );
    expect(xml).not.toMatch(/Draft correction|zeppelin|walrus|INTERNAL|<script>/i);
    expect(xml.match(/<entry>/g)).toHaveLength(5);
  });
});
