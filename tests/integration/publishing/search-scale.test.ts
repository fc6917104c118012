// Search over a bigger archive (lib/publishing/search.ts): document hits are headlined from a
// window around their first match, and a word in thousands of claims ranks all of them.
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

  it("ranks every match of a very common word, old ones too, and counts them all", async () => {
    const [{ word, n }] = await t.query<{ word: string; n: number }>(
      `SELECT word, ndoc AS n FROM ts_stat($$SELECT search FROM "Claim" WHERE status = 'published'$$) ORDER BY ndoc DESC LIMIT 1`,
    );
    expect(n).toBeGreaterThan(SEARCH_CANDIDATES);
    // The oldest published match gets the word over and over in its headline: the best match of all.
    const [oldest] = await t.query<{ id: string }>(
      `SELECT id FROM "Claim" WHERE status = 'published' AND search @@ to_tsquery('english', $1) ORDER BY "publishedAt" LIMIT 1`,
      [word],
    );
    await t.query(`UPDATE "Claim" SET headline = $1 WHERE id = $2`, [Array(8).fill(word).join(" "), oldest.id]);
    const [best] = await t.query<{ id: string }>(
      `SELECT id FROM "Claim" WHERE status = 'published' AND search @@ to_tsquery('english', $1)
        ORDER BY ts_rank(search, to_tsquery('english', $1)) DESC LIMIT 1`,
      [word],
    );
    expect(best.id).toBe(oldest.id);
    const ws = (await publicWorkspace(t.prisma, "snip"))!;
    const r = await publicSearch(t.prisma, ws, { q: word });
    // Documents rank beside claims (a long one repeats the word); the first claim is the oldest one.
    expect(r.hits.find((h) => h.kind === "claim")?.id).toBe(oldest.id);
    expect(r.capped).toBe(false);
    const [{ listed }] = await t.query<{ listed: number }>(
      `SELECT count(*)::int AS listed FROM "Claim" WHERE "workspaceId" = $1 AND status = 'published' AND "deletedAt" IS NULL
        AND "mergedIntoId" IS NULL AND search @@ to_tsquery('english', $2)`,
      [ws.id, word],
    );
    const claimHits = (
      await Promise.all([1, 2, 3].map((page) => publicSearch(t.prisma, ws, { q: word, page })))
    ).flatMap((p) => p.hits.filter((h) => h.kind === "claim"));
    // Claims come first (the headline match), then the rest; documents and sources add at most 300.
    expect(r.total).toBeGreaterThanOrEqual(listed);
    expect(r.total).toBeLessThanOrEqual(listed + 300);
    expect(claimHits.length).toBeGreaterThan(0);
  });

  it("one word, one word less others, or either of some words lists its claims in the order ranking every match gives, page after page", async () => {
    const ws = (await publicWorkspace(t.prisma, "snip"))!;
    // The commonest word, a common one, a middling one and a rare one, read from the archive itself.
    const [w1, w3, w100, w400] = (
      await t.query<{ word: string }>(
        `SELECT word FROM (SELECT word, ndoc, row_number() OVER (ORDER BY ndoc DESC, word) AS n
          FROM ts_stat($$SELECT search FROM "Claim" WHERE status = 'published'$$)) s WHERE n IN (1, 3, 100, 400) ORDER BY n`,
      )
    ).map((r) => r.word);
    expect(w400).toBeDefined();
    // Each with a twin query the general part ranks that finds the same claims, documents and
    // sources: the word twice ('w' & 'w'), or either-or less a word no text holds.
    for (const [q, twin] of [
      [w3, `${w3} ${w3}`],
      [w100, `${w100} ${w100}`],
      [w400, `${w400} ${w400}`],
      [`${w3} -${w1}`, `${w3} ${w3} -${w1}`],
      [`${w100} -${w3} -${w1}`, `${w100} ${w100} -${w3} -${w1}`],
      [`${w3} or ${w100}`, `${w3} or ${w100} -zzqqxx`],
      [`${w400} or ${w100} or ${w1}`, `${w400} or ${w100} or ${w1} -zzqqxx`],
      [`${w400} or ${w400}`, `${w400} or ${w400} -zzqqxx`],
    ]) {
      const expected = await t.query<{ id: string; rank: number }>(
        `SELECT id, ts_rank(search, websearch_to_tsquery('english', $2)) AS rank FROM "Claim"
          WHERE "workspaceId" = $1 AND status = 'published' AND "deletedAt" IS NULL AND "mergedIntoId" IS NULL
          AND search @@ websearch_to_tsquery('english', $2)
          ORDER BY ts_rank(search, websearch_to_tsquery('english', $2)) DESC, "publishedAt" DESC NULLS LAST, id`,
        [ws.id, q],
      );
      const pages = await Promise.all([1, 2, 3].map((page) => publicSearch(t.prisma, ws, { q, page })));
      const claims = pages.flatMap((p) => p.hits.filter((h) => h.kind === "claim").map((h) => h.id));
      expect(claims.length).toBeGreaterThan(0);
      expect(claims).toEqual(expected.slice(0, claims.length).map((r) => r.id));
      // And none is missing: every claim ranked above the last hit of page 3 is on pages 1–3.
      const last = pages[2].hits.at(-1) ?? pages[1].hits.at(-1) ?? pages[0].hits.at(-1)!;
      const [{ rank }] = await t.query<{ rank: number }>(
        `SELECT ts_rank(CASE $3 WHEN 'claim' THEN (SELECT search FROM "Claim" WHERE id = $1)
            WHEN 'source' THEN (SELECT search FROM "Source" WHERE id = $1)
            ELSE (SELECT v.search FROM "Document" d JOIN "DocumentVersion" v ON v.id = d."publishedVersionId" WHERE d.id = $1) END,
          websearch_to_tsquery('english', $2)) AS rank`,
        [last.id, q, last.kind],
      );
      expect(claims.length).toBeGreaterThanOrEqual(expected.filter((r) => r.rank > rank).length);
      // Every matching claim is counted, not only the pages read.
      expect(pages[0].total).toBeGreaterThanOrEqual(expected.length);
      expect(pages[0].total).toBe((await publicSearch(t.prisma, ws, { q: twin })).total);
    }
  });

  it("a query of negated words alone lists the newest matches and says the total is a lower bound", async () => {
    const ws = (await publicWorkspace(t.prisma, "snip"))!;
    const r = await publicSearch(t.prisma, ws, { q: "-zeppelin" });
    expect(r.capped).toBe(true);
    expect(r.total).toBeGreaterThanOrEqual(SEARCH_CANDIDATES);
    const [{ newest }] = await t.query<{ newest: string }>(
      `SELECT id AS newest FROM "Claim" WHERE "workspaceId" = $1 AND status = 'published' AND "deletedAt" IS NULL
        AND "mergedIntoId" IS NULL ORDER BY "publishedAt" DESC, id DESC LIMIT 1`,
      [ws.id],
    );
    // Everything ranks 0, so documents and sources edited later come first: find the first claim.
    let first: string | undefined;
    for (let page = 1; !first && page <= 20; page++)
      first = (await publicSearch(t.prisma, ws, { q: "-zeppelin", page })).hits.find((h) => h.kind === "claim")?.id;
    expect(first).toBe(newest);
  });
  it("finds a document exactly when its published version matches: words, negations, phrases, either-or", async () => {
    const ws = (await publicWorkspace(t.prisma, "snip"))!;
    const docs = await t.query<{ id: string; text: string }>(
      `SELECT d.id, v.text FROM "Document" d JOIN "DocumentVersion" v ON v.id = d."publishedVersionId"
        WHERE d."workspaceId" = $1 ORDER BY length(v.text) DESC, d.id`,
      [ws.id],
    );
    // Two neighbouring words of the longest document: as a phrase they match fewer documents than
    // both words anywhere, so a phrase matched as its words alone fails.
    const words = docs[0].text
      .slice(5_000)
      .toLowerCase()
      .match(/[a-z]{6,}/g)!;
    const [a, b] = [words[0], words[1]];
    const matching = async (q: string) =>
      (
        await t.query<{ id: string }>(
          `SELECT d.id FROM "Document" d JOIN "DocumentVersion" v ON v.id = d."publishedVersionId"
            WHERE d."workspaceId" = $1 AND d."deletedAt" IS NULL AND v.search @@ websearch_to_tsquery('english', $2)
              AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."documentId" = d.id AND c.status IN ('published', 'retracted') AND c."deletedAt" IS NULL)`,
          [ws.id, q],
        )
      ).map((r) => r.id);
    const queries = [a, `"${a} ${b}"`, `"${b} ${a}"`, `${a} -${b}`, `${a} -"${b} ${a}"`, `${a} or zeppelin`, `-${a}`];
    expect((await matching(`"${a} ${b}"`)).length).toBeLessThan((await matching(`${a} ${b}`)).length);
    expect((await matching(`-${a}`)).length).toBeGreaterThan(0);
    for (const q of queries) {
      const expected = new Set(await matching(q));
      // Each document searched alone (five that match, five that do not): a hit exactly when it matches.
      const sample = [
        ...docs.filter((d) => expected.has(d.id)).slice(0, 5),
        ...docs.filter((d) => !expected.has(d.id)).slice(0, 5),
      ];
      if (!q.startsWith('"')) expect(sample.length).toBe(10);
      for (const d of sample) {
        const hit = (await publicSearch(t.prisma, ws, { q, document: d.id })).hits.some((h) => h.kind === "document");
        expect([q, d.id, hit]).toEqual([q, d.id, expected.has(d.id)]);
      }
      // And across the workspace every matching document is found once (fewer than 100 here).
      const found: string[] = [];
      const { pages } = await publicSearch(t.prisma, ws, { q });
      for (let page = 1; page <= Math.min(pages, 50); page++)
        found.push(
          ...(await publicSearch(t.prisma, ws, { q, page })).hits.filter((h) => h.kind === "document").map((h) => h.id),
        );
      if (pages <= 50) expect([q, found.sort()]).toEqual([q, [...expected].sort()]);
    }
  });
});
