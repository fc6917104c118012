// The permission rules that are about what kind of actor asks, not a role in a workspace
// (ACTOR_RULES in lib/auth/permissions.ts), through the lib functions that apply them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, systemActor } from "@/lib/auth/actor";
import { ACTOR_RULES, actorMay } from "@/lib/auth/permissions";
import { restoreWorkspace } from "@/lib/backup";
import { actorFromToken, createApiToken } from "@/lib/auth/tokens";
import { markNotificationsRead, setEmailPreference } from "@/lib/notifications";
import { addUser } from "@/lib/users";
import { createWorkspace } from "@/lib/workspaces";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { errorOf } from "../../support/errors";
import { makeUser } from "../../support/factories";

describe("actor rules", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ name: "pglite" });
  });
  afterAll(async () => t?.drop());

  it("are one table", () => {
    expect(ACTOR_RULES).toEqual({
      "backup.restore": ["system"],
      "user.create": ["system"],
      "workspace.create": ["system", "user"],
      "notification.own": ["user"],
    });
    expect(actorMay("token", "workspace.create")).toBe(false);
  });
  it("only the CLI restores a backup", async () => {
    const { actor } = await makeUser(t.prisma);
    expect(await errorOf(restoreWorkspace(t.prisma, actor, []))).toMatchObject({ code: "forbidden" });
  });
  it("only the CLI creates an account outside a workspace", async () => {
    const { actor } = await makeUser(t.prisma);
    expect(
      await errorOf(addUser(t.prisma, actor, { email: "loose@example.test", password: "a long enough password" })),
    ).toMatchObject({ code: "forbidden" });
    await expect(
      addUser(t.prisma, systemActor("cli"), { email: "cli-made@example.test", password: "a long enough password" }),
    ).resolves.toMatchObject({ email: "cli-made@example.test" });
  });
  it("a member's inbox and email choice are theirs: not a token's (even one acting for them), not the CLI's", async () => {
    const { actor, user } = await makeUser(t.prisma);
    const ws = await createWorkspace(t.prisma, actor, { slug: "inbox-rules", name: "Inbox rules" });
    const token = await createApiToken(t.prisma, actor, ws.slug, { name: "bot", scope: "write" });
    const tokenActor = (await actorFromToken(t.prisma, token.secret))!;
    expect(tokenActor).toMatchObject({ kind: "token", userId: user.id });
    for (const a of [tokenActor, systemActor("cli")]) {
      expect(await errorOf(markNotificationsRead(t.prisma, a, ws.slug, { all: true }))).toMatchObject({
        code: "forbidden",
      });
      expect(await errorOf(setEmailPreference(t.prisma, a, ws.slug, { emailMode: "off" }))).toMatchObject({
        code: "forbidden",
      });
    }
    await expect(markNotificationsRead(t.prisma, actor, ws.slug, { all: true })).resolves.toEqual({ updated: 0 });
    await expect(setEmailPreference(t.prisma, actor, ws.slug, { emailMode: "off" })).resolves.toEqual({
      emailMode: "off",
    });
  });
  it("people and the CLI create workspaces; nobody else", async () => {
    expect(await errorOf(createWorkspace(t.prisma, anonymous, { slug: "nobodys", name: "Nobody's" }))).toMatchObject({
      code: "forbidden",
    });
    const { actor } = await makeUser(t.prisma);
    await expect(createWorkspace(t.prisma, actor, { slug: "someones", name: "Someone's" })).resolves.toMatchObject({
      slug: "someones",
    });
  });
});
