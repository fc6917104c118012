-- Issue 18: a claim has a writer and a reviewer, each with an optional due date.
ALTER TABLE "Claim" RENAME COLUMN "assignedReviewerId" TO "reviewerId";
ALTER TABLE "Claim" ADD COLUMN "writerId" TEXT;
ALTER TABLE "Claim" ADD COLUMN "writerDueAt" TIMESTAMP(3);
ALTER TABLE "Claim" ADD COLUMN "reviewerDueAt" TIMESTAMP(3);

CREATE INDEX "Claim_workspaceId_writerId_status_idx" ON "Claim"("workspaceId", "writerId", "status");
CREATE INDEX "Claim_workspaceId_reviewerId_status_idx" ON "Claim"("workspaceId", "reviewerId", "status");
