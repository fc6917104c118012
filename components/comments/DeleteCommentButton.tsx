"use client";
import { useState } from "react";
import { deleteCommentAction } from "@/actions/comments";

/** Its author, editors and owners may delete a comment; the action says so to anyone else. */
export function DeleteCommentButton({
  slug,
  claimId,
  commentId,
}: {
  slug: string;
  claimId: string;
  commentId: string;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="inline"
      action={async () => {
        if (!window.confirm("Delete this comment?")) return;
        const res = await deleteCommentAction({ slug, claimId, commentId });
        setError(res.ok ? null : res.error);
      }}
    >
      <button className="text-xs text-stone-600 underline">delete</button>
      {error && (
        <span role="alert" className="ml-2 text-xs text-red-800">
          {error}
        </span>
      )}
    </form>
  );
}
