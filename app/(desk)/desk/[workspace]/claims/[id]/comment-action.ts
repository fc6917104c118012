"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/server";
import { currentActor } from "@/lib/auth/session";
import { addComment, deleteComment } from "@/lib/comments";
import { guardedAction } from "@/lib/http/action";

export async function addCommentAction(slug: string, claimId: string, body: string, parentId?: string) {
  const res = await guardedAction({ slug, claimId, body, parentId })(async () => ({ id: (await addComment(await getDb(), await currentActor(), slug, claimId, { body, parentId })).id }));
  if (res.ok) revalidatePath(`/desk/${slug}/claims/${claimId}`);
  return res;
}

export async function deleteCommentAction(slug: string, claimId: string, commentId: string) {
  const res = await guardedAction({ slug, claimId, commentId })(async () => deleteComment(await getDb(), await currentActor(), slug, commentId));
  if (res.ok) revalidatePath(`/desk/${slug}/claims/${claimId}`);
  return res;
}
