import "server-only";
// Emptying the trash: what has been deleted for longer than `olderThan` is deleted for good,
// audited as one event listing what went. Rows hanging off a purged record (evidence, citations,
// comments, versions) go with it through the schema's cascades.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { purgeInput } from "./schemas";

export async function purgeTrash(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = purgeInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "trash.purge");
  const cutoff = new Date(Date.now() - input.olderThan);
  const old = { workspaceId: workspace.id, deletedAt: { lt: cutoff } };
  return db.$transaction(async (tx) => {
    const ids = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);
    const purged = {
      comments: await ids(
        tx.comment.findMany({
          where: { deletedAt: { lt: cutoff }, claim: { workspaceId: workspace.id } },
          select: { id: true },
        }),
      ),
      claims: await ids(tx.claim.findMany({ where: old, select: { id: true } })),
      documents: await ids(tx.document.findMany({ where: old, select: { id: true } })),
      sources: await ids(tx.source.findMany({ where: old, select: { id: true } })),
      claimants: await ids(tx.claimant.findMany({ where: old, select: { id: true } })),
    };
    await tx.comment.deleteMany({ where: { id: { in: purged.comments } } });
    await tx.claim.deleteMany({ where: { id: { in: purged.claims } } });
    // A document's current version is referenced from the document itself: unlink it first.
    await tx.document.updateMany({
      where: { id: { in: purged.documents } },
      data: { currentVersionId: null, publishedVersionId: null },
    });
    await tx.document.deleteMany({ where: { id: { in: purged.documents } } });
    await tx.source.deleteMany({ where: { id: { in: purged.sources } } });
    await tx.claimant.deleteMany({ where: { id: { in: purged.claimants } } });
    const counts = Object.fromEntries(Object.entries(purged).map(([k, v]) => [k, v.length]));
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "trash.purge",
      entityType: "Workspace",
      entityId: workspace.id,
      before: purged,
      after: { olderThan: cutoff.toISOString(), counts },
    });
    return { cutoff, counts };
  });
}
