"use client";
// Relations seen from this claim's side, and a form to add one (pick the other claim by search).
import { useState } from "react";
import { addRelationAction, removeRelationAction, searchClaimsAction } from "@/actions/claims";
import { RELATION_TYPES } from "@/lib/claims/schemas";
import { LabelSelect } from "@/components/ui/options";
import { SearchPick } from "@/components/ui/SearchPick";
import { Outcome } from "@/components/ui/form-action";

interface Relation {
  id: string;
  type: string;
  note: string | null;
  direction: "outgoing" | "incoming";
  other: { id: string; headline: string };
}
const INCOMING: Record<string, string> = {
  supports: "is supported by",
  contradicts: "is contradicted by",
  refines: "is refined by",
  duplicates: "is duplicated by",
};

export function RelationsPanel(p: { slug: string; claimId: string; relations: Relation[]; canEdit: boolean }) {
  const [target, setTarget] = useState<string>("");
  const [error, setError] = useState<string | null>(null);

  async function search(q: string) {
    const res = await searchClaimsAction({ slug: p.slug, q });
    if (res.ok) return res.data.filter((c) => c.id !== p.claimId).map((c) => ({ value: c.id, label: c.headline }));
    setError(res.error);
  }
  async function add(form: FormData) {
    const res = await addRelationAction({
      slug: p.slug,
      input: {
        fromClaimId: p.claimId,
        toClaimId: target,
        type: String(form.get("type")),
        note: String(form.get("note") ?? "") || undefined,
      },
    });
    setError(res.ok ? null : res.error);
  }

  return (
    <section aria-label="Relations">
      <h2 className="text-lg font-semibold">Related claims</h2>
      {p.relations.length === 0 && <p className="text-sm text-stone-600">None yet.</p>}
      <ul className="space-y-1 text-sm" data-testid="relations">
        {p.relations.map((r) => (
          <li key={r.id}>
            This claim {r.direction === "outgoing" ? r.type : INCOMING[r.type]}{" "}
            <a href={`/desk/${p.slug}/claims/${r.other.id}`}>{r.other.headline}</a>
            {r.note && <span className="block text-xs text-stone-600">{r.note}</span>}
            {p.canEdit && (
              <button
                type="button"
                className="ml-2 text-xs text-red-800 underline"
                onClick={() => removeRelationAction({ slug: p.slug, relationId: r.id, claimId: p.claimId })}
              >
                remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {p.canEdit && (
        <form action={add} aria-label="Add relation" className="mt-3 space-y-2 text-sm">
          <SearchPick noun="claim" search={search} pick="Other claim" value={target} onChange={setTarget} />
          <LabelSelect
            kind="RelationType"
            values={RELATION_TYPES}
            name="type"
            aria-label="Relation"
            className="rounded border border-stone-400"
          />
          <input
            name="note"
            placeholder="note (optional)"
            aria-label="Note"
            className="block w-full rounded border border-stone-400 px-1"
          />
          <Outcome msg={{ error }} />
          <button disabled={!target} className="rounded bg-stone-900 px-3 py-1 text-white disabled:opacity-50">
            Link claims
          </button>
        </form>
      )}
    </section>
  );
}
