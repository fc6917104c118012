"use client";
import { useState } from "react";
import { addCommentAction } from "@/actions/comments";
import { Outcome } from "@/components/ui/form-action";

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
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      aria-label={label}
      className="mt-2 space-y-1 text-sm"
      action={async () => {
        const res = await addCommentAction({ slug, claimId, body, parentId });
        if (res.ok) setBody("");
        setError(res.ok ? null : res.error);
      }}
    >
      <textarea
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={2}
        aria-label="Comment"
        placeholder="Write a comment; @reviewer mentions a member"
        className="block w-full rounded border border-stone-400 p-1"
      />
      <Outcome msg={{ error }} />
      <button className="rounded border border-stone-500 px-2 py-0.5">{parentId ? "Reply" : "Comment"}</button>
    </form>
  );
}
