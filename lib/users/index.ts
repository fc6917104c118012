import "server-only";
// Accounts. `addUser` creates or updates a user and, given a workspace, their membership.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { actorMay } from "@/lib/auth/permissions";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { revokeSessions } from "@/lib/auth/revocation";
import { AppError } from "@/lib/errors";
import { emailSchema, roleSchema, slugSchema } from "@/lib/workspaces/schemas";

export const addUserInput = z
  .object({
    email: emailSchema,
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `password must be at least ${MIN_PASSWORD_LENGTH} characters`)
      .max(200),
    name: z.string().trim().min(1).max(120).optional(),
    workspace: slugSchema.optional(),
    role: roleSchema.optional(),
  })
  .refine((v) => !v.role || v.workspace, { message: "role needs a workspace", path: ["workspace"] });

export async function addUser(db: Db, actor: Actor, input: unknown) {
  const data = addUserInput.parse(input);
  // Only the CLI, or an owner adding someone to their workspace, creates accounts with passwords.
  const access = data.workspace ? await authorize(db, actor, data.workspace, "member.manage") : null;
  if (!access && !actorMay(actor.kind, "user.create"))
    throw new AppError("forbidden", "only the CLI creates users outside a workspace");
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email } });
    // An owner may not reset the password of someone who already has an account.
    if (existing && actor.kind !== "system")
      throw new AppError("conflict", `a user with email ${data.email} already exists; add them as a member instead`);
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { passwordHash, name: data.name ?? existing.name } })
      : await tx.user.create({ data: { email: data.email, name: data.name, passwordHash } });
    if (existing) await revokeSessions(tx, user.id); // a new password ends sessions opened with the old one
    let membership = null;
    if (access) {
      membership = await tx.membership.upsert({
        where: { workspaceId_userId: { workspaceId: access.workspace.id, userId: user.id } },
        create: { workspaceId: access.workspace.id, userId: user.id, role: data.role ?? "contributor" },
        update: data.role ? { role: data.role } : {},
      });
    }
    await recordAudit(tx, actor, {
      workspaceId: access?.workspace.id ?? null,
      action: existing ? "user.update" : "user.create",
      entityType: "User",
      entityId: user.id,
      after: { email: user.email, name: user.name, role: membership?.role },
    });
    return { id: user.id, email: user.email, name: user.name, role: membership?.role ?? null };
  });
}

/** The member an operator names on the command line (`--as <email>`): reviews are a person's act. */
export async function actorForEmail(db: Db, email: string): Promise<Actor> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true },
  });
  if (!user) throw new AppError("bad_request", `no user with email ${email}`);
  return { kind: "user", userId: user.id, email: user.email };
}
