"use client";
// Merge this record into another, picked by search; the kept record's page then offers Undo
// (MergedBanner). The merge itself is lib/merge, through actions/merge.ts.
import { useState } from "react";
import { label } from "@/lib/labels";
import { useRouter } from "next/navigation";
import { searchClaimantsAction, searchClaimsAction } from "@/actions/claims";
import { mergeClaimAction, mergeClaimantAction, mergeSourceAction } from "@/actions/merge";
import { searchSourcesAction } from "@/actions/sources";
import { Outcome } from "@/components/ui/form-action";

export type MergeEntity = "claim" | "claimant" | "source";
export const DESK_LIST: Record<MergeEntity, string> = { claim: "claims", claimant: "claimants", source: "sources" };

async function search(entity: MergeEntity, slug: string, q: string) {
  if (entity === "claim") {
    const res = await searchClaimsAction({ slug, q });
    return res.ok ? res.data.map((c) => ({ id: c.id, label: c.headline })) : [];
  }
  if (entity === "claimant") {
    const res = await searchClaimantsAction({ slug, q });
    return res.ok
      ? res.data.map((c) => ({ id: c.id, label: `${c.name} (${label("ClaimantKind", c.kind).toLowerCase()})` }))
      : [];
  }
  const res = await searchSourcesAction({ slug, q });
  return res.ok
    ? res.data.map((s) => ({ id: s.id, label: s.publisher ? `${s.title} — ${s.publisher}` : s.title }))
    : [];
}

const MERGE = { claim: mergeClaimAction, claimant: mergeClaimantAction, source: mergeSourceAction };

export function MergePanel({
  slug,
  entity,
  id,
  name,
}: {
  slug: string;
  entity: MergeEntity;
  id: string;
  name: string;
}) {
  const router = useRouter();
  const [hits, setHits] = useState<{ id: string; label: string }[] | null>(null);
  const [target, setTarget] = useState<{ id: string; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function find(form: FormData) {
    setError(null);
    setTarget(null);
    const q = String(form.get("q") ?? "").trim();
    setHits(q ? (await search(entity, slug, q)).filter((h) => h.id !== id) : []);
  }
  async function merge() {
    if (!target) return;
    setBusy(true);
    const res = await MERGE[entity]({ slug, id, into: target.id });
    setBusy(false);
    if (!res.ok) return setError(res.error);
    router.push(`/desk/${slug}/${DESK_LIST[entity]}/${target.id}?merged=${encodeURIComponent(id)}`);
  }

  return (
    <details className="mt-4" data-testid="merge-panel">
      <summary className="cursor-pointer text-sm">Merge this {entity} into another</summary>
      <div className="mt-2 max-w-3xl rounded border border-stone-300 bg-white p-3 text-sm">
        <p className="text-stone-700">
          “{name}” will be hidden and everything attached to it moves to the {entity} you pick; its public page, if any,
          redirects there. You can undo right after.
        </p>
        <form action={find} className="mt-2 flex gap-2" aria-label={`Find the ${entity} to keep`}>
          <label className="sr-only" htmlFor={`merge-q-${id}`}>
            Find the {entity} to keep
          </label>
          <input
            id={`merge-q-${id}`}
            name="q"
            placeholder={`Search ${DESK_LIST[entity]}…`}
            className="flex-1 rounded border border-stone-400 p-1"
          />
          <button className="rounded border border-stone-500 px-2">Search</button>
        </form>
        {hits && hits.length === 0 && <p className="mt-2">No match.</p>}
        {hits && hits.length > 0 && (
          <fieldset className="mt-2">
            <legend className="font-medium">Keep:</legend>
            {hits.map((h) => (
              <label key={h.id} className="block">
                <input
                  type="radio"
                  name="into"
                  value={h.id}
                  checked={target?.id === h.id}
                  onChange={() => setTarget(h)}
                />{" "}
                {h.label}
              </label>
            ))}
          </fieldset>
        )}
        <button
          type="button"
          disabled={!target || busy}
          onClick={merge}
          className="mt-2 rounded bg-stone-800 px-3 py-1 text-white disabled:opacity-50"
        >
          {target ? `Merge into “${target.label}”` : "Pick the record to keep"}
        </button>
        <Outcome msg={{ error }} className="mt-2" />
      </div>
    </details>
  );
}
