"use server";
// Discussion on a claim: the lib functions the API uses.
import { z } from "zod";
import { addComment, deleteComment, editComment } from "@/lib/comments";
import { defineAction, slugArg } from "@/lib/http/action";

const claimPage = ({ slug, claimId }: { slug: string; claimId: string }) => `/desk/${slug}/claims/${claimId}`;

export const addCommentAction = defineAction(
  z.object({ slug: slugArg, claimId: z.string(), body: z.unknown(), parentId: z.string().optional() }),
  async ({ slug, claimId, body, parentId }, { db, actor }) => ({
    id: (await addComment(db, actor, slug, claimId, { body, parentId })).id,
  }),
  { revalidate: claimPage },
);

export const deleteCommentAction = defineAction(
  z.object({ slug: slugArg, claimId: z.string(), commentId: z.string() }),
  ({ slug, commentId }, { db, actor }) => deleteComment(db, actor, slug, commentId),
  { revalidate: claimPage },
);

/** Its author edits a comment (marked "edited"). */
export const editCommentAction = defineAction(
  z.object({ slug: slugArg, claimId: z.string(), commentId: z.string(), input: z.unknown() }),
  async ({ slug, commentId, input }, { db, actor }) => ({
    id: (await editComment(db, actor, slug, commentId, input)).id,
  }),
  { revalidate: claimPage },
);
