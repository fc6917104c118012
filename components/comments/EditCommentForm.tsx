"use client";
// Its author edits a comment in place; the thread then marks it "edited".
import { editCommentAction } from "@/actions/comments";
import { CommentBox } from "./CommentBox";

export function EditCommentForm({
  slug,
  claimId,
  commentId,
  body: initial,
  version,
}: {
  slug: string;
  claimId: string;
  commentId: string;
  body: string;
  version: number;
}) {
  return (
    <details className="inline text-xs">
      <summary className="inline cursor-pointer underline">edit</summary>
      <CommentBox
        label="Edit comment"
        className="mt-1 space-y-1"
        initial={initial}
        textClassName="text-sm"
        send={(body) => editCommentAction({ slug, claimId, commentId, input: { body, version } })}
      >
        <button className="rounded bg-stone-800 px-2 py-1 text-white">Save</button>
      </CommentBox>
    </details>
  );
}
