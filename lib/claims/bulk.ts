import "server-only";
// Bulk edits from the claims list. Each claim's change is audited; all or nothing.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { frozenReason } from "@/lib/review/content";
import { recordContentChange } from "@/lib/review/cycle";
import { tagSchema } from "./schemas";
import { liveClaimWhere } from "@/lib/trash/live";

const ids = z.array(z.string().min(1)).min(1, "select at least one claim").max(500);

export const bulkTagInput = z
  .object({ claimIds: ids, add: z.array(tagSchema).default([]), remove: z.array(tagSchema).default([]) })
  .refine((v) => v.add.length || v.remove.length, { message: "give tags to add or remove", path: ["add"] });

export async function bulkTagClaims(db: Db, actor: Actor, slug: string, input: unknown) {
  const data = bulkTagInput.parse(input);
  const access = await authorize(db, actor, slug, "claim.update");
  const { workspace } = access;
  return db.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({
      where: { id: { in: data.claimIds }, workspaceId: workspace.id, ...liveClaimWhere },
      select: {
        id: true,
        workspaceId: true,
        tags: true,
        createdById: true,
        status: true,
        correctionStatus: true,
        contentEditorIds: true,
        headline: true,
      },
    });
    if (claims.length !== new Set(data.claimIds).size)
      throw new AppError("unprocessable", "some selected claims are not in this workspace");
    for (const c of claims) assertCan(access, "claim.update", { createdById: c.createdById });
    // Topics are part of what was reviewed and published: frozen claims are named, nothing changes.
    const frozen = claims.filter((c) => frozenReason(c, "statement"));
    if (frozen.length) {
      throw new AppError(
        "conflict",
        `${frozen.length} of the selected claims are published or retracted, and their topics cannot change: ${frozen
          .slice(0, 3)
          .map((c) => `“${c.headline}”`)
          .join(", ")}${frozen.length > 3 ? " …" : ""}`,
      );
    }
    for (const c of claims) {
      const tags = [...new Set([...c.tags.filter((t) => !data.remove.includes(t)), ...data.add])];
      if (tags.length === c.tags.length && tags.every((t) => c.tags.includes(t))) continue;
      await tx.claim.update({ where: { id: c.id }, data: { tags, version: { increment: 1 } } });
      await recordContentChange(tx, actor, c, { bumpVersion: false });
      await recordAudit(tx, actor, {
        workspaceId: workspace.id,
        action: "claim.tags",
        entityType: "Claim",
        entityId: c.id,
        before: { tags: c.tags },
        after: { tags },
      });
    }
    return { updated: claims.length };
  });
}

export const bulkAssignInput = z.object({ claimIds: ids, reviewerId: z.string().min(1).nullable() });

export async function bulkAssignReviewer(db: Db, actor: Actor, slug: string, input: unknown) {
  const data = bulkAssignInput.parse(input);
  // Assigning work to reviewers is an editor's call.
  const { workspace } = await authorize(db, actor, slug, "claim.assign");
  return db.$transaction(async (tx) => {
    if (data.reviewerId) {
      const m = await tx.membership.findFirst({
        where: { workspaceId: workspace.id, userId: data.reviewerId, role: { in: ["owner", "editor", "reviewer"] } },
      });
      if (!m)
        throw new AppError("unprocessable", "that person is not a reviewer in this workspace", { field: "reviewerId" });
    }
    const { count } = await tx.claim.updateMany({
      where: { id: { in: data.claimIds }, workspaceId: workspace.id, ...liveClaimWhere },
      data: { assignedReviewerId: data.reviewerId, version: { increment: 1 } },
    });
    if (count !== new Set(data.claimIds).size)
      throw new AppError("unprocessable", "some selected claims are not in this workspace");
    for (const id of data.claimIds) {
      await recordAudit(tx, actor, {
        workspaceId: workspace.id,
        action: "claim.assign",
        entityType: "Claim",
        entityId: id,
        after: { assignedReviewerId: data.reviewerId },
      });
    }
    return { updated: count };
  });
}
