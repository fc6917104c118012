import "server-only";
// Who may read a workspace through the API's GETs, and how much: members and tokens everything
// (workspace.read), an anonymous API reader (lib/api/handler.ts) what the public pages show of a
// public workspace. A private workspace and one that does not exist answer alike (401), so an
// anonymous caller learns nothing; any other anonymous caller (the desk's actions) is refused as before.
import type { Db } from "@/lib/db";
import { authorize, WORKSPACE_ACCESS_SELECT, type WorkspaceAccess } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { ReadScope } from "./visibility";

export interface ReadAccess {
  workspace: WorkspaceAccess["workspace"];
  scope: ReadScope;
}

export async function readAccess(db: Db, actor: Actor, slug: string): Promise<ReadAccess> {
  if (actor.kind !== "anonymous" || actor.reads !== "public") {
    const { workspace } = await authorize(db, actor, slug, "workspace.read");
    return { workspace, scope: { workspaceId: workspace.id, public: false } };
  }
  const workspace =
    typeof slug === "string" && /^[a-z0-9][a-z0-9-]{0,63}$/.test(slug)
      ? await db.workspace.findFirst({ where: { slug, isPublic: true }, select: WORKSPACE_ACCESS_SELECT })
      : null;
  if (!workspace) throw new AppError("unauthenticated", "sign in to use the desk");
  return { workspace, scope: { workspaceId: workspace.id, public: true } };
}
