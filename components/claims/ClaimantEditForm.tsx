"use client";
import { useState } from "react";
import { label } from "@/lib/labels";
import { useRouter } from "next/navigation";
import { updateClaimantAction } from "@/actions/claims";

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
  const router = useRouter();
  const [msg, setMsg] = useState<{ ok?: string; error?: string; fieldErrors?: Record<string, string[]> }>({});
  async function submit(form: FormData) {
    const get = (k: string) => String(form.get(k) ?? "").trim();
    const res = await updateClaimantAction({
      slug,
      claimantId: id,
      input: {
        version,
        name: get("name"),
        kind: get("kind"),
        description: get("description") || null,
        wikidataId: get("wikidataId"),
        aliases: get("aliases")
          .split(";")
          .map((a) => a.trim())
          .filter(Boolean),
      },
    });
    if (!res.ok) return setMsg({ error: res.error, fieldErrors: res.fieldErrors });
    setMsg({ ok: "Saved." });
    router.refresh();
  }
  const err = (k: string) =>
    msg.fieldErrors?.[k] && (
      <span className="block text-red-800" id={`claimant-${k}-error`}>
        {msg.fieldErrors[k].join(" ")}
      </span>
    );
  const input = (name: keyof Fields, label: string, value: string) => (
    <label className="block">
      {label}
      <input
        name={name}
        defaultValue={value}
        aria-describedby={msg.fieldErrors?.[name] ? `claimant-${name}-error` : undefined}
        className="mt-1 block w-full rounded border border-stone-400 p-1"
      />
      {err(name)}
    </label>
  );
  return (
    <details className="mt-4">
      <summary className="cursor-pointer text-sm">Edit claimant</summary>
      <form
        // Submitted by hand, not as a form action: React resets a form after its action runs, which
        // would throw away what was typed when the save is refused.
        onSubmit={(e) => {
          e.preventDefault();
          void submit(new FormData(e.currentTarget));
        }}
        aria-label="Edit claimant"
        className="mt-2 grid max-w-3xl grid-cols-2 gap-2 rounded border border-stone-300 bg-white p-3 text-sm"
      >
        {input("name", "Name", fields.name)}
        <label className="block">
          Kind
          <select
            name="kind"
            defaultValue={fields.kind}
            className="mt-1 block w-full rounded border border-stone-400 p-1"
          >
            <option value="person">{label("ClaimantKind", "person")}</option>
            <option value="organization">{label("ClaimantKind", "organization")}</option>
          </select>
        </label>
        {input("aliases", "Also known as (;)", fields.aliases.join("; "))}
        {input("wikidataId", "Wikidata item (Q…)", fields.wikidataId ?? "")}
        <label className="col-span-2 block">
          Description
          <textarea
            name="description"
            defaultValue={fields.description ?? ""}
            className="mt-1 block w-full rounded border border-stone-400 p-1"
          />
        </label>
        <div className="col-span-2">
          <button className="rounded bg-stone-800 px-3 py-1 text-white">Save claimant</button>
          {msg.ok && <span role="status"> {msg.ok}</span>}
          {msg.error && (
            <p role="alert" className="text-red-800">
              {msg.error}
            </p>
          )}
        </div>
      </form>
    </details>
  );
}
