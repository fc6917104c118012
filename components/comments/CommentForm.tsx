"use client";
import { addCommentAction } from "@/actions/comments";
import { CommentBox } from "./CommentBox";

export function CommentForm({
  slug,
  claimId,
  parentId,
  label = "Add comment",
}: {
  slug: string;
  claimId: string;
  parentId?: string;
  label?: string;
}) {
  return (
    <CommentBox
      label={label}
      className="mt-2 space-y-1 text-sm"
      placeholder="Write a comment; @reviewer mentions a member"
      send={(body) => addCommentAction({ slug, claimId, body, parentId })}
      clear
    >
      <button className="rounded border border-stone-500 px-2 py-0.5">{parentId ? "Reply" : "Comment"}</button>
    </CommentBox>
  );
}
