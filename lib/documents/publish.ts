import "server-only";
// A re-imported document stays public in the version its published claims are anchored in until
// someone who may publish makes the new version public; then the published claims are re-found
// in it (what can't be found is flagged orphaned and keeps its published quote).
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { reanchorDocumentClaims } from "@/lib/claims/reanchor";
import { AppError, notFound } from "@/lib/errors";
import { liveDocumentWhere } from "@/lib/trash/live";

export async function publishDocumentVersion(db: Db, actor: Actor, slug: string, documentId: string) {
  const { workspace } = await authorize(db, actor, slug, "claim.publish");
  return db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id: documentId, workspaceId: workspace.id, ...liveDocumentWhere },
      select: {
        id: true,
        currentVersion: { select: { id: true, number: true, text: true } },
        publishedVersion: { select: { id: true, number: true, text: true } },
      },
    });
    if (!doc) throw notFound("document");
    const [current, published] = [doc.currentVersion, doc.publishedVersion];
    if (!current) throw new AppError("conflict", "the document has no version");
    if (!published)
      throw new AppError(
        "conflict",
        "nothing in this document is public yet; a version becomes public with its first published claim",
      );
    if (published.id === current.id)
      throw new AppError("conflict", `version ${current.number} is already the public one`);
    const claims = await reanchorDocumentClaims(tx, actor, doc.id, published, current, "published");
    await tx.document.update({
      where: { id: doc.id },
      data: { publishedVersionId: current.id, version: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "document.publish_version",
      entityType: "Document",
      entityId: doc.id,
      before: { publishedVersion: published.number },
      after: { publishedVersion: current.number, claims },
    });
    return { publishedVersion: current.number, claims };
  });
}
