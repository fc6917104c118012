import "server-only";
// Re-attaching an orphaned (or any) claim to a new selection in the document's current version.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { createAnchor } from "@/lib/anchoring";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { assertEditable, recordContentChange } from "@/lib/review/cycle";
import { liveClaimWhere } from "@/lib/trash/live";

export const reattachInput = z
  .object({
    version: z.number().int().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    documentVersionId: z.string().optional(),
  })
  .refine((v) => v.end > v.start, { message: "the selection is empty", path: ["end"] });

export async function reattachClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown) {
  const input = reattachInput.parse(raw);
  const access = await authorize(db, actor, slug, "workspace.read");
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findFirst({
      where: { id: claimId, workspaceId: access.workspace.id, ...liveClaimWhere },
      include: { document: { select: { currentVersion: { select: { id: true, number: true, text: true } } } } },
    });
    if (!before) throw notFound("claim");
    assertCan(access, "claim.update", { createdById: before.createdById });
    // A published claim's quote moves only when a new document version is published.
    assertEditable(before, "statement");
    const v = before.document?.currentVersion;
    if (!v) throw new AppError("unprocessable", "this claim is not attached to a document");
    if (input.documentVersionId && input.documentVersionId !== v.id)
      throw new AppError("conflict", `the document is now version ${v.number}; select the text again`);
    if (input.end > v.text.length)
      throw new AppError("unprocessable", "the selection ends past the document", { field: "end" });
    const anchor = createAnchor(v.text, input.start, input.end);
    const { count } = await tx.claim.updateMany({
      where: { id: claimId, version: input.version },
      data: {
        documentVersionId: v.id,
        anchorExact: anchor.exact,
        anchorPrefix: anchor.prefix,
        anchorSuffix: anchor.suffix,
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        anchorStatus: "anchored",
        version: { increment: 1 },
      },
    });
    if (!count) throw new AppError("conflict", "the claim was changed by someone else; reload and try again");
    await recordContentChange(tx, actor, before, { bumpVersion: false });
    const after = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "claim.reattach",
      entityType: "Claim",
      entityId: claimId,
      before,
      after,
    });
    return after;
  });
}
