-- Public page cache (a change counter per workspace) and public search (a source index).
-- A change counter per workspace that public page caches key on (lib/publishing/cache.ts).
-- Every change writes an AuditEvent in its own transaction (lib/audit); a deferred constraint
-- trigger bumps the counter at commit, so a reader never sees the new number before the change,
-- and the Workspace row is locked only at the very end of a transaction (no lock-order deadlock
-- with transactions that lock claims after writing an event).
ALTER TABLE "Workspace" ADD COLUMN "changeSeq" INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION corroborate_bump_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."workspaceId" IS NOT NULL THEN
    UPDATE "Workspace" SET "changeSeq" = "changeSeq" + 1 WHERE id = NEW."workspaceId";
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "AuditEvent_bump_change_seq" AFTER INSERT ON "AuditEvent"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION corroborate_bump_change_seq();

-- Public search ranks a workspace's newest matching sources (lib/publishing/search.ts).
CREATE INDEX "Source_workspaceId_updatedAt_idx" ON "Source"("workspaceId", "updatedAt");
