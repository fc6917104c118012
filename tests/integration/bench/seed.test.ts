// The benchmark's synthetic archive: deterministic for a seed, with the shapes the benchmark
// promises (issue: 5–80 KB documents, 3–6 evidence links a claim, ~20% related, every state and
// rating, shared sources), anchors that point at their quotes, and public pages that answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { benchWorkspace, seedBench } from "@/bench/seed";
import { publicClaim, publicDocument, publicSearch, publicWorkspace } from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";

const N = 600;

describe.each(DB_TARGETS)("bench seed on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    await seedBench(t, { claims: N, slug: "bench-a", seed: 3 });
    await seedBench(t, { claims: N, slug: "bench-b", seed: 3 });
  }, 240_000);
  afterAll(async () => t?.drop());

  const q = <T>(sql: string, params: unknown[] = []) => t.query<T>(sql, params);
  const wsId = async (slug: string) =>
    (await q<{ id: string }>(`SELECT id FROM "Workspace" WHERE slug = $1`, [slug]))[0].id;

  it("has the promised shapes", async () => {
    const id = await wsId("bench-a");
    const [c] = await q<{ n: number }>(`SELECT count(*)::int AS n FROM "Claim" WHERE "workspaceId" = $1`, [id]);
    expect(c.n).toBe(N);
    const ev = await q<{ min: number; max: number }>(
      `SELECT min(n)::int AS min, max(n)::int AS max FROM (SELECT count(e.id) AS n FROM "Claim" c LEFT JOIN "Evidence" e ON e."claimId" = c.id WHERE c."workspaceId" = $1 GROUP BY c.id) x`,
      [id],
    );
    expect(ev[0]).toEqual({ min: 3, max: 6 });
    const states = await q<{ status: string }>(
      `SELECT DISTINCT status::text FROM "Claim" WHERE "workspaceId" = $1 ORDER BY 1`,
      [id],
    );
    expect(states.map((s) => s.status)).toEqual([
      "approved",
      "changes_requested",
      "draft",
      "in_review",
      "published",
      "retracted",
    ]);
    const [r] = await q<{ used: number; all: number }>(
      `SELECT (SELECT count(DISTINCT c."ratingId")::int FROM "Claim" c WHERE c."workspaceId" = $1 AND c.status = 'published') AS used,
              (SELECT count(*)::int FROM "Rating" r JOIN "Workspace" w ON w."ratingScaleId" = r."scaleId" WHERE w.id = $1) AS all`,
      [id],
    );
    expect(r.used).toBe(r.all);
    const [rel] = await q<{ n: number }>(
      `SELECT count(DISTINCT "fromClaimId")::int AS n FROM "ClaimRelation" WHERE "workspaceId" = $1`,
      [id],
    );
    expect(rel.n / N).toBeGreaterThan(0.14);
    expect(rel.n / N).toBeLessThan(0.26);
    const sizes = await q<{ min: number; max: number }>(
      `SELECT min(length(v.text))::int AS min, max(length(v.text))::int AS max FROM "DocumentVersion" v JOIN "Document" d ON d."currentVersionId" = v.id WHERE d."workspaceId" = $1`,
      [id],
    );
    expect(sizes[0].min).toBeGreaterThanOrEqual(5_000);
    expect(sizes[0].max).toBeLessThanOrEqual(81_000);
    const [shared] = await q<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT e."sourceId" FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId" WHERE c."workspaceId" = $1 GROUP BY 1 HAVING count(DISTINCT e."claimId") > 5) x`,
      [id],
    );
    expect(shared.n).toBeGreaterThan(0);
  });

  it("anchors every claim at its own quote in its document's current text", async () => {
    const bad = await q<{ id: string }>(
      `SELECT c.id FROM "Claim" c JOIN "DocumentVersion" v ON v.id = c."documentVersionId"
       WHERE c."workspaceId" = $1 AND (substr(v.text, c."anchorStart" + 1, c."anchorEnd" - c."anchorStart") <> c."anchorExact" OR c.text <> c."anchorExact")`,
      [await wsId("bench-a")],
    );
    expect(bad).toEqual([]);
  });

  it("is deterministic: the same seed gives the same archive", async () => {
    // Ids carry the slug, so compare what they hold, in id order (the same order in both).
    const digest = async (slug: string) =>
      (
        await q<{ d: string }>(
          `SELECT md5(string_agg(c.text || c.status || coalesce(r.label, '') || coalesce(ct.name, '') ||
            (SELECT string_agg(e.stance || s.title, ',' ORDER BY e.id) FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId" WHERE e."claimId" = c.id), '|' ORDER BY c.id)) AS d
         FROM "Claim" c LEFT JOIN "Rating" r ON r.id = c."ratingId" LEFT JOIN "Claimant" ct ON ct.id = c."claimantId" WHERE c."workspaceId" = $1`,
          [await wsId(slug)],
        )
      )[0].d;
    const a = await digest("bench-a");
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(await digest("bench-b")).toBe(a);
  });

  it("serves its public pages and search through lib", async () => {
    const info = (await benchWorkspace(t, "bench-a"))!;
    expect(info.editors).toHaveLength(10);
    expect(info.reviewers).toHaveLength(3);
    const ws = (await publicWorkspace(t.prisma, "bench-a"))!;
    const claim = await publicClaim(t.prisma, ws, info.publishedClaimIds[0]);
    expect(claim?.status).toBe("published");
    expect(
      claim!.evidence.supports.length + claim!.evidence.contests.length + claim!.evidence.context.length,
    ).toBeGreaterThanOrEqual(3);
    expect(claim!.rating).not.toBeNull();
    const doc = await publicDocument(t.prisma, ws, info.documentIds[0]);
    expect(doc?.located.length).toBeGreaterThan(0);
    const word = claim!.text.split(" ")[1];
    const hits = await publicSearch(t.prisma, ws, { q: word });
    expect(hits.total).toBeGreaterThan(0);
  });
});
