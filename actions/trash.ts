"use server";
// Delete to the trash, restore (the trash page and the Undo after a delete), per lib/trash.
import { z } from "zod";
import { defineAction, slugArg } from "@/lib/http/action";
import {
  deleteClaim,
  deleteClaimant,
  deleteCommentToTrash,
  deleteDocument,
  deleteSource,
  restoreRecord,
  TRASH_TYPES,
  type TrashType,
} from "@/lib/trash";

const DELETERS = {
  document: deleteDocument,
  claim: deleteClaim,
  source: deleteSource,
  claimant: deleteClaimant,
  comment: deleteCommentToTrash,
} satisfies Record<TrashType, unknown>;

/** The desk pages a record of this type shows on (lists and the trash). */
function pagesOf(slug: string, type: TrashType): string[] {
  const list = { document: "documents", claim: "claims", source: "sources", claimant: "claims", comment: "claims" }[
    type
  ];
  return [`/desk/${slug}/trash`, `/desk/${slug}/${list}`, `/desk/${slug}`];
}

const record = z.object({ slug: slugArg, type: z.enum(TRASH_TYPES), id: z.string(), version: z.unknown().optional() });

export const deleteRecordAction = defineAction(
  record,
  async ({ slug, type, id, version }, { db, actor }) => {
    await DELETERS[type](db, actor, slug, { id, version });
    return { type, id };
  },
  { revalidate: ({ slug, type }) => pagesOf(slug, type) },
);

export const restoreRecordAction = defineAction(
  record.omit({ version: true }),
  async ({ slug, type, id }, { db, actor }) => {
    await restoreRecord(db, actor, slug, { type, id });
    return { type, id };
  },
  { revalidate: ({ slug, type }) => pagesOf(slug, type) },
);
