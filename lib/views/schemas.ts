import { z } from "zod";
import { claimFilters } from "@/lib/claims/schemas";

const name = z.string().trim().min(1, "name must not be empty").max(80, "name is at most 80 characters");

export const createViewInput = z.strictObject({
  name,
  shared: z.boolean().default(false),
  filters: claimFilters,
});
export type CreateViewInput = z.input<typeof createViewInput>;

/** Rename, share or unshare, or change the filters; `version` must match the view's. */
export const updateViewInput = z.strictObject({
  version: z.number().int().min(1),
  name: name.optional(),
  shared: z.boolean().optional(),
  filters: claimFilters.optional(),
});
export type UpdateViewInput = z.input<typeof updateViewInput>;
