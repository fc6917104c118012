// The permission rules that are about what kind of actor asks, not a role in a workspace
// (ACTOR_RULES in lib/auth/permissions.ts), through the lib functions that apply them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, systemActor } from "@/lib/auth/actor";
import { ACTOR_RULES, actorMay } from "@/lib/auth/permissions";
import { restoreWorkspace } from "@/lib/backup";
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
