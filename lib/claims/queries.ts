import "server-only";
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

export async function listClaims(db: Db, actor: Actor, slug: string, opts: { status?: string; take?: number } = {}) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  return db.claim.findMany({
    where: { workspaceId: workspace.id, ...(opts.status ? { status: opts.status as never } : {}) },
    orderBy: { updatedAt: "desc" },
    take: Math.min(opts.take ?? 50, 200),
    select: {
      id: true, headline: true, status: true, updatedAt: true,
      claimant: { select: { name: true } },
      document: { select: { id: true, title: true } },
      rating: { select: { label: true, color: true } },
    },
  });
}
