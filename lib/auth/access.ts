import "server-only";
// Resolves an actor's access to a workspace. The membership check sits in the query's where,
// so a workspace you don't belong to is indistinguishable from one that doesn't exist (404).
import type { Db, Prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Actor } from "./actor";
import { refusalReason, type Action, type ResourceFacts, type Role, type Subject } from "./permissions";

export function workspaceWhereFor(actor: Actor, slug: string): Prisma.WorkspaceWhereInput | null {
  switch (actor.kind) {
    case "system":
      return { slug };
    case "user":
      return { slug, memberships: { some: { userId: actor.userId } } };
    case "token":
      return { slug, id: actor.workspaceId };
    case "anonymous":
      return null;
  }
}

/** The workspace facts every permission check and reader starts from (WorkspaceAccess.workspace). */
export const WORKSPACE_ACCESS_SELECT = {
  id: true,
  slug: true,
  name: true,
  isPublic: true,
  publishDissent: true,
  reviewersMayPublish: true,
  ratingScaleId: true,
} as const;

export interface WorkspaceAccess {
  workspace: {
    id: string;
    slug: string;
    name: string;
    isPublic: boolean;
    publishDissent: boolean;
    reviewersMayPublish: boolean;
    ratingScaleId: string | null;
  };
  subject: Subject;
  role: Role | null;
}

export async function workspaceAccess(db: Db, actor: Actor, slug: string): Promise<WorkspaceAccess> {
  // Every lib function starts here, so this is where a slug that is not one stops: a non-string
  // (a server action posted `{"a":1}`) would otherwise drop the slug filter from the query.
  if (typeof slug !== "string") throw new AppError("bad_request", "workspace must be a string", { field: "workspace" });
  if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(slug)) throw notFound("workspace");
  const where = workspaceWhereFor(actor, slug);
  if (!where) throw new AppError("unauthenticated", "sign in to use the desk");
  const workspace = await db.workspace.findFirst({
    where,
    select: {
      ...WORKSPACE_ACCESS_SELECT,
      memberships: actor.kind === "user" ? { where: { userId: actor.userId }, select: { role: true } } : false,
    },
  });
  if (!workspace) throw notFound("workspace");
  const { memberships, ...ws } = workspace as typeof workspace & { memberships?: { role: Role }[] };
  if (actor.kind === "user") {
    const role = memberships![0].role;
    return { workspace: ws, role, subject: { kind: "member", role, userId: actor.userId } };
  }
  if (actor.kind === "token") {
    return { workspace: ws, role: null, subject: { kind: "token", scope: actor.scope, userId: actor.userId } };
  }
  return { workspace: ws, role: "owner", subject: { kind: "system" } };
}

export function assertCan(access: WorkspaceAccess, action: Action, resource?: ResourceFacts): void {
  const reason = refusalReason(access.subject, action, resource);
  if (reason) throw new AppError("forbidden", reason);
}

/** Resolve access and check one action in one step: what most lib functions start with. */
export async function authorize(db: Db, actor: Actor, slug: string, action: Action, resource?: ResourceFacts) {
  const access = await workspaceAccess(db, actor, slug);
  assertCan(access, action, resource);
  return access;
}
