-- The trash lists a workspace's deleted claims, latest deleted first. Deleted claims are few, so a
-- partial index holds only them (Prisma's schema cannot declare one; schema.prisma names it):
-- without it the trash read every claim of the workspace (352 ms at 100,000 claims).
CREATE INDEX "Claim_trash_idx" ON "Claim" ("workspaceId", "deletedAt" DESC) WHERE "deletedAt" IS NOT NULL;
