import "server-only";
// Saved views of the claims list (issue 18): a name and the list's filters, private to the
// member who saved it or shared with the workspace. Someone else's private view is a 404; only
// its owner changes a view, and owners and editors may also delete a shared one.
import type { Db, Prisma } from "@/lib/db";
import { authorize, assertCan, type WorkspaceAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { countMatching } from "@/lib/claims/list";
import { claimFilters, type ClaimFilters } from "@/lib/claims/schemas";
import { AppError, notFound } from "@/lib/errors";
import { createViewInput, updateViewInput } from "./schemas";

const SELECT = {
  id: true,
  name: true,
  shared: true,
  filters: true,
  ownerId: true,
  owner: { select: { name: true, email: true } },
  createdAt: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.SavedViewSelect;
type Row = Prisma.SavedViewGetPayload<{ select: typeof SELECT }>;

/** Views the actor may see: their own and the shared ones (a token without a user: shared only). */
function visibleWhere(workspaceId: string, userId: string | null): Prisma.SavedViewWhereInput {
  return { workspaceId, OR: userId ? [{ ownerId: userId }, { shared: true }] : [{ shared: true }] };
}

function personOf(actor: Actor): string {
  const userId = actorUserId(actor);
  if (!userId) throw new AppError("forbidden", "Saved views belong to a person; this caller acts for no one.");
  return userId;
}

/** A stored view's filters, parsed again: one saved before the filters changed shows as unusable. */
function storedFilters(row: { filters: Prisma.JsonValue }): ClaimFilters | null {
  const parsed = claimFilters.safeParse(row.filters);
  return parsed.success ? parsed.data : null;
}

async function present(db: Db, workspaceId: string, row: Row, userId: string | null) {
  const filters = storedFilters(row);
  return {
    id: row.id,
    name: row.name,
    shared: row.shared,
    filters: filters ?? {},
    usable: filters !== null,
    mine: row.ownerId === userId,
    owner: { id: row.ownerId, name: row.owner.name ?? row.owner.email },
    count: filters ? await countMatching(db, workspaceId, filters) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
export type SavedViewItem = Awaited<ReturnType<typeof present>>;

/** Every filter that names a record must name one of this workspace's, or it is refused by name. */
async function checkReferences(db: Db, workspaceId: string, f: ClaimFilters) {
  const refused = (field: string, what: string) =>
    new AppError("unprocessable", `filters.${field}: no such ${what} in this workspace`, { field: `filters.${field}` });
  if (f.documentId && !(await db.document.count({ where: { id: f.documentId, workspaceId } })))
    throw refused("documentId", "document");
  if (f.claimantId && !(await db.claimant.count({ where: { id: f.claimantId, workspaceId } })))
    throw refused("claimantId", "claimant");
  if (f.assigneeId && !(await db.membership.count({ where: { userId: f.assigneeId, workspaceId } })))
    throw refused("assigneeId", "member");
  if (f.verdict && !(await db.rating.count({ where: { id: f.verdict, scale: { workspaceId } } })))
    throw refused("verdict", "verdict");
}

export async function listViews(db: Db, actor: Actor, slug: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const userId = actorUserId(actor);
  const rows = await db.savedView.findMany({
    where: visibleWhere(workspace.id, userId),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  const items = [];
  for (const row of rows) items.push(await present(db, workspace.id, row, userId));
  return { items };
}

export async function getView(db: Db, actor: Actor, slug: string, viewId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const userId = actorUserId(actor);
  const row = await db.savedView.findFirst({
    where: { id: String(viewId), ...visibleWhere(workspace.id, userId) },
    select: SELECT,
  });
  if (!row) throw notFound("view");
  return present(db, workspace.id, row, userId);
}

export async function createView(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = createViewInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "view.write");
  const ownerId = personOf(actor);
  await checkReferences(db, workspace.id, input.filters);
  const row = await db.$transaction(async (tx) => {
    const created = await tx.savedView.create({
      data: { workspaceId: workspace.id, ownerId, name: input.name, shared: input.shared, filters: input.filters },
      select: SELECT,
    });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "view.create",
      entityType: "SavedView",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return present(db, workspace.id, row, ownerId);
}

/** The view as the actor may act on it: invisible → 404; visible but not theirs → 403 unless `moderate`. */
async function ownView(db: Db, access: WorkspaceAccess, actor: Actor, viewId: string, moderate: boolean) {
  const userId = actorUserId(actor);
  const row = await db.savedView.findFirst({
    where: { id: String(viewId), ...visibleWhere(access.workspace.id, userId) },
    select: SELECT,
  });
  if (!row) throw notFound("view");
  if (!can(access.subject, "view.update", { createdById: row.ownerId })) {
    if (!moderate) assertCan(access, "view.update", { createdById: row.ownerId });
    assertCan(access, "view.moderate");
  }
  return row;
}

export async function updateView(db: Db, actor: Actor, slug: string, viewId: string, raw: unknown) {
  const { version, ...patch } = updateViewInput.parse(raw);
  const access = await authorize(db, actor, slug, "view.write");
  personOf(actor); // the CLI (system) may delete a view but has none of its own to change
  const before = await ownView(db, access, actor, viewId, false);
  if (patch.filters) await checkReferences(db, access.workspace.id, patch.filters);
  const row = await db.$transaction(async (tx) => {
    const { count } = await tx.savedView.updateMany({
      where: { id: before.id, version },
      data: { ...patch, version: { increment: 1 } },
    });
    if (!count)
      throw new AppError(
        "conflict",
        `the view was changed meanwhile (now version ${before.version}); reload and re-apply`,
        { current: before },
      );
    const after = await tx.savedView.findUniqueOrThrow({ where: { id: before.id }, select: SELECT });
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "view.update",
      entityType: "SavedView",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
  return present(db, access.workspace.id, row, actorUserId(actor));
}

export async function deleteView(db: Db, actor: Actor, slug: string, viewId: string) {
  const access = await authorize(db, actor, slug, "view.write");
  const before = await ownView(db, access, actor, viewId, true);
  await db.$transaction(async (tx) => {
    await tx.savedView.delete({ where: { id: before.id } });
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "view.delete",
      entityType: "SavedView",
      entityId: before.id,
      before,
    });
  });
  return { id: before.id };
}
