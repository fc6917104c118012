import "server-only";
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";

export async function listSources(db: Db, actor: Actor, slug: string, opts: { take?: number } = {}) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  return db.source.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { title: "asc" },
    take: Math.min(opts.take ?? 200, 500),
    select: {
      id: true, title: true, authors: true, publisher: true, date: true, url: true, type: true, reliability: true,
      _count: { select: { citations: true, evidence: true } },
    },
  });
}
