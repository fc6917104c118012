"use client";
// Saves the claims list's current filters as a named view (lib/views); a refusal keeps the name.
import Link from "next/link";
import { plural } from "@/lib/labels";
import { createViewAction } from "@/actions/views";
import { FieldError, FormMessage, kept, useFormAction } from "@/components/ui/form-action";
import type { ClaimFilters } from "@/lib/claims/schemas";

export function SaveViewForm({ slug, filters }: { slug: string; filters: ClaimFilters }) {
  const [state, submit, pending] = useFormAction(createViewAction, { slug, filters });
  return (
    <form action={submit} aria-label="Save view" className="mt-3 flex flex-wrap items-end gap-2 text-sm">
      <label>
        View name
        <input
          name="name"
          required
          maxLength={80}
          defaultValue={kept(state, "name")}
          aria-describedby="name-error"
          className="ml-1 rounded border border-stone-400 px-1 py-0.5"
        />
      </label>
      <label className="flex items-center gap-1">
        <input type="checkbox" name="shared" defaultChecked={kept(state, "shared") === "on"} />
        share with the workspace
      </label>
      <button disabled={pending} className="rounded border border-stone-700 px-3 py-1 disabled:opacity-50">
        Save these filters as a view
      </button>
      <FieldError state={state} name="name" />
      <FormMessage state={state} />
      {state?.ok && (
        <p role="status" className="text-green-800">
          Saved <Link href={`/desk/${slug}/claims?view=${state.data.id}`}>{state.data.name}</Link> (
          {plural(state.data.count ?? 0, "claim")}).
        </p>
      )}
    </form>
  );
}
