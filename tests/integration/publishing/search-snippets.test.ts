// Document hits are headlined from a window around their first match (lib/publishing/search.ts):
// a word deep inside a long document still shows, highlighted, in the snippet.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBench } from "@/bench/seed";
import { publicSearch, publicWorkspace } from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";

describe.each(DB_TARGETS)("search snippets of long documents on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    await seedBench(t, { claims: 300, slug: "snip", seed: 11 });
  }, 120_000);
  afterAll(async () => t?.drop());

  it("highlights a match found only past the first 10,000 characters", async () => {
    const docs = await t.query<{ id: string; text: string }>(`SELECT d.id, v.text FROM "Document" d JOIN "DocumentVersion" v ON v.id = d."currentVersionId" ORDER BY length(v.text) DESC`);
    const { id, text } = docs[0];
    expect(text.length).toBeGreaterThan(20_000);
    const others = docs.slice(1).map((d) => d.text.toLowerCase());
    // A word of this document's tail that is nowhere in its head nor in any other document.
    const head = new Set(text.slice(0, 10_000).toLowerCase().match(/[a-z]{6,}/g));
    const word = text.slice(10_000).toLowerCase().match(/[a-z]{6,}/g)!.find((w) => !head.has(w) && !others.some((o) => o.includes(w)));
    expect(word).toBeTruthy();
    const ws = (await publicWorkspace(t.prisma, "snip"))!;
    const hit = (await publicSearch(t.prisma, ws, { q: word! })).hits.find((h) => h.kind === "document");
    expect(hit?.id).toBe(id);
    expect(hit!.snippet!.toLowerCase()).toContain(`⟦${word}`);
  });
});
