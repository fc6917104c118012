import "server-only";
// createClaim: a statement, optionally anchored to a selection in a document's current version.
import { Prisma, type Db } from "@/lib/db";
import { insertSql, sqlTransaction } from "@/lib/db/sql";
import { CLAIM_COLUMNS, type ClaimRow } from "@/lib/review/claim-row";
import { liveSourceSql } from "@/lib/sources/live-sql";
import { createAnchor } from "@/lib/anchoring";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { scoreSentence } from "./suggest";
import { resolveClaimant } from "./claimants";
import { createClaimInput, headlineOf } from "./schemas";
import { recordRelation } from "./relations";

export async function createClaim(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = createClaimInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "claim.create");
  const userId = actorUserId(actor);
  return sqlTransaction(db, async (tx) => {
    let anchor: ReturnType<typeof createAnchor> | null = null;
    let versionId: string | null = null;
    if (input.documentId) {
      const [v] = await tx.rows<{ id: string; number: number; text: string }>(Prisma.sql`
        SELECT v.id, v.number, v.text FROM "Document" d JOIN "DocumentVersion" v ON v.id = d."currentVersionId"
        WHERE d.id = ${input.documentId} AND d."workspaceId" = ${workspace.id} AND d."deletedAt" IS NULL`);
      if (!v) throw new AppError("unprocessable", "document not found in this workspace", { field: "documentId" });
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
      const [s] = await tx.rows<{ id: string }>(Prisma.sql`
        SELECT id FROM "Source" s
        WHERE s.id = ${input.reportingSourceId} AND s."workspaceId" = ${workspace.id} AND ${liveSourceSql("s")}`);
      if (!s)
        throw new AppError("unprocessable", "reporting source not found in this workspace", {
          field: "reportingSourceId",
        });
    }
    const claimantId = input.claimant ? await resolveClaimant(tx, actor, workspace.id, input.claimant) : null;
    const reportedById = input.reportedBy ? await resolveClaimant(tx, actor, workspace.id, input.reportedBy) : null;
    const now = new Date();
    const [claim] = await tx.rows<ClaimRow>(
      Prisma.sql`${insertSql("Claim", [
        {
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
          createdAt: now,
          updatedAt: now,
        },
      ])} RETURNING ${CLAIM_COLUMNS}`,
    );
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "claim.create",
      entityType: "Claim",
      entityId: claim.id,
      after: claim,
    });
    if (input.duplicateOf) {
      // Same transaction: a duplicate that cannot be recorded leaves no half-made claim behind.
      const [target] = await tx.rows(
        Prisma.sql`SELECT 1 FROM "Claim" WHERE id = ${input.duplicateOf} AND "workspaceId" = ${workspace.id}`,
      );
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
