// The seed writes published claims straight into their tables; this gives them what publishing
// would have written (lib/review/publish.ts): revision snapshots with evidence and relations,
// the document version the public sees, and corrections' workspace and kind. Set-based SQL, so
// it stays one statement per table at a million claims.
import type { Database } from "@/lib/db";

export async function snapshotRevisions(database: Database, workspaceId: string) {
  await database.query(`UPDATE "Document" SET "publishedVersionId" = "currentVersionId" WHERE "workspaceId" = $1`, [
    workspaceId,
  ]);
  await database.query(
    `UPDATE "Claim" SET "proposedRatingId" = "ratingId", "proposedConfidence" = confidence, "proposedRationale" = rationale
     WHERE "workspaceId" = $1 AND status IN ('published', 'retracted', 'approved')`,
    [workspaceId],
  );
  await database.query(
    `UPDATE "ClaimRevision" r SET headline = c.headline, text = c.text, "claimType" = c."claimType", tags = c.tags, "claimedAt" = c."claimedAt",
       "claimantId" = c."claimantId", "claimantName" = cl.name, "documentId" = c."documentId", "documentVersionId" = c."documentVersionId",
       "anchorExact" = c."anchorExact", "anchorPrefix" = c."anchorPrefix", "anchorSuffix" = c."anchorSuffix", "anchorStart" = c."anchorStart", "anchorEnd" = c."anchorEnd",
       evidence = COALESCE(ev.items, '[]'::jsonb), relations = COALESCE(rel.items, '[]'::jsonb)
     FROM "Claim" c
     LEFT JOIN "Claimant" cl ON cl.id = c."claimantId"
     LEFT JOIN LATERAL (
       SELECT jsonb_agg(jsonb_build_object('id', e.id, 'sourceId', e."sourceId", 'title', s.title, 'url', s.url, 'publisher', s.publisher, 'date', s.date,
         'type', s.type, 'reliability', s.reliability, 'reliabilityRationale', s."reliabilityRationale", 'isPrimary', s."isPrimary",
         'stance', e.stance, 'strength', e.strength, 'excerpt', e.excerpt, 'locator', e.locator) ORDER BY e."createdAt", e.id) AS items
       FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId" WHERE e."claimId" = c.id) ev ON true
     LEFT JOIN LATERAL (
       SELECT jsonb_agg(jsonb_build_object('id', x.id, 'type', x.type, 'direction', 'outgoing', 'claimId', x."toClaimId")) AS items
       FROM "ClaimRelation" x WHERE x."fromClaimId" = c.id) rel ON true
     WHERE c.id = r."claimId" AND c."workspaceId" = $1`,
    [workspaceId],
  );
  await database.query(
    `UPDATE "Correction" k SET "workspaceId" = c."workspaceId", kind = CASE WHEN k."whatChanged" ~* '^\\s*retract' THEN 'retraction'::"CorrectionKind" ELSE 'correction'::"CorrectionKind" END
     FROM "Claim" c WHERE c.id = k."claimId" AND c."workspaceId" = $1`,
    [workspaceId],
  );
}
