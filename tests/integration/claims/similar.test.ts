import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, findSimilarClaims, updateClaim } from "@/lib/claims";
import { submitClaim } from "@/lib/review";
import { deleteClaim } from "@/lib/trash";
import { anonymousReader } from "@/lib/auth/actor";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { publishReviewed } from "../../support/review";

const WEBB = "Cocaine was sold in Los Angeles by the Contra-linked ring in the 1980s.";

describe.each(DB_TARGETS)("similar claims on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  async function setup() {
    const ws = await makeWorkspace(t.prisma, { isPublic: true });
    const author = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const reviewer = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    return { ws, author, reviewer, editor, people: { author, reviewer, editor } };
  }
  const similarText = (id: string) =>
    t.prisma.$queryRaw<{ text: string; xmin: string }[]>`
      SELECT text, xmin::text AS xmin FROM "ClaimSimilarText" WHERE "claimId" = ${id}`;

  it("follows each claim's text as it is written, edited, trashed, and leaves out other workspaces", async () => {
    const { ws, author } = await setup();
    const other = await setup();
    const a = await createClaim(t.prisma, author.actor, ws.slug, { text: WEBB });
    await createClaim(t.prisma, author.actor, ws.slug, { text: "Opium production rose in Afghanistan." });
    await createClaim(t.prisma, other.author.actor, other.ws.slug, { text: WEBB });
    const probe = "Cocaine was sold in Los Angeles by a Contra ring";
    const found = await findSimilarClaims(t.prisma, author.actor, ws.slug, probe);
    expect(found.map((c) => c.id)).toEqual([a.id]);
    expect(found[0]).toMatchObject({ text: WEBB, status: "draft" });
    expect(found[0].similarity).toBeGreaterThan(0.5);
    expect(await findSimilarClaims(t.prisma, author.actor, ws.slug, probe, { excludeId: a.id })).toEqual([]);

    await updateClaim(t.prisma, author.actor, ws.slug, a.id, {
      version: a.version,
      text: "Heroin moved through Laos on Air America flights.",
    });
    expect(await findSimilarClaims(t.prisma, author.actor, ws.slug, probe)).toEqual([]);
    const moved = await findSimilarClaims(t.prisma, author.actor, ws.slug, "Heroin moved through Laos on Air America");
    expect(moved.map((c) => c.id)).toEqual([a.id]);

    await deleteClaim(t.prisma, author.actor, ws.slug, { id: a.id });
    expect(
      await findSimilarClaims(t.prisma, author.actor, ws.slug, "Heroin moved through Laos on Air America"),
    ).toEqual([]);
  });

  it("matches at the caller's threshold, below pg_trgm's own default of 0.3 as well as above it", async () => {
    const { ws, author } = await setup();
    const a = await createClaim(t.prisma, author.actor, ws.slug, { text: WEBB });
    const probe = "Los Angeles gangs and the agency";
    const [{ s }] = await t.prisma.$queryRaw<{ s: number }[]>`SELECT similarity(${WEBB}, ${probe})::float8 AS s`;
    expect(s).toBeGreaterThan(0.1);
    expect(s).toBeLessThan(0.3);
    const low = await findSimilarClaims(t.prisma, author.actor, ws.slug, probe, { threshold: s - 0.05 });
    expect(low.map((c) => c.id)).toEqual([a.id]);
    expect(low[0].similarity).toBeCloseTo(s, 5);
    expect(await findSimilarClaims(t.prisma, author.actor, ws.slug, probe, { threshold: s + 0.05 })).toEqual([]);
  });

  it("writes that leave the text alone do not rewrite its trigram row; the text stays out of Claim's indexes", async () => {
    const { ws, author, people } = await setup();
    const a = await createClaim(t.prisma, author.actor, ws.slug, { text: WEBB });
    const [before] = await similarText(a.id);
    expect(before.text).toBe(WEBB);
    await publishReviewed(t.prisma, people, ws.slug, a.id);
    // Same row version: submit, review and publish wrote the claim but not its text's index entries.
    expect(await similarText(a.id)).toEqual([before]);
    const gin = await t.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'Claim' AND indexdef LIKE '%gin_trgm_ops%'`;
    expect(gin[0].n).toBe(0);
  });

  it("shows an anonymous reader only claims the public may see", async () => {
    const { ws, author, people } = await setup();
    const a = await createClaim(t.prisma, author.actor, ws.slug, { text: WEBB });
    const draft = await createClaim(t.prisma, author.actor, ws.slug, { text: `${WEBB} (draft)` });
    const inReview = await createClaim(t.prisma, author.actor, ws.slug, { text: `${WEBB} (in review)` });
    await publishReviewed(t.prisma, people, ws.slug, a.id);
    await submitClaim(t.prisma, author.actor, ws.slug, inReview.id, {
      verdict: "Supported",
      confidence: "high",
      rationale: "The report says so.",
    });
    const probe = "Cocaine was sold in Los Angeles by the Contra-linked ring";
    const desk = await findSimilarClaims(t.prisma, author.actor, ws.slug, probe);
    expect(new Set(desk.map((c) => c.id))).toEqual(new Set([a.id, draft.id, inReview.id]));
    const pub = await findSimilarClaims(t.prisma, anonymousReader, ws.slug, probe);
    expect(pub).toEqual([expect.objectContaining({ id: a.id, text: WEBB, status: "published" })]);
  });
});
