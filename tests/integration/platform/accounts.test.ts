import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, systemActor, workspaceAccess } from "@/lib/auth";
import { accountKey, MAX_FAILURES_PER_EMAIL } from "@/lib/auth/signin";
import { addUser } from "@/lib/users";
import { addMember, changeMemberRole, createWorkspace, listMembers, removeMember } from "@/lib/workspaces";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { errorOf } from "../../support/errors";
import { makeUser, makeWorkspace, TEST_PASSWORD } from "../../support/factories";

describe.each(DB_TARGETS)("accounts and workspaces on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("creates a workspace with the default rating scale and an audit event", async () => {
    const ws = await makeWorkspace(t.prisma);
    const scale = await t.prisma.ratingScale.findUniqueOrThrow({
      where: { id: ws.ratingScaleId! },
      include: { ratings: { orderBy: { position: "asc" } } },
    });
    expect(scale.ratings.map((r) => [r.value, r.label])).toEqual([
      [5, "Supported"],
      [4, "Mostly supported"],
      [3, "Contested"],
      [2, "Mostly unsupported"],
      [1, "Refuted"],
      [null, "Unverifiable"],
    ]);
    const audit = await t.prisma.auditEvent.findMany({ where: { entityId: ws.id } });
    expect(audit.map((a) => a.action)).toEqual(["workspace.create"]);
  });

  it("refuses a duplicate slug with a conflict and a bad slug with a field error", async () => {
    const ws = await makeWorkspace(t.prisma);
    expect((await errorOf(createWorkspace(t.prisma, systemActor(), { slug: ws.slug, name: "Again" }))).code).toBe(
      "conflict",
    );
    await expect(createWorkspace(t.prisma, systemActor(), { slug: "Bad Slug!", name: "x" })).rejects.toThrow(
      /slug may hold only/,
    );
  });

  it("adds a user with a hashed password who can then sign in; wrong password and unknown email look the same", async () => {
    const ws = await makeWorkspace(t.prisma);
    const email = `Editor.${ws.slug}@Example.test`;
    const u = await addUser(t.prisma, systemActor(), {
      email,
      password: "s3cret-passphrase",
      workspace: ws.slug,
      role: "editor",
    });
    expect(u.role).toBe("editor");
    const row = await t.prisma.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(await authenticate(t.prisma, { email, password: "s3cret-passphrase" })).toMatchObject({
      email: email.toLowerCase(),
    });
    expect(await authenticate(t.prisma, { email, password: "wrong" })).toBeNull();
    expect(await authenticate(t.prisma, { email: "nobody@example.test", password: "wrong" })).toBeNull();
  });

  it("rate-limits failed sign-ins per email in the database, visible to another connection", async () => {
    const ws = await makeWorkspace(t.prisma);
    const { user } = await makeUser(t.prisma, { workspaceId: ws.id });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++)
      expect(await authenticate(t.prisma, { email: user.email, password: "nope" })).toBeNull();
    const err = await errorOf(authenticate(t.prisma, { email: user.email, password: TEST_PASSWORD }));
    expect(err.code).toBe("rate_limited");
    expect(err.message).toMatch(/Too many failed sign-ins/);
    const bucket = await t.query<{ count: number }>(`SELECT count FROM "RateLimitBucket" WHERE key = $1`, [
      accountKey(user.email, null),
    ]);
    expect(Number(bucket[0].count)).toBe(MAX_FAILURES_PER_EMAIL);
  });

  it("a workspace you are not a member of is not found, not forbidden", async () => {
    const mine = await makeWorkspace(t.prisma);
    const theirs = await makeWorkspace(t.prisma);
    const { actor } = await makeUser(t.prisma, { workspaceId: mine.id, role: "owner" });
    expect((await workspaceAccess(t.prisma, actor, mine.slug)).role).toBe("owner");
    expect((await errorOf(workspaceAccess(t.prisma, actor, theirs.slug))).code).toBe("not_found");
    expect((await errorOf(workspaceAccess(t.prisma, actor, "no-such-workspace"))).code).toBe("not_found");
    expect((await errorOf(workspaceAccess(t.prisma, { kind: "anonymous" }, mine.slug))).code).toBe("unauthenticated");
  });

  it("owners manage members; others are refused; the last owner cannot leave", async () => {
    const ws = await makeWorkspace(t.prisma);
    const owner = await makeUser(t.prisma, { workspaceId: ws.id, role: "owner" });
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const newcomer = await makeUser(t.prisma);
    expect(
      (await errorOf(addMember(t.prisma, editor.actor, ws.slug, { email: newcomer.user.email, role: "reviewer" })))
        .code,
    ).toBe("forbidden");
    const m = await addMember(t.prisma, owner.actor, ws.slug, { email: newcomer.user.email, role: "reviewer" });
    expect(m.role).toBe("reviewer");
    await changeMemberRole(t.prisma, owner.actor, ws.slug, { membershipId: m.id, role: "editor" });
    const members = await listMembers(t.prisma, owner.actor, ws.slug);
    expect(members.find((x) => x.user.id === newcomer.user.id)?.role).toBe("editor");
    const ownerMembership = members.find((x) => x.user.id === owner.user.id)!;
    expect((await errorOf(removeMember(t.prisma, owner.actor, ws.slug, ownerMembership.id))).message).toMatch(
      /at least one owner/,
    );
    await removeMember(t.prisma, owner.actor, ws.slug, m.id);
    expect((await listMembers(t.prisma, owner.actor, ws.slug)).map((x) => x.user.id)).not.toContain(newcomer.user.id);
    const actions = (await t.prisma.auditEvent.findMany({ where: { workspaceId: ws.id }, orderBy: { at: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["member.add", "member.role", "member.remove"]));
  });

  it("a member of another workspace cannot touch this one's members (404)", async () => {
    const ws = await makeWorkspace(t.prisma);
    const other = await makeWorkspace(t.prisma);
    const outsider = await makeUser(t.prisma, { workspaceId: other.id, role: "owner" });
    expect((await errorOf(listMembers(t.prisma, outsider.actor, ws.slug))).code).toBe("not_found");
  });
});
