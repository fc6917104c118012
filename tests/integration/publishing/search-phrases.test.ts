// A quoted phrase is found through the word-pair indexes (migrations/20261206600000_word_pairs):
// a claim or document holding the phrase's pairs is checked for the phrase itself, so whatever
// shares a pair's hash, holds the pairs apart ("contra supply … supply network") or holds the
// words in another order is not a hit, and queries the pairs cannot serve (OR, NOT) still match
// exactly. Every query's hits are compared with PostgreSQL's own @@ over the same vectors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { addEvidence } from "@/lib/evidence";
import { publicSearch, publicWorkspace } from "@/lib/publishing";
import { CLAIM_PAIR_BITS } from "@/lib/publishing/search";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { publishReviewed } from "../../support/review";

describe.each(DB_TARGETS)("phrase search on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  /** A word whose pair with "alpha" hashes as "alpha beta" does in the claims' pair index. */
  async function collider() {
    const mask = (1 << CLAIM_PAIR_BITS) - 1;
    const [{ w }] = await t.query<{ w: string }>(
      `SELECT w FROM (SELECT 'zq' || i AS w FROM generate_series(1, 1000000) AS i) s
        WHERE hashtext('alpha ' || w) & ${mask} = hashtext('alpha beta') & ${mask} LIMIT 1`,
    );
    // The index's own functions agree: the claim below holds "alpha beta"'s pair hash.
    const [{ same }] = await t.query<{ same: boolean }>(
      `SELECT corroborate_word_pairs(to_tsvector('english', 'beta alpha ' || $1::text), ${CLAIM_PAIR_BITS})
        @> corroborate_phrase_pairs(websearch_to_tsquery('english', '"alpha beta"'), ${CLAIM_PAIR_BITS}) AS same`,
      [w],
    );
    expect(same).toBe(true);
    return w;
  }

  async function world() {
    const ws = await makeWorkspace(t.prisma);
    const [author, reviewer, editor] = await Promise.all(
      (["editor", "reviewer", "editor"] as const).map((role) => makeUser(t.prisma, { workspaceId: ws.id, role })),
    );
    const source = await t.prisma.source.create({ data: { workspaceId: ws.id, title: "Hearing transcript" } });
    const publish = async (fields: { text: string } | { documentId: string; start: number; end: number }) => {
      const claim = await createClaim(t.prisma, author.actor, ws.slug, fields);
      await addEvidence(t.prisma, author.actor, ws.slug, {
        claimId: claim.id,
        sourceId: source.id,
        stance: "supports",
      });
      return publishReviewed(t.prisma, { author, reviewer, editor }, ws.slug, claim.id);
    };
    const w = await collider();
    for (const text of [
      "Agents shipped cocaine through Ilopango airfield.",
      "Cocaine was shipped through Ilopango later.",
      "The war on drugs began in earnest.",
      "A war was waged on drugs.",
      "Contra supply crews ran a supply network.",
      "The contra supply network flew from Ilopango.",
      `Beta alpha ${w} appear in one ledger.`,
      "Alpha beta appear in another ledger.",
    ])
      await publish({ text });
    for (const [i, text] of [
      "Pilots said the contra supply network moved cocaine north. Nothing else was recorded.",
      "A network of supply depots stood apart. Supply ran through the contra camps; the network grew.",
      "Contra supply flights left at night. A supply network formed later in the war on drugs.",
    ].entries()) {
      const imported = await importDocument(t.prisma, author.actor, {
        workspace: ws.slug,
        title: `Deposition ${i + 1}`,
        format: "text",
        text,
      });
      const end = text.indexOf(".") + 1;
      await publish({ documentId: imported.documentId!, start: 0, end });
    }
    return ws;
  }

  it("finds exactly the claims and documents PostgreSQL's phrase match finds", async () => {
    const ws = (await publicWorkspace(t.prisma, (await world()).slug))!;
    const expected = async (q: string) => ({
      claims: (
        await t.query<{ id: string }>(
          `SELECT id FROM "ListedClaimSearch" WHERE "workspaceId" = $1 AND search @@ websearch_to_tsquery('english', $2) ORDER BY id`,
          [ws.id, q],
        )
      ).map((r) => r.id),
      documents: (
        await t.query<{ id: string }>(
          `SELECT d.id FROM "Document" d JOIN "DocumentVersion" v ON v.id = d."publishedVersionId"
            WHERE d."workspaceId" = $1 AND v.search @@ websearch_to_tsquery('english', $2) ORDER BY d.id`,
          [ws.id, q],
        )
      ).map((r) => r.id),
    });
    const found = async (q: string) => {
      const { hits, total } = await publicSearch(t.prisma, ws, { q });
      const of = (kind: string) =>
        hits
          .filter((h) => h.kind === kind)
          .map((h) => h.id)
          .sort();
      return { claims: of("claim"), documents: of("document"), total };
    };
    const counts: Record<string, [number, number]> = {};
    for (const q of [
      '"shipped cocaine"',
      '"cocaine shipped"',
      '"war on drugs"',
      '"contra supply network"',
      '"supply network"',
      '"alpha beta"',
      '"shipped cocaine" ilopango',
      '"contra supply" "supply network"',
      '"supply network" -crews',
      '"supply network" or "shipped cocaine"',
      'ilopango -"shipped cocaine"',
      "ilopango",
    ]) {
      const want = await expected(q);
      const got = await found(q);
      expect([q, got.claims, got.documents]).toEqual([q, want.claims, want.documents]);
      expect([q, got.total]).toEqual([q, want.claims.length + want.documents.length]);
      counts[q] = [want.claims.length, want.documents.length];
    }
    // The data makes each query discriminating: the words alone would match more than the phrase.
    expect(counts).toMatchObject({
      '"shipped cocaine"': [1, 0],
      '"cocaine shipped"': [0, 0],
      '"war on drugs"': [1, 1],
      // The first document's claim quotes its first sentence, so it holds the phrase too.
      '"contra supply network"': [2, 1],
      '"supply network"': [3, 2],
      '"alpha beta"': [1, 0],
      '"contra supply" "supply network"': [3, 2],
      '"supply network" -crews': [2, 2],
      '"supply network" or "shipped cocaine"': [4, 2],
      'ilopango -"shipped cocaine"': [2, 0],
    });
  });
});
