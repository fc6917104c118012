"use client";
// The edit form a record page folds under "Edit …" (claimants, documents, sources): it posts its
// fields plus the ids and version to the action through useFormAction, keeps what was typed after
// a refusal and shows each field's message beside it.
import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/http/action";
import { FieldError, FormMessage, kept, useFormAction, type FormState } from "./form-action";

export function EditDetails<T>({
  summary,
  label,
  button,
  action,
  extra,
  className = "mt-3",
  children,
}: {
  summary: string;
  /** The form's accessible name. */
  label: string;
  button: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  action: (raw: any) => Promise<ActionResult<T>>;
  /** Sent with the fields: the slug, the record's id and the version the form was opened on. */
  extra: Record<string, unknown>;
  className?: string;
  children: (state: FormState<T>) => ReactNode;
}) {
  const [state, formAction, pending] = useFormAction(action, extra);
  return (
    <details className={className}>
      <summary className="cursor-pointer text-sm">{summary}</summary>
      <form
        action={formAction}
        aria-label={label}
        className="mt-2 grid max-w-3xl grid-cols-2 gap-2 rounded border border-stone-300 bg-white p-3 text-sm"
      >
        {children(state)}
        <div className="col-span-2">
          <button disabled={pending} className="rounded bg-stone-800 px-3 py-1 text-white">
            {button}
          </button>
          <FormMessage state={state} ok={() => "Saved."} />
        </div>
      </form>
    </details>
  );
}

/** What a record's edit form is given: where it is, what it edits and the version it was read at. */
export interface RecordEditProps<F> {
  slug: string;
  id: string;
  version: number;
  fields: F;
}

/**
 * A labelled text input (a textarea with `area`) that keeps what was typed after a refusal and
 * shows its field's messages.
 */
export function TextField<T>({
  state,
  name,
  label,
  initial,
  placeholder,
  wide = false,
  area,
}: {
  state: FormState<T>;
  name: string;
  label: string;
  initial: string | null;
  placeholder?: string;
  /** Spans both columns of the form's grid (a textarea always does). */
  wide?: boolean;
  /** A textarea, `rows` high when given. */
  area?: { rows?: number };
}) {
  const props = {
    name,
    defaultValue: kept(state, name, initial ?? ""),
    placeholder,
    "aria-describedby": `${name}-error`,
    className: "mt-1 block w-full rounded border border-stone-400 p-1",
  };
  return (
    <label className={wide || area ? "col-span-2 block" : "block"}>
      {label}
      {area ? <textarea rows={area.rows} {...props} /> : <input {...props} />}
      <FieldError state={state} name={name} />
    </label>
  );
}
