import { z } from "zod";

const id = z.string().trim().min(1, "into must name a record").max(64);

/** `POST …/{claims|claimants|sources}/<id>/merge`: the record named in the path goes into `into`. */
export const mergeInput = z.object({ into: id });

export const MERGE_ENTITIES = ["claim", "claimant", "source"] as const;
export type MergeEntity = (typeof MERGE_ENTITIES)[number];

/** Undo of the latest merge of a record. */
export const unmergeInput = z.object({
  entity: z.enum(MERGE_ENTITIES, { error: "entity must be claim, claimant or source" }),
  id: z.string().trim().min(1).max(64),
});
