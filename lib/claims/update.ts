import "server-only";
// updateClaim with optimistic locking: the write names the version it was based on; a stale
// write is refused with 409 and the current state, never silently applied over someone's edit.
// Reviewed content (statement, headline, claimant, tags, proposed verdict …) follows the review
// cycle: a published claim's statement never changes, its verdict only inside a correction, and
// any change sends an approved claim back to review (lib/review/cycle.ts).
import { Prisma, type Db } from "@/lib/db";
import { sqlTransaction } from "@/lib/db/sql";
import { claimRow, liveClaimRow, type ClaimChanges } from "@/lib/review/claim-row";
import { liveSourceSql } from "@/lib/sources/live-sql";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { assertEditable, recordContentChange, updateAtVersion } from "@/lib/review/cycle";
import { resolveRating } from "@/lib/review/proposal";
import { resolveClaimant } from "./claimants";
import { headlineOf, updateClaimInput } from "./schemas";
import { REVIEWED_CLAIM_FIELDS } from "@/lib/review/content";

// The reviewed fields are review's list (an edit never carries the anchor ones: reanchoring does).
const REVIEWED: readonly (keyof ClaimChanges)[] = REVIEWED_CLAIM_FIELDS;
const VERDICT = new Set(["proposedRatingId", "proposedConfidence", "proposedRationale"]);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function updateClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown) {
  const input = updateClaimInput.parse(raw);
  const access = await authorize(db, actor, slug, "workspace.read");
  const userId = actorUserId(actor);
  return sqlTransaction(db, async (tx) => {
    const before = await liveClaimRow(tx, access.workspace.id, claimId);
    if (!before) throw notFound("claim");
    assertCan(access, "claim.update", { createdById: before.createdById });
    if (before.status === "retracted")
      throw new AppError("conflict", "the claim is retracted; nothing in it can change");
    const data: ClaimChanges = {};
    if (input.text !== undefined) {
      data.text = input.text;
      if (input.headline === undefined && before.headline === headlineOf(before.text))
        data.headline = headlineOf(input.text);
    }
    if (input.headline !== undefined) data.headline = input.headline;
    if (input.claimType !== undefined) data.claimType = input.claimType;
    if (input.tags !== undefined) data.tags = [...new Set(input.tags)];
    if (input.claimedAt !== undefined) data.claimedAt = input.claimedAt;
    if (input.reviewerId !== undefined) {
      assertCan(access, "claim.assign");
      if (input.reviewerId) {
        const [m] = await tx.rows(Prisma.sql`
          SELECT 1 FROM "Membership"
          WHERE "workspaceId" = ${access.workspace.id} AND "userId" = ${input.reviewerId}
            AND role IN ('owner', 'editor', 'reviewer')`);
        if (!m)
          throw new AppError("unprocessable", "the assigned reviewer is not a reviewer in this workspace", {
            field: "reviewerId",
          });
      }
      data.reviewerId = input.reviewerId;
    }
    if (input.reportingSourceId !== undefined) {
      if (
        input.reportingSourceId &&
        !(
          await tx.rows(Prisma.sql`
            SELECT 1 FROM "Source" s
            WHERE s.id = ${input.reportingSourceId} AND s."workspaceId" = ${access.workspace.id} AND ${liveSourceSql("s")}`)
        ).length
      ) {
        throw new AppError("unprocessable", "reporting source not found in this workspace", {
          field: "reportingSourceId",
        });
      }
      data.reportingSourceId = input.reportingSourceId;
    }
    if (input.claimant !== undefined)
      data.claimantId = input.claimant ? await resolveClaimant(tx, actor, access.workspace.id, input.claimant) : null;
    if (input.reportedBy !== undefined)
      data.reportedById = input.reportedBy
        ? await resolveClaimant(tx, actor, access.workspace.id, input.reportedBy)
        : null;
    if (input.proposedRatingId !== undefined || input.proposedVerdict !== undefined) {
      data.proposedRatingId =
        input.proposedRatingId === null
          ? null
          : ((await resolveRating(tx, access, {
              ratingId: input.proposedRatingId ?? undefined,
              verdict: input.proposedVerdict,
            })) ?? null);
    }
    if (input.proposedConfidence !== undefined) data.proposedConfidence = input.proposedConfidence;
    if (input.proposedRationale !== undefined) data.proposedRationale = input.proposedRationale || null;

    // Only reviewed fields that really change count as an edit of the content (re-saving a form
    // changes nothing, and a frozen claim may still be re-saved as it is). The write itself still
    // checks and moves the version, so a stale form is refused either way.
    const changed = REVIEWED.filter((k) => k in data && !same(data[k], before[k as keyof typeof before]));
    for (const k of REVIEWED) if (k in data && !changed.includes(k)) delete data[k];
    for (const k of changed) assertEditable(before, VERDICT.has(k) ? "verdict" : "statement");

    // The version check and the write are one statement: two writers can't both pass it.
    const written = await updateAtVersion(tx, claimId, input.version, { ...data, updatedById: userId });
    if (!written) {
      const current = (await claimRow(tx, claimId))!;
      throw new AppError(
        "conflict",
        `the claim was changed by someone else (you edited version ${input.version}, it is now version ${current.version}); review their change and re-apply yours`,
        {
          current,
        },
      );
    }
    const after = (changed.length && (await recordContentChange(tx, actor, before, { bumpVersion: false }))) || written;
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "claim.update",
      entityType: "Claim",
      entityId: claimId,
      before,
      after,
    });
    if (after.reviewerId && after.reviewerId !== before.reviewerId)
      await notify(tx, actor, {
        workspaceId: access.workspace.id,
        kind: "assigned_reviewer",
        claimId,
        event: `assign:${claimId}:v${after.version}:reviewer`,
        recipients: [after.reviewerId],
      });
    return after;
  });
}
