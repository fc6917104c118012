"use client";
import { updateClaimantAction } from "@/actions/claims";
import { FieldError, FormMessage, kept, useFormAction } from "@/components/ui/form-action";

interface Fields {
  name: string;
  kind: string;
  description: string | null;
  aliases: string[];
  wikidataId: string | null;
}

/** Edit a claimant; the version it was read at travels with the edit, so a stale save is refused. */
export function ClaimantEditForm({
  slug,
  id,
  version,
  fields,
}: {
  slug: string;
  id: string;
  version: number;
  fields: Fields;
}) {
  const [state, action, pending] = useFormAction(updateClaimantAction, { slug, claimantId: id, version });
  const input = (name: keyof Fields, label: string, value: string) => (
    <label className="block">
      {label}
      <input
        name={name}
        defaultValue={kept(state, name, value)}
        aria-describedby={`${name}-error`}
        className="mt-1 block w-full rounded border border-stone-400 p-1"
      />
      <FieldError state={state} name={name} />
    </label>
  );
  return (
    <details className="mt-4">
      <summary className="cursor-pointer text-sm">Edit claimant</summary>
      <form
        action={action}
        aria-label="Edit claimant"
        className="mt-2 grid max-w-3xl grid-cols-2 gap-2 rounded border border-stone-300 bg-white p-3 text-sm"
      >
        {input("name", "Name", fields.name)}
        <label className="block">
          Kind
          <select
            name="kind"
            defaultValue={kept(state, "kind", fields.kind)}
            className="mt-1 block w-full rounded border border-stone-400 p-1"
          >
            <option value="person">person</option>
            <option value="organization">organization</option>
          </select>
          <FieldError state={state} name="kind" />
        </label>
        {input("aliases", "Also known as (;)", fields.aliases.join("; "))}
        {input("wikidataId", "Wikidata item (Q…)", fields.wikidataId ?? "")}
        <label className="col-span-2 block">
          Description
          <textarea
            name="description"
            defaultValue={kept(state, "description", fields.description ?? "")}
            aria-describedby="description-error"
            className="mt-1 block w-full rounded border border-stone-400 p-1"
          />
          <FieldError state={state} name="description" />
        </label>
        <div className="col-span-2">
          <button disabled={pending} className="rounded bg-stone-800 px-3 py-1 text-white">
            Save claimant
          </button>
          <FormMessage state={state} ok={() => "Saved."} />
        </div>
      </form>
    </details>
  );
}
