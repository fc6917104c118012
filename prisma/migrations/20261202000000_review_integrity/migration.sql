-- Review integrity (approvals pin content, proposed verdicts, corrections as reviewed drafts,
-- revisions that snapshot what the public saw, one evidence link per claim/source/stance).

CREATE TYPE "CorrectionKind" AS ENUM ('correction', 'retraction');

ALTER TABLE "Workspace" ADD COLUMN "reviewersMayPublish" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Document" ADD COLUMN "publishedVersionId" TEXT;
ALTER TABLE "Document" ADD CONSTRAINT "Document_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "DocumentVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- A document with public claims shows the version they are anchored in (today: the current one).
UPDATE "Document" d SET "publishedVersionId" = d."currentVersionId"
WHERE EXISTS (SELECT 1 FROM "Claim" c WHERE c."documentId" = d.id AND c.status IN ('published', 'retracted'));

-- Everyone who changed reviewed content, not only the statement.
ALTER TABLE "Claim" RENAME COLUMN "statementEditorIds" TO "contentEditorIds";
ALTER TABLE "Claim"
  ADD COLUMN "correctionOpenedById" TEXT,
  ADD COLUMN "correctionStatus" "ClaimStatus",
  ADD COLUMN "proposedConfidence" "Confidence",
  ADD COLUMN "proposedRatingId" TEXT,
  ADD COLUMN "proposedRationale" TEXT;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_proposedRatingId_fkey" FOREIGN KEY ("proposedRatingId") REFERENCES "Rating"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- A published claim's working verdict starts as its published one.
UPDATE "Claim" SET "proposedRatingId" = "ratingId", "proposedConfidence" = confidence, "proposedRationale" = rationale
WHERE status IN ('published', 'retracted');

ALTER TABLE "Review"
  ADD COLUMN "claimVersion" INTEGER,
  ADD COLUMN "contentDigest" TEXT,
  ADD COLUMN "proposedConfidence" "Confidence",
  ADD COLUMN "proposedRatingId" TEXT,
  ADD COLUMN "supersededAt" TIMESTAMP(3),
  ADD COLUMN "supersededById" TEXT,
  ADD COLUMN "verdictRationale" TEXT;

ALTER TABLE "ClaimRevision"
  ADD COLUMN "anchorEnd" INTEGER,
  ADD COLUMN "anchorExact" TEXT,
  ADD COLUMN "anchorPrefix" TEXT,
  ADD COLUMN "anchorStart" INTEGER,
  ADD COLUMN "anchorSuffix" TEXT,
  ADD COLUMN "claimType" "ClaimType",
  ADD COLUMN "claimantId" TEXT,
  ADD COLUMN "claimantName" TEXT,
  ADD COLUMN "claimedAt" TIMESTAMP(3),
  ADD COLUMN "contentDigest" TEXT,
  ADD COLUMN "documentId" TEXT,
  ADD COLUMN "documentVersionId" TEXT,
  ADD COLUMN "headline" TEXT,
  ADD COLUMN "relations" JSONB NOT NULL DEFAULT '[]',
  ADD COLUMN "reportedByName" TEXT,
  ADD COLUMN "reviewId" TEXT,
  ADD COLUMN "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "text" TEXT;

-- Until now a published claim's statement, anchor and evidence were frozen, so today's rows are
-- what every revision showed: snapshot them.
UPDATE "ClaimRevision" r SET
  headline = c.headline, text = c.text, "claimType" = c."claimType", tags = c.tags, "claimedAt" = c."claimedAt",
  "claimantId" = c."claimantId", "claimantName" = cl.name, "reportedByName" = rb.name,
  "documentId" = c."documentId", "documentVersionId" = c."documentVersionId",
  "anchorExact" = c."anchorExact", "anchorPrefix" = c."anchorPrefix", "anchorSuffix" = c."anchorSuffix",
  "anchorStart" = c."anchorStart", "anchorEnd" = c."anchorEnd"
FROM "Claim" c
LEFT JOIN "Claimant" cl ON cl.id = c."claimantId"
LEFT JOIN "Claimant" rb ON rb.id = c."reportedById"
WHERE c.id = r."claimId";

-- The newest revision's evidence in the full snapshot shape (ids, source details as they are now).
UPDATE "ClaimRevision" r SET evidence = COALESCE((
  SELECT jsonb_agg(jsonb_build_object(
    'id', e.id, 'sourceId', e."sourceId", 'title', s.title, 'url', s.url, 'archiveUrl', s."archiveUrl",
    'publisher', s.publisher, 'date', s.date, 'type', s.type, 'reliability', s.reliability,
    'reliabilityRationale', s."reliabilityRationale", 'isPrimary', s."isPrimary",
    'stance', e.stance, 'strength', e.strength, 'excerpt', e.excerpt, 'locator', e.locator,
    'createdAt', to_char(e."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  ) ORDER BY e."createdAt", e.id)
  FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId" WHERE e."claimId" = r."claimId"), '[]'::jsonb)
WHERE r.number = (SELECT max(r2.number) FROM "ClaimRevision" r2 WHERE r2."claimId" = r."claimId");

-- Relations between public claims, as they stand, become part of the newest revision.
UPDATE "ClaimRevision" r SET relations = COALESCE((
  SELECT jsonb_agg(x ORDER BY x->>'claimId', x->>'type') FROM (
    SELECT jsonb_build_object('id', rel.id, 'type', rel.type, 'direction', 'outgoing', 'claimId', rel."toClaimId") AS x
      FROM "ClaimRelation" rel WHERE rel."fromClaimId" = r."claimId"
    UNION ALL
    SELECT jsonb_build_object('id', rel.id, 'type', rel.type, 'direction', 'incoming', 'claimId', rel."fromClaimId")
      FROM "ClaimRelation" rel WHERE rel."toClaimId" = r."claimId"
  ) q), '[]'::jsonb)
WHERE r.number = (SELECT max(r2.number) FROM "ClaimRevision" r2 WHERE r2."claimId" = r."claimId");

ALTER TABLE "Correction"
  ADD COLUMN "changes" JSONB NOT NULL DEFAULT '[]',
  ADD COLUMN "kind" "CorrectionKind" NOT NULL DEFAULT 'correction',
  ADD COLUMN "workspaceId" TEXT;
-- Retractions were recognised by their text; from now on they are stored as such.
UPDATE "Correction" SET kind = 'retraction' WHERE "whatChanged" ~* '^\s*retract';
UPDATE "Correction" k SET "workspaceId" = c."workspaceId" FROM "Claim" c WHERE c.id = k."claimId";
CREATE INDEX "Correction_workspaceId_createdAt_idx" ON "Correction"("workspaceId", "createdAt");

-- One link per (claim, source, stance): duplicates merge into the oldest, which keeps any
-- excerpt, locator or note that only a duplicate had.
WITH ranked AS (
  SELECT id, first_value(id) OVER (PARTITION BY "claimId", "sourceId", stance ORDER BY "createdAt", id) AS keep FROM "Evidence"
), dups AS (
  SELECT r.keep, d.excerpt, d.locator, d.note, d."createdAt" FROM ranked r JOIN "Evidence" d ON d.id = r.id WHERE r.id <> r.keep
)
UPDATE "Evidence" k SET
  excerpt = COALESCE(k.excerpt, (SELECT excerpt FROM dups WHERE dups.keep = k.id AND excerpt IS NOT NULL ORDER BY "createdAt" LIMIT 1)),
  locator = COALESCE(k.locator, (SELECT locator FROM dups WHERE dups.keep = k.id AND locator IS NOT NULL ORDER BY "createdAt" LIMIT 1)),
  note = COALESCE(k.note, (SELECT note FROM dups WHERE dups.keep = k.id AND note IS NOT NULL ORDER BY "createdAt" LIMIT 1))
WHERE k.id IN (SELECT keep FROM dups);
DELETE FROM "Evidence" e USING (
  SELECT id, first_value(id) OVER (PARTITION BY "claimId", "sourceId", stance ORDER BY "createdAt", id) AS keep FROM "Evidence"
) r WHERE r.id = e.id AND r.id <> r.keep;
CREATE UNIQUE INDEX "Evidence_claimId_sourceId_stance_key" ON "Evidence"("claimId", "sourceId", "stance");
