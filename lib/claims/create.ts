import "server-only";
// createClaim: a statement, optionally anchored to a selection in a document's current version.
import type { Db } from "@/lib/db";
import { createAnchor } from "@/lib/anchoring";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { scoreSentence } from "./suggest";
import { resolveClaimant } from "./claimants";
import { createClaimInput, headlineOf } from "./schemas";
import { liveDocumentWhere, liveSourceWhere } from "@/lib/trash/live";
import { recordRelation } from "./relations";

export async function createClaim(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = createClaimInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "claim.create");
  const userId = actorUserId(actor);
  return db.$transaction(async (tx) => {
    let anchor: ReturnType<typeof createAnchor> | null = null;
    let versionId: string | null = null;
    if (input.documentId) {
      const doc = await tx.document.findFirst({
        where: { id: input.documentId, workspaceId: workspace.id, ...liveDocumentWhere },
        select: { currentVersion: { select: { id: true, number: true, text: true } } },
      });
      if (!doc?.currentVersion)
        throw new AppError("unprocessable", "document not found in this workspace", { field: "documentId" });
      const v = doc.currentVersion;
      if (input.documentVersionId && input.documentVersionId !== v.id) {
        throw new AppError(
          "conflict",
          `the selection was made on an older version of the document; it is now version ${v.number}. Select the text again.`,
          { field: "documentVersionId" },
        );
      }
      if (input.start !== undefined) {
        if (input.end! > v.text.length)
          throw new AppError("unprocessable", `the selection ends past the document (length ${v.text.length})`, {
            field: "end",
          });
        anchor = createAnchor(v.text, input.start, input.end!);
        if (!anchor.exact.trim())
          throw new AppError("unprocessable", "the selection holds only whitespace", { field: "start" });
      }
      versionId = v.id;
    }
    const text = input.text ?? anchor!.exact.replace(/\s+/g, " ").trim();
    if (input.reportingSourceId) {
      const s = await tx.source.findFirst({
        where: { id: input.reportingSourceId, workspaceId: workspace.id, ...liveSourceWhere },
        select: { id: true },
      });
      if (!s)
        throw new AppError("unprocessable", "reporting source not found in this workspace", {
          field: "reportingSourceId",
        });
    }
    const claimantId = input.claimant ? await resolveClaimant(tx, actor, workspace.id, input.claimant) : null;
    const reportedById = input.reportedBy ? await resolveClaimant(tx, actor, workspace.id, input.reportedBy) : null;
    const claim = await tx.claim.create({
      data: {
        workspaceId: workspace.id,
        documentId: input.documentId ?? null,
        documentVersionId: versionId,
        text,
        headline: input.headline ?? headlineOf(text),
        anchorExact: anchor?.exact,
        anchorPrefix: anchor?.prefix,
        anchorSuffix: anchor?.suffix,
        anchorStart: anchor?.start,
        anchorEnd: anchor?.end,
        claimantId,
        reportedById,
        reportingSourceId: input.reportingSourceId ?? null,
        claimedAt: input.claimedAt ?? null,
        claimType: input.claimType,
        tags: [...new Set(input.tags)],
        checkWorthiness: scoreSentence(anchor?.exact ?? text).score,
        createdById: userId,
        updatedById: userId,
        contentEditorIds: userId ? [userId] : [],
      },
    });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "claim.create",
      entityType: "Claim",
      entityId: claim.id,
      after: claim,
    });
    if (input.duplicateOf) {
      // Same transaction: a duplicate that cannot be recorded leaves no half-made claim behind.
      const target = await tx.claim.count({ where: { id: input.duplicateOf, workspaceId: workspace.id } });
      if (!target)
        throw new AppError("unprocessable", "the claim this duplicates is not in this workspace", {
          field: "duplicateOf",
        });
      await recordRelation(tx, actor, workspace.id, {
        fromClaimId: claim.id,
        toClaimId: input.duplicateOf,
        type: "duplicates",
      });
    }
    return claim;
  });
}
