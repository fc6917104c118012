import "server-only";
// A claim's version and who changed it last: what the desk claim page polls (GET …/claims/<id>/version)
// to tell an editor that someone else changed the claim before they save.
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";

export async function claimVersion(db: Db, actor: Actor, slug: string, claimId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const claim = await db.claim.findFirst({
    where: { id: String(claimId), workspaceId: workspace.id },
    select: { id: true, version: true, updatedAt: true, updatedById: true },
  });
  if (!claim) throw notFound("claim");
  const by = claim.updatedById
    ? await db.user.findUnique({ where: { id: claim.updatedById }, select: { id: true, name: true, email: true } })
    : null;
  return {
    id: claim.id,
    version: claim.version,
    updatedAt: claim.updatedAt,
    updatedBy: by ? { id: by.id, name: by.name ?? by.email } : null,
  };
}
