// `duplicateOf` is part of creating a claim (API, desk and CLI alike): the claim and its
// `duplicates` relation are written in one transaction, so a refused relation leaves no claim.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, relationsOf } from "@/lib/claims";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { errorOf } from "../../support/errors";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("createClaim duplicateOf on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("records the duplicate relation with the claim, audited", async () => {
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const first = await createClaim(t.prisma, editor.actor, ws.slug, { text: "The agency kept two sets of books." });
    const second = await createClaim(t.prisma, editor.actor, ws.slug, {
      text: "The agency kept two ledgers.",
      duplicateOf: first.id,
    });
    const rels = await relationsOf(t.prisma, ws.id, second.id);
    expect(rels).toMatchObject([{ type: "duplicates" }]);
    expect(await t.prisma.auditEvent.count({ where: { action: "relation.add", workspaceId: ws.id } })).toBe(1);
  });

  it("refuses a duplicate target outside the workspace and creates nothing", async () => {
    const ws = await makeWorkspace(t.prisma);
    const other = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const owner = await makeUser(t.prisma, { workspaceId: other.id, role: "owner" });
    const foreign = await createClaim(t.prisma, owner.actor, other.slug, { text: "A claim in another workspace." });
    const err = await errorOf(
      createClaim(t.prisma, editor.actor, ws.slug, { text: "A new claim.", duplicateOf: foreign.id }),
    );
    expect(err).toMatchObject({ code: "unprocessable", details: { field: "duplicateOf" } });
    expect(await t.prisma.claim.count({ where: { workspaceId: ws.id } })).toBe(0);
  });
});
