import "server-only";
// Merges of duplicate claims, claimants and sources, and their undo (docs/ARCHITECTURE.md, one path).
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
import { unmergeClaim } from "./claims";
import { unmergeClaimant } from "./claimants";
import { unmergeSource } from "./sources";
import { unmergeInput, type MergeEntity } from "./schemas";

export { mergeClaim } from "./claims";
export { mergeClaimant } from "./claimants";
export { mergeSource } from "./sources";
export { mergeInput, unmergeInput, MERGE_ENTITIES, type MergeEntity } from "./schemas";

const PERMISSION: Record<MergeEntity, Action> = {
  claim: "claim.merge",
  claimant: "claimant.merge",
  source: "source.merge",
};

/** Undo of a record's latest merge: `{ entity, id }` names the merged record. */
export async function unmerge(db: Db, actor: Actor, slug: string, raw: unknown) {
  const { entity, id } = unmergeInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, PERMISSION[entity]);
  return db.$transaction(async (tx) => {
    if (entity === "claim") return unmergeClaim(tx, actor, workspace.id, id);
    if (entity === "claimant") return unmergeClaimant(tx, actor, workspace.id, id);
    return unmergeSource(tx, actor, workspace.id, id);
  });
}
