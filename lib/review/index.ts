import "server-only";
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

/** Claims waiting for review in a workspace, oldest first (first in, first reviewed). */
export async function reviewQueue(db: Db, actor: Actor, slug: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  return db.claim.findMany({
    where: { workspaceId: workspace.id, status: "in_review" },
    orderBy: { updatedAt: "asc" },
    take: 200,
    select: { id: true, headline: true, updatedAt: true, claimant: { select: { name: true } }, assignedReviewerId: true },
  });
}
