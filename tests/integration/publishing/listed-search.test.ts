// Public search reads the listed claims' search vectors from ListedClaimSearch, a copy a trigger
// on Claim keeps (migrations/20261206100000_listed_claim_search). Whatever path changes a claim,
// the copy must hold exactly the listed claims (published, live) with their current vectors: a
// claim missing from it could not be found, one left in it would surface a retracted or merged
// claim in public search.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { addEvidence } from "@/lib/evidence";
import { mergeClaim, unmerge } from "@/lib/merge";
import { publicSearch, publicWorkspace } from "@/lib/publishing";
import { openCorrection, retractClaim } from "@/lib/review";
import { deleteClaim, restoreRecord } from "@/lib/trash";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { publishReviewed } from "../../support/review";

const COLUMNS = `id, "workspaceId", "publishedAt", "ratingId", "claimantId", "documentId", tags, search::text AS search`;

describe.each(DB_TARGETS)("the listed claims' search copy on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  async function world() {
    const ws = await makeWorkspace(t.prisma);
    const [author, reviewer, editor] = await Promise.all(
      (["editor", "reviewer", "editor"] as const).map((role) => makeUser(t.prisma, { workspaceId: ws.id, role })),
    );
    let n = 0;
    const publish = async (text: string) => {
      const claim = await createClaim(t.prisma, author.actor, ws.slug, { text, tags: ["contras"] });
      const source = await t.prisma.source.create({ data: { workspaceId: ws.id, title: `Report ${++n}` } });
      await addEvidence(t.prisma, author.actor, ws.slug, {
        claimId: claim.id,
        sourceId: source.id,
        stance: "supports",
      });
      return publishReviewed(t.prisma, { author, reviewer, editor }, ws.slug, claim.id);
    };
    /** The listed claims as Claim holds them, and the copy search reads: they must be equal. */
    const both = async () => ({
      listed: await t.query(
        `SELECT ${COLUMNS} FROM "Claim" WHERE "workspaceId" = $1 AND status = 'published' AND "deletedAt" IS NULL AND "mergedIntoId" IS NULL ORDER BY id`,
        [ws.id],
      ),
      copy: await t.query(`SELECT ${COLUMNS} FROM "ListedClaimSearch" WHERE "workspaceId" = $1 ORDER BY id`, [ws.id]),
    });
    /** Each listed claim's lexemes with their one-word rank, derived from Claim, and the terms search reads. */
    const terms = async () => ({
      derived: await t.query(
        `SELECT c.id AS "claimId", c."workspaceId", t.lexeme, ts_rank(c.search, corroborate_lexeme_query(t.lexeme)) AS rank, c."publishedAt"
         FROM "Claim" c CROSS JOIN LATERAL unnest(c.search) AS t
         WHERE c."workspaceId" = $1 AND c.status = 'published' AND c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL
         ORDER BY 1, 3`,
        [ws.id],
      ),
      kept: await t.query(
        `SELECT "claimId", "workspaceId", lexeme, rank, "publishedAt" FROM "ListedClaimTerm" WHERE "workspaceId" = $1 ORDER BY 1, 3`,
        [ws.id],
      ),
    });
    /** How many listed claims hold each lexeme, counted from the terms, and as ListedTermCount's rows sum it. */
    const counts = async () => ({
      counted: await t.query(
        `SELECT lexeme, count(*)::int AS n FROM "ListedClaimTerm" WHERE "workspaceId" = $1 GROUP BY 1 ORDER BY 1`,
        [ws.id],
      ),
      summed: await t.query(
        `SELECT lexeme, sum(n)::int AS n FROM "ListedTermCount" WHERE "workspaceId" = $1 GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1`,
        [ws.id],
      ),
    });
    const expectInStep = async (count: number) => {
      const { listed, copy } = await both();
      expect(copy).toEqual(listed);
      expect(copy).toHaveLength(count);
      const { derived, kept } = await terms();
      expect(kept).toEqual(derived);
      expect(new Set(kept.map((r) => r.claimId)).size).toBe(count);
      const { counted, summed } = await counts();
      expect(summed).toEqual(counted);
    };
    const found = async (q: string) => {
      const r = await publicSearch(t.prisma, (await publicWorkspace(t.prisma, ws.slug))!, { q });
      return r.hits.filter((h) => h.kind === "claim").map((h) => h.id);
    };
    return { ws, author, editor, publish, expectInStep, found, counts };
  }

  it("follows publish, retract, merge, unmerge, trash and restore, and a workspace's deletion", async () => {
    const w = await world();
    const draft = await createClaim(t.prisma, w.author.actor, w.ws.slug, { text: "Marmalade crossed the border." });
    await w.expectInStep(0);
    expect(await w.found("marmalade")).toEqual([]);

    const kerry = await w.publish("The Kerry Committee found that Contra networks moved cocaine.");
    const leary = await w.publish("Leary wrote that Air America never carried opium.");
    const webb = await w.publish("Webb reported that cocaine money reached the Contras.");
    await w.expectInStep(3);
    expect((await w.found("cocaine")).sort()).toEqual([kerry.id, webb.id].sort());

    await retractClaim(t.prisma, w.editor.actor, w.ws.slug, leary.id, { why: "The memoir was misquoted." });
    await w.expectInStep(2);
    expect(await w.found("opium")).toEqual([]);

    // Webb's check merges into Kerry's (whose correction takes the moved evidence), then comes back.
    await openCorrection(t.prisma, w.editor.actor, w.ws.slug, kerry.id);
    await mergeClaim(t.prisma, w.editor.actor, w.ws.slug, webb.id, { into: kerry.id });
    await w.expectInStep(1);
    expect(await w.found("cocaine")).toEqual([kerry.id]);
    await unmerge(t.prisma, w.editor.actor, w.ws.slug, { entity: "claim", id: webb.id });
    await w.expectInStep(2);
    expect((await w.found("cocaine")).sort()).toEqual([kerry.id, webb.id].sort());

    // A draft goes to the trash and back without ever reaching the copy.
    await deleteClaim(t.prisma, w.author.actor, w.ws.slug, { id: draft.id });
    await restoreRecord(t.prisma, w.author.actor, w.ws.slug, { type: "claim", id: draft.id });
    await w.expectInStep(2);

    await t.prisma.workspace.delete({ where: { id: w.ws.id } });
    expect(await t.query(`SELECT id FROM "ListedClaimSearch" WHERE "workspaceId" = $1`, [w.ws.id])).toEqual([]);
    expect(await t.query(`SELECT lexeme FROM "ListedClaimTerm" WHERE "workspaceId" = $1`, [w.ws.id])).toEqual([]);
    expect(await t.query(`SELECT lexeme FROM "ListedTermCount" WHERE "workspaceId" = $1`, [w.ws.id])).toEqual([]);
  });

  it("a word's count is folded into one row per lexeme and stays what the terms count", async () => {
    const w = await world();
    for (let i = 0; i < 6; i++) await w.publish(`Contra pilots flew cocaine run ${i} through Ilopango.`);
    const leary = await w.publish("Leary wrote that Air America never carried cocaine.");
    await retractClaim(t.prisma, w.editor.actor, w.ws.slug, leary.id, { why: "The memoir was misquoted." });
    await w.expectInStep(6);
    const rows = async (lexeme: string) =>
      (
        await t.query<{ n: number }>(`SELECT n FROM "ListedTermCount" WHERE "workspaceId" = $1 AND lexeme = $2`, [
          w.ws.id,
          lexeme,
        ])
      ).map((r) => r.n);
    await t.query(`SELECT corroborate_fold_term_counts($1, ARRAY['cocain', 'ilopango', 'air'])`, [w.ws.id]);
    expect(await rows("cocain")).toEqual([6]);
    expect(await rows("ilopango")).toEqual([6]);
    // Leary's words were counted in and out: folded, nothing is left of them.
    expect(await rows("air")).toEqual([]);
    await w.expectInStep(6);
    const { hits, total } = await publicSearch(t.prisma, (await publicWorkspace(t.prisma, w.ws.slug))!, {
      q: "cocaine",
    });
    expect([hits.filter((h) => h.kind === "claim").length, total]).toEqual([6, 6]);
  });

  it("a change made straight in the database (an operator's fix) reaches the copy too", async () => {
    const w = await world();
    const kerry = await w.publish("The Kerry Committee found that Contra networks moved cocaine.");
    await t.query(`UPDATE "Claim" SET headline = 'Zeppelins carried the cocaine', tags = ARRAY['air'] WHERE id = $1`, [
      kerry.id,
    ]);
    await w.expectInStep(1);
    expect(await w.found("zeppelin")).toEqual([kerry.id]);
    await t.query(`UPDATE "Claim" SET status = 'draft' WHERE id = $1`, [kerry.id]);
    await w.expectInStep(0);
    await t.query(`UPDATE "Claim" SET status = 'published' WHERE id = $1`, [kerry.id]);
    await w.expectInStep(1);
    await t.query(`DELETE FROM "Claim" WHERE id = $1`, [kerry.id]);
    await w.expectInStep(0);
  });
});
