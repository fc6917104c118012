// Inputs of the trash operations (lib/trash): which record, and the version the caller saw.
import { z } from "zod";

export const TRASH_TYPES = ["document", "claim", "source", "claimant", "comment"] as const;
export type TrashType = (typeof TRASH_TYPES)[number];

export const deleteInput = z.object({
  id: z.string().min(1, "which record?"),
  /** The version the caller last saw; a newer one is a 409 (someone changed it meanwhile). */
  version: z.coerce.number().int().positive().optional(),
});

export const restoreInput = z.object({
  type: z.enum(TRASH_TYPES, { message: `type is one of ${TRASH_TYPES.join(", ")}` }),
  id: z.string().min(1, "which record?"),
});

export const listTrashInput = z.object({
  type: z.enum(TRASH_TYPES).optional(),
});

const AGE = /^(\d{1,5})([dhm])$/;
/** `30d`, `12h`, `45m`: how long a record must have been in the trash before a purge deletes it. */
export const purgeInput = z.object({
  olderThan: z
    .string()
    .trim()
    .regex(AGE, "olderThan is a number followed by d, h or m, like 30d")
    .transform((s) => {
      const [, n, unit] = s.match(AGE)!;
      return Number(n) * (unit === "d" ? 86_400_000 : unit === "h" ? 3_600_000 : 60_000);
    }),
});
