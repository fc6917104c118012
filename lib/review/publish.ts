import "server-only";
// Publishing: only what a second person approved goes public. The standing approval's digest
// must equal the claim's reviewed content now; the revision then freezes what the public sees.
// On a published claim it publishes an approved correction, whose public note lists what
// actually changed between the two revisions.
import { z } from "zod";
import { Prisma, type Confidence, type Db, type Rating } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import { insertSql, sqlJson, sqlTransaction, type Sql } from "@/lib/db/sql";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { notifyWorkflow } from "@/lib/notifications/events";
import { contentDigest, workflowState } from "./content";
import { lastPublishedSql, standingApprovalsSql, updateAtVersion } from "./cycle";
import { describeChanges, revisionChanges, type RevisionView } from "./revision-diff";
import { claimSnapshot, revisionView, snapshotSql, type SnapshotParts } from "./snapshot";
import { checkTransition, type ClaimState } from "./workflow";
import { CLAIM_COLUMNS, type ClaimRow } from "./claim-row";
import { liveClaimSql } from "@/lib/claims/live-sql";

export const publishInput = z.object({
  why: z.string().trim().max(2000, "the explanation is at most 2,000 characters").optional(),
});

/** What a publication rests on besides the claim, read with it (publicationRead). */
interface Basis {
  /** The claim's newest revision, as the diff of a correction reads it. */
  last: (Omit<RevisionView, "verdict"> & { number: number; rating: { label: string } | null }) | null;
  /** The standing approval (cycle.ts's rule), with its rating and the reviewer's name. */
  approval: {
    id: string;
    reviewerId: string;
    ratingId: string | null;
    confidence: Confidence | null;
    rationale: string;
    verdictRationale: string | null;
    contentDigest: string | null;
    rating: Rating | null;
    reviewerName: string | null;
  } | null;
  authorName: string | null;
}

/**
 * The live claim and everything its publication rests on, in one statement (each statement is a
 * round trip a publish waits on): the last revision, the standing approval, the names a revision
 * records, and the snapshot's parts. Null: no such live claim in the workspace.
 */
async function publicationRead(tx: Sql, workspaceId: string, claimId: string) {
  const [row] = await tx.rows<ClaimRow & Basis & SnapshotParts>(Prisma.sql`
    SELECT ${CLAIM_COLUMNS},
      (SELECT to_jsonb(l) FROM (
        SELECT r.number, r.confidence, r.rationale, r.headline, r.text, r."claimantName", r.tags, r."anchorExact",
          r.evidence, (SELECT jsonb_build_object('label', rt.label) FROM "Rating" rt WHERE rt.id = r."ratingId") AS rating
        FROM "ClaimRevision" r WHERE r."claimId" = ${claimId} ORDER BY r.number DESC LIMIT 1) l) AS last,
      (SELECT to_jsonb(a) FROM (
        SELECT r.id, r."reviewerId", r."ratingId", r.confidence, r.rationale, r."verdictRationale", r."contentDigest",
          (SELECT to_jsonb(rt) FROM "Rating" rt WHERE rt.id = r."ratingId") AS rating,
          (SELECT u.name FROM "User" u WHERE u.id = r."reviewerId") AS "reviewerName"
        FROM "Review" r WHERE ${standingApprovalsSql(claimId, lastPublishedSql(claimId))}
        ORDER BY r."createdAt" DESC LIMIT 1) a) AS approval,
      (SELECT u.name FROM "User" u WHERE u.id = c."createdById") AS "authorName",
      ${snapshotSql(claimId)}
    FROM "Claim" c WHERE c.id = ${claimId} AND c."workspaceId" = ${workspaceId} AND ${liveClaimSql("c")}`);
  if (!row) return null;
  const { last, approval, authorName, names, evidence, linked, ...claim } = row;
  return { claim: claim as ClaimRow, basis: { last, approval, authorName }, parts: { names, evidence, linked } };
}

export async function publishClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown = {}) {
  const { why } = publishInput.parse(raw ?? {});
  const access = await authorize(db, actor, slug, "workspace.read");
  return sqlTransaction(db, async (tx) => {
    const read = await publicationRead(tx, access.workspace.id, claimId);
    if (!read) throw notFound("claim");
    const { claim, basis, parts } = read;
    const check = checkTransition(workflowState(claim) as ClaimState, "publish");
    if (!check.ok) throw new AppError("conflict", check.reason);
    const { last, approval, authorName } = basis;
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
    const snap = claimSnapshot(claim, parts);
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
          authorName,
          reviewerName: approval.reviewerName,
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
