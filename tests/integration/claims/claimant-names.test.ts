// A claimant is found by name ignoring case, and only by that name: `%`, `_` and `\` in a name are
// characters, not patterns (a claim naming "A%" must not be attributed to "Alfred McCoy"). The
// same holds for a verdict given by its label.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, createClaimant, listClaimants, searchClaimants } from "@/lib/claims";
import { deleteClaimant, restoreRecord } from "@/lib/trash";
import { submitClaim } from "@/lib/review";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { errorOf } from "../../support/errors";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("claimant and verdict names on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  /** A workspace, a member with `role`, and the claimant a claim naming `name` is attributed to. */
  async function claimsBy(role: "editor" | "owner") {
    const ws = await makeWorkspace(t.prisma);
    const user = await makeUser(t.prisma, { workspaceId: ws.id, role });
    const claimantOf = async (name: string) =>
      (await createClaim(t.prisma, user.actor, ws.slug, { text: `A claim by ${name}.`, claimant: { name } }))
        .claimantId;
    return { ws, user, claimantOf };
  }

  it("matches a claimant's name ignoring case, never as a LIKE pattern", async () => {
    const { ws, claimantOf } = await claimsBy("editor");
    const mccoy = await claimantOf("Alfred McCoy");
    expect(await claimantOf("alfred mccoy")).toBe(mccoy);
    const lookalikes = ["Alfred%", "_lfred McCoy", "Alfred McCo_", "%"];
    const ids = [];
    for (const name of lookalikes) ids.push(await claimantOf(name));
    expect(ids).not.toContain(mccoy);
    expect(new Set(ids).size).toBe(lookalikes.length);
    // Each lookalike is now a claimant of its own, found again by its own name.
    for (const [i, name] of lookalikes.entries()) expect(await claimantOf(name)).toBe(ids[i]);
    const backslash = await claimantOf("A\\B");
    expect(await claimantOf("a\\b")).toBe(backslash);
    expect(await claimantOf("AB")).not.toBe(backslash);
    const names = await t.prisma.claimant.findMany({ where: { workspaceId: ws.id }, select: { name: true } });
    expect(names.map((n) => n.name).sort()).toEqual(
      ["%", "A\\B", "AB", "Alfred McCoy", "Alfred McCo_", "Alfred%", "_lfred McCoy"].sort(),
    );
  });

  it("finds a claimant by an alias, by a name outside ASCII ignoring case, and a trashed one again", async () => {
    const { ws, user: owner, claimantOf } = await claimsBy("owner");
    const committee = await createClaimant(t.prisma, owner.actor, ws.slug, {
      name: "Kerry Committee",
      aliases: ["Senate Subcommittee on Terrorism, Narcotics and International Operations"],
    });
    expect(await claimantOf("Senate Subcommittee on Terrorism, Narcotics and International Operations")).toBe(
      committee.id,
    );
    // Aliases match exactly, as before: only the name ignores case.
    expect(await claimantOf("senate subcommittee on terrorism, narcotics and international operations")).not.toBe(
      committee.id,
    );
    const elise = await claimantOf("Élise Lucet");
    expect(await claimantOf("ÉLISE LUCET")).toBe(elise);
    expect(await claimantOf("élise lucet")).toBe(elise);
    const gone = await createClaimant(t.prisma, owner.actor, ws.slug, { name: "Celerino Castillo" });
    await deleteClaimant(t.prisma, owner.actor, ws.slug, { id: gone.id, version: gone.version });
    expect(await claimantOf("celerino castillo")).toBe(gone.id);
    expect((await t.prisma.claimant.findUniqueOrThrow({ where: { id: gone.id } })).deletedAt).toBeNull();
  });

  it("searches and lists claimants by the characters typed, wildcards included", async () => {
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    for (const name of ["Gary Webb", "100% Coalition"])
      await createClaim(t.prisma, editor.actor, ws.slug, { text: `A claim by ${name}.`, claimant: { name } });
    const search = async (q: string) => (await searchClaimants(t.prisma, editor.actor, ws.slug, q)).map((h) => h.name);
    const list = async (q: string) => (await listClaimants(t.prisma, editor.actor, ws.slug, q)).map((c) => c.name);
    expect(await search("0%")).toEqual(["100% Coalition"]);
    expect(await search("__")).toEqual([]);
    expect(await search("%%")).toEqual([]);
    expect(await list("%")).toEqual(["100% Coalition"]);
    expect(await list("G_ry")).toEqual([]);
    expect(await list("gary")).toEqual(["Gary Webb"]);
  });

  it("restores a claimant from the trash unless a live one has its very name", async () => {
    const ws = await makeWorkspace(t.prisma);
    const owner = await makeUser(t.prisma, { workspaceId: ws.id, role: "owner" });
    const trashed = await createClaimant(t.prisma, owner.actor, ws.slug, { name: "A_c" });
    await deleteClaimant(t.prisma, owner.actor, ws.slug, { id: trashed.id, version: trashed.version });
    await createClaimant(t.prisma, owner.actor, ws.slug, { name: "Abc" });
    await restoreRecord(t.prisma, owner.actor, ws.slug, { type: "claimant", id: trashed.id });
    expect((await t.prisma.claimant.findUniqueOrThrow({ where: { id: trashed.id } })).deletedAt).toBeNull();
    const twin = await createClaimant(t.prisma, owner.actor, ws.slug, { name: "Twin" });
    await deleteClaimant(t.prisma, owner.actor, ws.slug, { id: twin.id, version: twin.version });
    await createClaimant(t.prisma, owner.actor, ws.slug, { name: "Other", aliases: ["Twin"] });
    const err = await errorOf(restoreRecord(t.prisma, owner.actor, ws.slug, { type: "claimant", id: twin.id }));
    expect(err).toMatchObject({ code: "conflict" });
  });

  it("finds a verdict by its label ignoring case, and refuses a pattern", async () => {
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const claim = await createClaim(t.prisma, editor.actor, ws.slug, { text: "The committee found it." });
    const err = await errorOf(
      submitClaim(t.prisma, editor.actor, ws.slug, claim.id, { verdict: "%", confidence: "high", rationale: "So." }),
    );
    expect(err).toMatchObject({ code: "unprocessable", details: { field: "verdict" } });
    expect((await t.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("draft");
  });
});
