"use client";
// Forms that post to a server action (actions/<area>.ts): the form's fields plus `extra` (slug,
// ids) go to the action as one object; a refusal keeps what was typed and shows each field's
// messages beside it.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/http/action";

export type FormState<T> = (ActionResult<T> & { values?: Record<string, string> }) | null;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function useFormAction<T>(action: (raw: any) => Promise<ActionResult<T>>, extra: Record<string, unknown>) {
  return useActionState(async (_prev: FormState<T>, form: FormData): Promise<FormState<T>> => {
    const values: Record<string, string> = {};
    for (const [k, v] of form.entries()) if (typeof v === "string") values[k] = v;
    const res = await action({ ...extra, ...values });
    return res.ok ? res : { ...res, values };
  }, null);
}

/** What the field was when the form was refused, else its initial value. */
export function kept<T>(state: FormState<T>, name: string, initial?: string): string | undefined {
  return state && !state.ok && state.values ? (state.values[name] ?? initial) : initial;
}

export function FieldError<T>({ state, name }: { state: FormState<T>; name: string }) {
  const messages = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  if (!messages?.length) return null;
  return (
    <span id={`${name}-error`} className="block text-xs text-red-800">
      {messages.join("; ")}
    </span>
  );
}

/** The form's outcome: the action's message on success, its error on refusal. */
export function FormMessage<T>({
  state,
  ok,
  className = "text-sm",
}: {
  state: FormState<T>;
  ok?: (data: T) => string | undefined;
  className?: string;
}) {
  if (!state) return null;
  if (!state.ok)
    return (
      <p role="alert" className={`${className} text-red-800`}>
        {state.error}
      </p>
    );
  const message = ok ? ok(state.data) : typeof state.data === "string" ? state.data : undefined;
  return message ? (
    <p role="status" className={`${className} text-green-800`}>
      {message}
    </p>
  ) : null;
}

/** An outcome a form keeps itself ({ ok } or { error }): the message as status, the refusal as alert. */
export function Outcome({
  msg,
  as: Tag = "p",
  className,
  errorClassName = "text-red-800",
}: {
  msg: { ok?: string | null; error?: string | null };
  as?: "p" | "span";
  className?: string;
  errorClassName?: string;
}) {
  const cls = (c: string) => (className ? `${className} ${c}` : c);
  return (
    <>
      {msg.ok && (
        <Tag role="status" className={cls("text-green-800")}>
          {msg.ok}
        </Tag>
      )}
      {msg.error && (
        <Tag role="alert" className={cls(errorClassName)}>
          {msg.error}
        </Tag>
      )}
    </>
  );
}
