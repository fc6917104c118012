"use client";
// Its author edits a comment in place; the thread then marks it "edited".
import { useState } from "react";
import { editCommentAction } from "@/actions/comments";
import { Outcome } from "@/components/ui/form-action";

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
  const [body, setBody] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <details className="inline text-xs">
      <summary className="inline cursor-pointer underline">edit</summary>
      <form
        aria-label="Edit comment"
        className="mt-1 space-y-1"
        action={async () => {
          const res = await editCommentAction({ slug, claimId, commentId, input: { body, version } });
          setError(res.ok ? null : res.error);
        }}
      >
        <textarea
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={2}
          aria-label="Comment"
          className="block w-full rounded border border-stone-400 p-1 text-sm"
        />
        <Outcome msg={{ error }} />
        <button className="rounded bg-stone-800 px-2 py-1 text-white">Save</button>
      </form>
    </details>
  );
}
