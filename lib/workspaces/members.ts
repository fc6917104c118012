import "server-only";
// Membership management (owners, from the settings page, the API or the CLI).
import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { revokeSessions } from "@/lib/auth/revocation";
import { AppError, notFound } from "@/lib/errors";
import { emailSchema, roleSchema } from "./schemas";

export async function listMembers(db: Db, actor: Actor, slug: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  return db.membership.findMany({
    where: { workspaceId: workspace.id },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
    orderBy: [{ role: "asc" }, { user: { email: "asc" } }],
  });
}

export const addMemberInput = z.object({ email: emailSchema, role: roleSchema });

/** Adds an existing user to the workspace (or changes their role if already a member). */
export async function addMember(db: Db, actor: Actor, slug: string, input: unknown) {
  const data = addMemberInput.parse(input);
  const { workspace } = await authorize(db, actor, slug, "member.manage");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: data.email } });
    if (!user)
      throw new AppError("unprocessable", `no user with email ${data.email}; create the account first`, {
        field: "email",
      });
    const before = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
    });
    if (before?.role === "owner" && data.role !== "owner") await assertAnotherOwner(tx, workspace.id, user.id);
    const m = await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
      create: { workspaceId: workspace.id, userId: user.id, role: data.role },
      update: { role: data.role },
    });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: before ? "member.role" : "member.add",
      entityType: "Membership",
      entityId: m.id,
      before,
      after: m,
    });
    return m;
  });
}

export const changeRoleInput = z.object({ membershipId: z.string().min(1), role: roleSchema });

export async function changeMemberRole(db: Db, actor: Actor, slug: string, input: unknown) {
  const data = changeRoleInput.parse(input);
  const { workspace } = await authorize(db, actor, slug, "member.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.membership.findFirst({ where: { id: data.membershipId, workspaceId: workspace.id } });
    if (!before) throw notFound("member");
    if (before.role === "owner" && data.role !== "owner") await assertAnotherOwner(tx, workspace.id, before.userId);
    const m = await tx.membership.update({ where: { id: before.id }, data: { role: data.role } });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "member.role",
      entityType: "Membership",
      entityId: m.id,
      before,
      after: m,
    });
    return m;
  });
}

export async function removeMember(db: Db, actor: Actor, slug: string, membershipId: string) {
  const { workspace } = await authorize(db, actor, slug, "member.manage");
  await db.$transaction(async (tx) => {
    const before = await tx.membership.findFirst({ where: { id: membershipId, workspaceId: workspace.id } });
    if (!before) throw notFound("member");
    if (before.role === "owner") await assertAnotherOwner(tx, workspace.id, before.userId);
    await tx.membership.delete({ where: { id: before.id } });
    await revokeSessions(tx, before.userId);
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "member.remove",
      entityType: "Membership",
      entityId: before.id,
      before,
    });
  });
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function assertAnotherOwner(tx: Tx, workspaceId: string, leavingUserId: string) {
  const others = await tx.membership.count({ where: { workspaceId, role: "owner", NOT: { userId: leavingUserId } } });
  if (others === 0) throw new AppError("conflict", "a workspace must keep at least one owner");
}
