import "server-only";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/actor";
import { actorMay } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { DEFAULT_RATINGS, DEFAULT_SCALE_NAME } from "./rating-scale";
import { createWorkspaceInput } from "./schemas";

/** Creates a workspace with the default rating scale; the creating user (if any) becomes owner. */
export async function createWorkspace(db: Db, actor: Actor, input: unknown) {
  const data = createWorkspaceInput.parse(input);
  if (!actorMay(actor.kind, "workspace.create"))
    throw new AppError("forbidden", "only people and the CLI create workspaces");
  return db.$transaction(async (tx) => {
    const existing = await tx.workspace.findUnique({ where: { slug: data.slug } });
    if (existing) throw new AppError("conflict", `workspace '${data.slug}' already exists`);
    const ws = await tx.workspace.create({ data });
    const scale = await tx.ratingScale.create({
      data: {
        workspaceId: ws.id,
        name: DEFAULT_SCALE_NAME,
        ratings: { create: DEFAULT_RATINGS.map((r, position) => ({ ...r, position })) },
      },
    });
    const updated = await tx.workspace.update({ where: { id: ws.id }, data: { ratingScaleId: scale.id } });
    if (actor.kind === "user") {
      await tx.membership.create({ data: { workspaceId: ws.id, userId: actor.userId, role: "owner" } });
    }
    await recordAudit(tx, actor, {
      workspaceId: ws.id,
      action: "workspace.create",
      entityType: "Workspace",
      entityId: ws.id,
      after: updated,
    });
    return updated;
  });
}

/** The workspace switcher: every workspace the user belongs to, with their role. */
export async function listMyWorkspaces(db: Db, actor: Actor) {
  if (actor.kind !== "user") return [];
  const rows = await db.membership.findMany({
    where: { userId: actor.userId },
    select: { role: true, workspace: { select: { slug: true, name: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
  return rows.map((m) => ({ slug: m.workspace.slug, name: m.workspace.name, role: m.role }));
}
