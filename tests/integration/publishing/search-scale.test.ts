// Search over a bigger archive (lib/publishing/search.ts): document hits are headlined from a
// window around their first match, and a word in thousands of claims ranks only the newest
// SEARCH_CANDIDATES of them, saying so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBench } from "@/bench/seed";
import { publicSearch, publicWorkspace } from "@/lib/publishing";
import { SEARCH_CANDIDATES } from "@/lib/publishing/search";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";

describe.each(DB_TARGETS)("search over a larger archive on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    await seedBench(t, { claims: 7_000, slug: "snip", seed: 11 });
  }, 600_000);
  afterAll(async () => t?.drop());

  it("highlights a match found only past the first 10,000 characters", async () => {
    const docs = await t.query<{ id: string; text: string }>(
      `SELECT d.id, v.text FROM "Document" d JOIN "DocumentVersion" v ON v.id = d."currentVersionId" ORDER BY length(v.text) DESC`,
    );
    const { id, text } = docs[0];
    expect(text.length).toBeGreaterThan(20_000);
    // A word of this document's tail that is nowhere in its head.
    const head = text.slice(0, 10_000).toLowerCase();
    const word = text
      .slice(10_000)
      .toLowerCase()
      .match(/[a-z]{6,}/g)!
      .find((w) => !head.includes(w));
    expect(word).toMatch(/^[a-z]{6,}$/);
    const ws = (await publicWorkspace(t.prisma, "snip"))!;
    const hit = (await publicSearch(t.prisma, ws, { q: word!, document: id })).hits.find((h) => h.kind === "document");
    expect(hit?.id).toBe(id);
    // The snippet opens at the first form of the word's stem past the head ("existed" for "exists").
    expect(hit!.snippet!.toLowerCase()).toContain(`⟦${word!.slice(0, 4)}`);
  });

  it("ranks the newest candidates of a very common word and says the total is a lower bound", async () => {
    const [{ word, n }] = await t.query<{ word: string; n: number }>(
      `SELECT word, ndoc AS n FROM ts_stat($$SELECT search FROM "Claim" WHERE status = 'published'$$) ORDER BY ndoc DESC LIMIT 1`,
    );
    expect(n).toBeGreaterThan(SEARCH_CANDIDATES);
    const ws = (await publicWorkspace(t.prisma, "snip"))!;
    const r = await publicSearch(t.prisma, ws, { q: word });
    expect(r.capped).toBe(true);
    expect(r.total).toBeGreaterThanOrEqual(SEARCH_CANDIDATES);
    const claims = r.hits.filter((h) => h.kind === "claim");
    expect(claims.length).toBeGreaterThan(0);
    // The candidates are the newest matches: no hit is older than the newest match beyond the window.
    const [{ cutoff }] = await t.query<{ cutoff: Date }>(
      `SELECT "publishedAt" AS cutoff FROM "Claim" WHERE status = 'published' AND search @@ to_tsquery('english', $1) ORDER BY "publishedAt" DESC OFFSET $2 LIMIT 1`,
      [word, SEARCH_CANDIDATES - 1],
    );
    const oldest = await t.query<{ at: Date }>(`SELECT min("publishedAt") AS at FROM "Claim" WHERE id = ANY($1)`, [
      claims.map((h) => h.id),
    ]);
    expect(new Date(oldest[0].at).getTime()).toBeGreaterThanOrEqual(new Date(cutoff).getTime());
    const rare = await publicSearch(t.prisma, ws, {
      q: claims[0].title.split(" ").sort((a, b) => b.length - a.length)[0],
    });
    expect(rare.total).toBeGreaterThan(0);
  });
});
