import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorize } from "@/lib/auth";
import { actorFromToken, createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("API tokens on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("stores only a hash, resolves to a scoped actor, and stops working when revoked", async () => {
    const ws = await makeWorkspace(t.prisma);
    const other = await makeWorkspace(t.prisma);
    const owner = await makeUser(t.prisma, { workspaceId: ws.id, role: "owner" });
    const token = await createApiToken(t.prisma, owner.actor, ws.slug, { name: "newsroom bot", scope: "read" });
    expect(token.secret).toMatch(/^cbr_/);
    const row = await t.prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).not.toContain(token.secret);
    expect(row.tokenHash).toHaveLength(64);

    const actor = await actorFromToken(t.prisma, token.secret);
    await expect(authorize(t.prisma, actor, ws.slug, "workspace.read")).resolves.toMatchObject({
      workspace: { slug: ws.slug },
      subject: { kind: "token", scope: "read" },
    });
    await expect(authorize(t.prisma, actor, ws.slug, "claim.create")).rejects.toMatchObject({ code: "forbidden" });
    await expect(authorize(t.prisma, actor, other.slug, "workspace.read")).rejects.toMatchObject({ code: "not_found" });

    await revokeApiToken(t.prisma, owner.actor, ws.slug, token.id);
    await expect(actorFromToken(t.prisma, token.secret)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(actorFromToken(t.prisma, "cbr_made-up")).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("only owners create tokens", async () => {
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    await expect(createApiToken(t.prisma, editor.actor, ws.slug, { name: "x" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
