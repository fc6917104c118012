// Public search lists the newest matching sources that have a public use (evidence of a public
// claim, or a citation in a public document), SOURCE_CANDIDATES of them at most. It checks the
// newest sources first and falls back to sorting every match when too few of those qualify, so
// these worlds have more sources than that first look reads, and each query's sources are compared
// with the same rule written plainly in SQL: enough recent ones, too few recent ones but enough
// older ones, and old ones alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { addEvidence } from "@/lib/evidence";
import { publicSearch, publicWorkspace } from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { publishReviewed } from "../../support/review";

const SOURCES = 1300;

describe.each(DB_TARGETS)("public search's sources on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("lists the newest matching sources in public use, however far back they are", async () => {
    const ws = await makeWorkspace(t.prisma);
    const [author, reviewer, editor] = await Promise.all(
      (["editor", "reviewer", "editor"] as const).map((role) => makeUser(t.prisma, { workspaceId: ws.id, role })),
    );
    const first = await t.prisma.source.create({ data: { workspaceId: ws.id, title: "Hearing transcript" } });
    const claim = await createClaim(t.prisma, author.actor, ws.slug, { text: "Pilots flew the supply route." });
    await addEvidence(t.prisma, author.actor, ws.slug, { claimId: claim.id, sourceId: first.id, stance: "supports" });
    await publishReviewed(t.prisma, { author, reviewer, editor }, ws.slug, claim.id);
    // Source i is i minutes old. Every one says "zephyr"; the even ones "nebula" too; the 200
    // oldest "quasar". One in three is evidence of the published claim.
    await t.query(
      `INSERT INTO "Source" (id, "workspaceId", title, authors, "updatedAt")
       SELECT $1 || i, $2, concat_ws(' ', 'Zephyr report', i, CASE WHEN i % 2 = 0 THEN 'nebula' END,
         CASE WHEN i > ${SOURCES} - 200 THEN 'quasar' END), '{}', now() - make_interval(mins => i)
       FROM generate_series(1, ${SOURCES}) AS i`,
      [`${ws.id}-s`, ws.id],
    );
    await t.query(
      `INSERT INTO "Evidence" (id, "claimId", "sourceId", stance, "updatedAt")
       SELECT $1 || i, $2, $3 || i, 'supports', now() FROM generate_series(3, ${SOURCES}, 3) AS i`,
      [`${ws.id}-e`, claim.id, `${ws.id}-s`],
    );
    const pub = (await publicWorkspace(t.prisma, ws.slug))!;
    const expected = async (q: string) =>
      (
        await t.query<{ id: string }>(
          `SELECT s.id FROM "Source" s WHERE s."workspaceId" = $1 AND s.search @@ websearch_to_tsquery('english', $2)
            AND EXISTS (SELECT 1 FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId" WHERE e."sourceId" = s.id AND c.status = 'published')
            ORDER BY s."updatedAt" DESC LIMIT 200`,
          [ws.id, q],
        )
      )
        .map((r) => r.id)
        .sort();
    const found = async (q: string) => {
      const ids: string[] = [];
      const { pages } = await publicSearch(t.prisma, pub, { q });
      for (let page = 1; page <= pages; page++)
        ids.push(
          ...(await publicSearch(t.prisma, pub, { q, page })).hits.filter((h) => h.kind === "source").map((h) => h.id),
        );
      return ids.sort();
    };
    const sizes: Record<string, number> = {};
    for (const q of ["zephyr", "nebula", "quasar", "-pilots"]) {
      const want = await expected(q);
      expect([q, await found(q)]).toEqual([q, want]);
      sizes[q] = want.length;
    }
    // 200 in use among the newest; 166 among the newest 1,000 but 216 in all; 67 old ones alone.
    expect(sizes).toEqual({ zephyr: 200, nebula: 200, quasar: 67, "-pilots": 200 });
  });
});
