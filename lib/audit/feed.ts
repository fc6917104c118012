import "server-only";
// The workspace activity feed (owners and editors): every audited change, newest first.
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

export async function workspaceActivity(
  db: Db,
  actor: Actor,
  slug: string,
  page: { cursor?: string; limit?: number } = {},
) {
  const { workspace } = await authorize(db, actor, slug, "audit.read");
  const limit = Math.min(page.limit ?? 100, 500);
  const rows = await db.auditEvent.findMany({
    where: { workspaceId: workspace.id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    select: { id: true, action: true, actorLabel: true, entityType: true, entityId: true, at: true },
  });
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
}
