// The public claimants index is paged (at 100,000 claims the unpaged page listed 2,000 claimants
// in 10 MB of HTML): most-checked first, then by name, each claimant once across the pages, with
// its published claims counted by rating and its retracted checks apart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { CLAIMANTS_PAGE_SIZE, publicClaimants, publicWorkspace, type PublicWorkspace } from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

const PUBLIC = CLAIMANTS_PAGE_SIZE + 3;

describe.each(DB_TARGETS)("the public claimants index on $name", (target) => {
  let t: TestDatabase;
  let ws: PublicWorkspace;
  /** [name, published claims] in the order the index must give. */
  let expected: [string, number][] = [];
  beforeAll(async () => {
    t = await createTestDatabase(target);
    const db = t.prisma;
    const made = await makeWorkspace(db);
    const editor = await makeUser(db, { workspaceId: made.id, role: "editor" });
    const pub = (await publicWorkspace(db, made.slug))!;
    const [supported, refuted] = pub.ratings;
    const claim = async (claimantId: string, status: "draft" | "published" | "retracted", ratingId?: string) => {
      const c = await createClaim(db, editor.actor, made.slug, {
        text: `Said ${status}.`,
        claimant: { id: claimantId },
      });
      await db.claim.update({
        where: { id: c.id },
        data: { status, ratingId: ratingId ?? null, publishedAt: status === "draft" ? null : new Date() },
      });
    };
    const claimant = (name: string) =>
      db.claimant.create({ data: { workspaceId: made.id, name, kind: "person" }, select: { id: true } });
    for (let i = 0; i < PUBLIC; i++) {
      // Names in an order unlike their counts', so both sort keys are tested.
      const name = `Claimant ${String((i * 7) % PUBLIC).padStart(2, "0")}`;
      const { id } = await claimant(name);
      const n = (i % 3) + 1;
      for (let k = 0; k < n; k++) await claim(id, "published", k % 2 ? refuted.id : supported.id);
      if (i % 5 === 0) await claim(id, "retracted", supported.id);
      expected.push([name, n]);
    }
    expected = expected.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    // Not public: a claimant with drafts only, and one in the trash.
    await claim((await claimant("Aaron Draft")).id, "draft");
    const gone = await claimant("Aaron Deleted");
    await claim(gone.id, "published", supported.id);
    await db.claimant.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    ws = (await publicWorkspace(db, made.slug))!;
  }, 240_000);
  afterAll(async () => t?.drop());

  it("pages through every public claimant once, most-checked first, then by name", async () => {
    const first = await publicClaimants(t.prisma, ws, 1);
    expect(first).toMatchObject({ total: PUBLIC, page: 1, pages: 2 });
    expect(first.claimants).toHaveLength(CLAIMANTS_PAGE_SIZE);
    const second = await publicClaimants(t.prisma, ws, 2);
    expect(second.claimants).toHaveLength(PUBLIC - CLAIMANTS_PAGE_SIZE);
    expect([...first.claimants, ...second.claimants].map((c) => [c.name, c.claims])).toEqual(expected);
    const past = await publicClaimants(t.prisma, ws, 3);
    expect(past).toMatchObject({ claimants: [], total: PUBLIC, pages: 2 });
  });

  it("counts each claimant's published claims by rating and its retracted checks apart", async () => {
    const all = [
      ...(await publicClaimants(t.prisma, ws, 1)).claimants,
      ...(await publicClaimants(t.prisma, ws, 2)).claimants,
    ];
    const three = all.find((c) => c.claims === 3 && c.retracted === 1)!;
    expect(three).toBeDefined();
    const counts = Object.fromEntries(three.byRating.filter((b) => b.count).map((b) => [b.rating?.label, b.count]));
    expect(counts).toEqual({ [ws.ratings[0].label]: 2, [ws.ratings[1].label]: 1 });
    // Every rating of the scale is listed (zeros kept) so distributions compare.
    expect(three.byRating.map((b) => b.rating?.id)).toEqual(ws.ratings.map((r) => r.id));
    expect(all.filter((c) => c.retracted === 1)).toHaveLength(Math.ceil(PUBLIC / 5));
    expect(all.map((c) => c.name)).not.toContain("Aaron Draft");
    expect(all.map((c) => c.name)).not.toContain("Aaron Deleted");
  });
});
