import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymousReader } from "@/lib/auth/actor";
import { createClaim, listClaims, searchClaimants } from "@/lib/claims";
import { publicClaimantSearch, publicSearch, publicWorkspace } from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { buildWorld, type World } from "./world";

// Issue 23: claimants are found by search (desk and public), and a claim snippet cut from its
// text says so with an ellipsis, also when the claim matched on its headline alone.
describe.each(DB_TARGETS)("search finds claimants and marks cut snippets on $name", (target) => {
  let t: TestDatabase;
  let w: World;
  let longId: string;
  const LONG =
    "Between 1980 and 1988 several shipments left the airstrip at Ilopango under cover of humanitarian aid, " +
    "according to flight logs that the committee obtained from the hangar's operators and compared with " +
    "customs records, pilots' statements and bank transfers reaching accounts in Miami and Panama.";
  beforeAll(async () => {
    t = await createTestDatabase(target);
    w = await buildWorld(t.prisma);
    const long = await createClaim(t.prisma, w.editor.actor, w.ws.slug, {
      text: LONG,
      headline: "Quokka flights from Ilopango",
      claimant: { name: "Hangar Operators Union", kind: "organization" },
    });
    longId = long.id;
    await t.prisma.claim.update({
      where: { id: long.id },
      data: { status: "published", ratingId: w.ratings["Supported"], publishedAt: new Date(Date.UTC(2026, 0, 9)) },
    });
    await t.prisma.claimant.update({
      where: { id: long.claimantId! },
      data: { aliases: ["HOU"], description: "Trade union of the airport's ground crews" },
    });
  });
  afterAll(async () => t?.drop());
  const ws = async () => (await publicWorkspace(t.prisma, w.ws.slug))!;

  it("a claim matched on its headline shows its text's start with an ellipsis where it is cut", async () => {
    const r = await publicSearch(t.prisma, await ws(), { q: "quokka" });
    const hit = r.hits.find((h) => h.id === longId)!;
    expect(hit.snippet).toMatch(/^Between 1980 and 1988/);
    expect(hit.snippet).toMatch(/ …$/);
    // A snippet that is the whole text gets none (what ts_headline drops at its edges is put back).
    const kerry = (await publicSearch(t.prisma, await ws(), { q: "Contra movement" })).hits.find(
      (h) => h.id === w.claims.kerry.id,
    )!;
    expect(kerry.snippet).toBe(
      "The Kerry Committee report found that individuals in the ⟦Contra⟧ ⟦movement⟧ were involved in drug trafficking.",
    );
    // A window later in the text is marked at its start; its end is the text's own or marked too.
    const mid = (await publicSearch(t.prisma, await ws(), { q: "pilots" })).hits.find((h) => h.id === longId)!;
    expect(mid.snippet).toMatch(/^… .*⟦pilots⟧.*(?: …|Panama\.)$/);
    // The desk's claims search marks its snippets the same way.
    const desk = await listClaims(t.prisma, w.editor.actor, w.ws.slug, { q: "quokka" });
    expect(desk.items.find((c) => c.id === longId)!.snippet).toMatch(/^Between 1980 .* …$/);
  });

  it("public search finds public claimants by name, alias or description; never one with only drafts", async () => {
    const find = async (q: string, extra: Record<string, string> = {}) =>
      (await publicClaimantSearch(t.prisma, await ws(), { q, ...extra })).map((c) => c.name);
    expect(await find("kerry")).toEqual(["Kerry Committee"]);
    expect(await find("Committee Kerry")).toEqual(["Kerry Committee"]);
    expect(await find("HOU")).toEqual(["Hangar Operators Union"]);
    expect(await find("ground crews")).toEqual(["Hangar Operators Union"]);
    // Secret Sam's only claim is a draft: not public.
    expect(await find("Secret Sam")).toEqual([]);
    expect(await find("walrus")).toEqual([]);
    expect(await find("")).toEqual([]);
    // Claimants head the first page of a plain query only.
    expect(await find("kerry", { page: "2" })).toEqual([]);
    const [kerry] = await publicClaimantSearch(t.prisma, await ws(), { q: "kerry" });
    expect(kerry.claims).toBe(2); // the two published claims, not the in-review walrus
  });

  it("desk search finds every live claimant; an anonymous reader sees the public ones", async () => {
    const desk = await searchClaimants(t.prisma, w.editor.actor, w.ws.slug, "secret sam");
    expect(desk.map((c) => c.name)).toEqual(["Secret Sam"]);
    const kerry = await searchClaimants(t.prisma, w.editor.actor, w.ws.slug, "kerry");
    expect(kerry[0].claims).toBe(3); // the desk counts the in-review walrus too
    expect(await searchClaimants(t.prisma, anonymousReader, w.ws.slug, "secret sam")).toEqual([]);
    expect((await searchClaimants(t.prisma, anonymousReader, w.ws.slug, "kerry")).map((c) => c.name)).toEqual([
      "Kerry Committee",
    ]);
  });
});
