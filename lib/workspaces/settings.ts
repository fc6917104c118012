import "server-only";
// A workspace's editorial settings: name, visibility, whether dissents are published, and
// whether reviewers may publish what they approved (editors always may).
import { workspaceSettingsInput } from "./settings-schema";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

export { workspaceSettingsInput };

const SELECT = {
  slug: true,
  name: true,
  description: true,
  isPublic: true,
  publishDissent: true,
  reviewersMayPublish: true,
} as const;

export async function workspaceSettings(db: Db, actor: Actor, slug: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  return db.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: SELECT });
}

export async function updateWorkspaceSettings(db: Db, actor: Actor, slug: string, raw: unknown) {
  const data = workspaceSettingsInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "workspace.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: SELECT });
    const after = await tx.workspace.update({
      where: { id: workspace.id },
      data: { ...data, version: { increment: 1 } },
      select: SELECT,
    });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "workspace.settings",
      entityType: "Workspace",
      entityId: workspace.id,
      before,
      after,
    });
    return after;
  });
}
