// The trash's operations (issue 15): delete to the trash and restore, per entity. Kept beside
// lib/api/openapi.ts, which merges them into its paths (a path's other methods stay there).
import { z } from "zod";
import type { Op } from "./openapi";

const ws = "/workspaces/{slug}";
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** `version` (or `If-Match`) names the version the caller saw; a newer one is refused. */
export const deleteQuery = z.object({
  version: z.coerce.number().int().positive().optional().describe("the version you saw; a newer one is a 409"),
});

export const restoredRecord = z
  .object({ id: z.string(), deletedAt: z.null(), version: z.number().int().optional() })
  .loose()
  .describe("the record, back from the trash");

const ENTITIES = [
  ["documents", "Document", "a document (its unpublished claims go with it; published ones keep their pages)"],
  ["claims", "Claim", "a claim that was never published (a published one is retracted instead)"],
  ["sources", "Source", "a source nothing uses (refused, naming the claims, when published evidence cites it)"],
  ["claimants", "Claimant", "a claimant no claim names"],
] as const;

export const TRASH_OPERATIONS: Record<string, Record<string, [string, Op]>> = Object.fromEntries(
  ENTITIES.flatMap(([path, name, what]) => [
    [
      `${ws}/${path}/{id}`,
      {
        delete: [
          `delete${name}`,
          {
            summary: `Move ${what} to the trash`,
            query: deleteQuery,
            ok: { "204": { description: "In the trash" } },
            errors: {
              "409": problem("Refused: in use, published, or a stale version"),
              "422": problem("Input failed validation; `errors` names each field"),
            },
          },
        ],
      },
    ],
    [
      `${ws}/${path}/{id}/restore`,
      {
        post: [
          `restore${name}`,
          {
            summary: `Restore a deleted ${name.toLowerCase()} from the trash`,
            ok: { "200": { description: "Restored", schema: restoredRecord } },
            errors: { "409": problem("Refused: restoring would conflict (the message says with what)") },
          },
        ],
      },
    ],
  ]),
);
