import "server-only";
// Publishing: only what a second person approved goes public. The standing approval's digest
// must equal the claim's reviewed content now; the revision then freezes what the public sees.
// On a published claim it publishes an approved correction, whose public note lists what
// actually changed between the two revisions.
import { z } from "zod";
import { Prisma, type ClaimRevision, type Db } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import { insertSql, sqlJson, sqlTransaction } from "@/lib/db/sql";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { notifyWorkflow } from "@/lib/notifications/events";
import { contentDigest, workflowState } from "./content";
import { standingApproval, updateAtVersion } from "./cycle";
import { describeChanges, revisionChanges } from "./revision-diff";
import { claimSnapshot, revisionView } from "./snapshot";
import { checkTransition, type ClaimState } from "./workflow";
import { liveClaimRow } from "./claim-row";

export const publishInput = z.object({
  why: z.string().trim().max(2000, "the explanation is at most 2,000 characters").optional(),
});

export async function publishClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown = {}) {
  const { why } = publishInput.parse(raw ?? {});
  const access = await authorize(db, actor, slug, "workspace.read");
  return sqlTransaction(db, async (tx) => {
    const claim = await liveClaimRow(tx, access.workspace.id, claimId);
    if (!claim) throw notFound("claim");
    const check = checkTransition(workflowState(claim) as ClaimState, "publish");
    if (!check.ok) throw new AppError("conflict", check.reason);
    const [last] = await tx.rows<ClaimRevision & { rating: { label: string } | null }>(Prisma.sql`
      SELECT r.*, (SELECT jsonb_build_object('label', rt.label) FROM "Rating" rt WHERE rt.id = r."ratingId") AS rating
      FROM "ClaimRevision" r WHERE r."claimId" = ${claimId} ORDER BY r.number DESC LIMIT 1`);
    const approval = await standingApproval(tx, claimId, last ?? null);
    assertCan(access, "claim.publish", {
      approverId: approval?.reviewerId,
      reviewersMayPublish: access.workspace.reviewersMayPublish,
    });
    if (!approval)
      throw new AppError(
        "conflict",
        "there is no standing approval: the claim changed after it was approved and needs a new review",
      );
    // `claim` was read above in this transaction, before any write; the digest is taken of the
    // evidence exactly as the revision will freeze it.
    const snap = await claimSnapshot(tx, claim);
    if (approval.contentDigest !== contentDigest(claim, snap.evidence)) {
      throw new AppError(
        "conflict",
        "the claim changed after it was approved; it needs a new review before it can be published",
      );
    }
    if (claim.contentEditorIds.includes(approval.reviewerId))
      throw new AppError(
        "conflict",
        "the approval came from someone who changed the content; another reviewer must approve it",
      );
    const isCorrection = claim.status === "published";
    if (isCorrection && !why)
      throw new AppError("unprocessable", "a correction needs a public explanation of why it was made", {
        field: "why",
      });

    const verdict = {
      ratingId: approval.ratingId,
      confidence: approval.confidence,
      rationale: approval.verdictRationale ?? approval.rationale,
    };
    const changes = last
      ? revisionChanges(
          revisionView(last),
          revisionView({ ...snap.data, ...verdict, rating: approval.rating, evidence: snap.evidence }),
        )
      : [];
    if (isCorrection && !changes.length)
      throw new AppError("conflict", "the correction changes nothing that was published; there is nothing to publish");

    const names = await tx.rows<{ id: string; name: string | null }>(Prisma.sql`
      SELECT id, name FROM "User"
      WHERE id IN (${Prisma.join([claim.createdById, approval.reviewerId].filter((x): x is string => !!x))})`);
    const nameOf = (id: string | null) => (id ? (names.find((u) => u.id === id)?.name ?? null) : null);
    const now = new Date();
    const revision = { id: newId(), number: (last?.number ?? 0) + 1 };
    await tx.rows(
      insertSql("ClaimRevision", [
        {
          ...revision,
          claimId,
          publishedAt: now,
          ...snap.data,
          evidence: sqlJson(snap.data.evidence),
          relations: sqlJson(snap.data.relations),
          ...verdict,
          authorName: nameOf(claim.createdById),
          reviewerName: nameOf(approval.reviewerId),
          reviewId: approval.id,
          contentDigest: approval.contentDigest,
        },
      ]),
    );
    if (isCorrection) {
      await tx.rows(
        insertSql("Correction", [
          {
            claimId,
            workspaceId: access.workspace.id,
            revisionId: revision.id,
            kind: "correction",
            whatChanged: describeChanges(changes),
            changes: sqlJson(changes),
            why: why!,
            createdById: actorUserId(actor),
            createdAt: now,
          },
        ]),
      );
    }
    if (claim.documentId && claim.documentVersionId) {
      // The first published claim of a document makes the version it is anchored in public.
      await tx.rows(Prisma.sql`
        UPDATE "Document" SET "publishedVersionId" = ${claim.documentVersionId}, "updatedAt" = ${now}
        WHERE id = ${claim.documentId} AND "publishedVersionId" IS NULL`);
    }
    const after = await updateAtVersion(tx, claim.id, claim.version, {
      status: "published",
      correctionStatus: null,
      correctionOpenedById: null,
      ...verdict,
      publishedAt: claim.publishedAt ?? now,
      dateModified: now,
      updatedById: actorUserId(actor),
    });
    if (!after) throw new AppError("conflict", "the claim changed while you were working; reload and try again");
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: isCorrection ? "claim.publish_correction" : "claim.publish",
      entityType: "Claim",
      entityId: claim.id,
      before: { status: workflowState(claim), version: claim.version, ratingId: claim.ratingId },
      after: {
        status: "published",
        version: after.version,
        ratingId: after.ratingId,
        revision: revision.number,
        changes,
      },
    });
    await notifyWorkflow(
      tx,
      actor,
      access.workspace.id,
      { ...after, correctionOpenedById: claim.correctionOpenedById },
      isCorrection ? "corrected" : "published",
      `publish:${claim.id}:r${revision.number}`,
    );
    return after;
  });
}
