-- A claim naming its claimant looks them up by name ignoring case, or by alias
-- (resolveClaimant, lib/claims/claimants.ts). As `name ILIKE … OR aliases @> …` no index served it:
-- every claim created read all of the workspace's claimants (1.2 ms of a create at 2,000 claimants,
-- linear in them). Each half now has its own index.
CREATE INDEX "Claimant_workspaceId_lower_name_idx" ON "Claimant" ("workspaceId", lower(name)) WHERE "mergedIntoId" IS NULL;
CREATE INDEX "Claimant_aliases_idx" ON "Claimant" USING gin (aliases);
