import "server-only";
// Bulk edits from the claims list. Each claim's change is audited; all or nothing.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { frozenReason } from "@/lib/review/content";
import { submitClaim } from "@/lib/review/actions";
import { recordContentChange } from "@/lib/review/cycle";
import { applyAssignment, assignmentFields, checkAssignees } from "./assign";
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

export const bulkAssignInput = assignmentFields
  .extend({ claimIds: ids })
  .refine(
    (v) =>
      v.writerId !== undefined ||
      v.writerDueAt !== undefined ||
      v.reviewerId !== undefined ||
      v.reviewerDueAt !== undefined,
    { message: "give a writer, a reviewer or a due date", path: ["writerId"] },
  );

/** Assigns a writer and/or a reviewer and/or due dates to every selected claim: all or nothing. */
export async function bulkAssign(db: Db, actor: Actor, slug: string, input: unknown) {
  const data = bulkAssignInput.parse(input);
  // Assigning work is an editor's call.
  const access = await authorize(db, actor, slug, "claim.assign");
  return db.$transaction(async (tx) => {
    await checkAssignees(tx, access.workspace.id, data);
    const claims = await tx.claim.findMany({
      where: { id: { in: data.claimIds }, workspaceId: access.workspace.id, ...liveClaimWhere },
    });
    if (claims.length !== new Set(data.claimIds).size)
      throw new AppError("unprocessable", "some selected claims are not in this workspace");
    for (const c of claims) await applyAssignment(tx, actor, access, c, data);
    return { updated: claims.length };
  });
}

/** The claims list's earlier name for bulk assignment (reviewer only). */
export const bulkAssignReviewer = bulkAssign;

export const bulkSubmitInput = z.object({ claimIds: ids });

/**
 * Submits each selected claim for review with the verdict its author proposed. Each is its own
 * submission (audited and notified by submitClaim); the ones that cannot go yet are named.
 */
export async function bulkSubmit(db: Db, actor: Actor, slug: string, input: unknown) {
  const data = bulkSubmitInput.parse(input);
  await authorize(db, actor, slug, "claim.submit");
  const submitted: string[] = [];
  const refused: { id: string; reason: string }[] = [];
  let firstError: AppError | null = null;
  for (const id of new Set(data.claimIds)) {
    try {
      await submitClaim(db, actor, slug, id, {});
      submitted.push(id);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      firstError ??= e;
      refused.push({ id, reason: e.message });
    }
  }
  // Nothing went: the first reason is the answer (a role that may not submit is a 403, not a list).
  if (!submitted.length) throw firstError!;
  return { submitted: submitted.length, refused };
}
