"use client";
// The text box both comment forms post (a new comment or reply, and its author's edit): the text is
// kept in state, sent to the action, and a refusal shows beneath it.
import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/http/action";
import { Outcome } from "@/components/ui/form-action";

const TEXTAREA = "block w-full rounded border border-stone-400 p-1";

export function CommentBox({
  label,
  className,
  initial = "",
  placeholder,
  textClassName,
  send,
  clear = false,
  children,
}: {
  /** The form's accessible name. */
  label: string;
  className: string;
  initial?: string;
  placeholder?: string;
  /** Added to the textarea's classes. */
  textClassName?: string;
  send: (body: string) => Promise<ActionResult<unknown>>;
  /** Empty the box once the text was taken (a new comment; an edit keeps it). */
  clear?: boolean;
  /** The submit button. */
  children: ReactNode;
}) {
  const [body, setBody] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      aria-label={label}
      className={className}
      action={async () => {
        const res = await send(body);
        if (res.ok && clear) setBody("");
        setError(res.ok ? null : res.error);
      }}
    >
      <textarea
        value={body}
        onChange={(e) => setBody(e.target.value)}
        rows={2}
        aria-label="Comment"
        placeholder={placeholder}
        className={textClassName ? `${TEXTAREA} ${textClassName}` : TEXTAREA}
      />
      <Outcome msg={{ error }} />
      {children}
    </form>
  );
}
