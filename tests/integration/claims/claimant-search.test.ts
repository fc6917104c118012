// Claimants found by search (issue 23): every word must match a name, alias or description; the
// public sees only claimants with a published claim, members every live one; each hit counts
// only the claims its reader may see.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, searchClaimants } from "@/lib/claims";
import { anonymous, anonymousReader } from "@/lib/auth/actor";
import { publicClaimantSearch, publicWorkspace } from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("claimant search on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  async function setUp() {
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const claimant = (data: { name: string; aliases?: string[]; description?: string }) =>
      t.prisma.claimant.create({ data: { workspaceId: ws.id, kind: "organization", ...data } });
    const kerry = await claimant({ name: "Kerry Committee", description: "Senate subcommittee on narcotics" });
    const webb = await claimant({ name: "Gary Webb", aliases: ["Webb"], description: "Journalist, Dark Alliance" });
    const leary = await claimant({ name: "William Leary", description: "Historian of Air America" });
    const claim = async (claimantId: string, status: "draft" | "published") => {
      const c = await createClaim(t.prisma, editor.actor, ws.slug, {
        text: `A claim ${Math.random()}`,
        claimant: { id: claimantId },
      });
      await t.prisma.claim.update({
        where: { id: c.id },
        data: { status, publishedAt: status === "published" ? new Date() : null },
      });
    };
    await claim(kerry.id, "published");
    await claim(kerry.id, "draft");
    await claim(webb.id, "draft"); // Webb has nothing published
    await claim(leary.id, "published");
    return { ws, editor, kerry, webb, leary };
  }

  it("matches every word on name, alias or description, case-insensitively", async () => {
    const { ws, editor } = await setUp();
    const names = async (q: string) => (await searchClaimants(t.prisma, editor.actor, ws.slug, q)).map((h) => h.name);
    expect(await names("kerry")).toEqual(["Kerry Committee"]);
    expect(await names("senate narcotics")).toEqual(["Kerry Committee"]);
    expect(await names("senate webb")).toEqual([]);
    expect(await names("Webb")).toEqual(["Gary Webb"]);
    expect(await names("air america")).toEqual(["William Leary"]);
    expect(await names("x")).toEqual([]); // one letter is no search
  });

  it("shows members every live claimant and the public only those with a published claim", async () => {
    const { ws, editor } = await setUp();
    const desk = await searchClaimants(t.prisma, editor.actor, ws.slug, "Webb");
    expect(desk).toMatchObject([{ name: "Gary Webb", claims: 1 }]);
    const pub = (await publicWorkspace(t.prisma, ws.slug))!;
    expect(await publicClaimantSearch(t.prisma, pub, { q: "Webb" })).toEqual([]);
    expect(await searchClaimants(t.prisma, anonymousReader, ws.slug, "Webb")).toEqual([]);
    // An anonymous caller that is not an API reader (a desk action) is refused.
    await expect(searchClaimants(t.prisma, anonymous, ws.slug, "Webb")).rejects.toMatchObject({
      code: "unauthenticated",
    });
    // The public count leaves the draft out.
    expect(await publicClaimantSearch(t.prisma, pub, { q: "Kerry" })).toMatchObject([
      { name: "Kerry Committee", claims: 1 },
    ]);
    expect(await searchClaimants(t.prisma, editor.actor, ws.slug, "Kerry")).toMatchObject([
      { name: "Kerry Committee", claims: 2 },
    ]);
  });

  it("leaves out deleted claimants and those of other workspaces", async () => {
    const { ws, editor, leary } = await setUp();
    const other = await setUp();
    await t.prisma.claimant.update({ where: { id: leary.id }, data: { deletedAt: new Date() } });
    expect(await searchClaimants(t.prisma, editor.actor, ws.slug, "Leary")).toEqual([]);
    const kerry = await searchClaimants(t.prisma, editor.actor, ws.slug, "Kerry");
    expect(kerry.map((h) => h.id)).toEqual([
      (await t.prisma.claimant.findFirstOrThrow({ where: { workspaceId: ws.id, name: "Kerry Committee" } })).id,
    ]);
    expect(kerry[0].id).not.toBe(other.kerry.id);
  });
});
