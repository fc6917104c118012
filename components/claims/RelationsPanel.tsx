"use client";
// Relations seen from this claim's side, and a form to add one (pick the other claim by search).
import { useState } from "react";
import { label } from "@/lib/labels";
import { addRelationAction, removeRelationAction, searchClaimsAction } from "@/actions/claims";

interface Relation {
  id: string;
  type: string;
  note: string | null;
  direction: "outgoing" | "incoming";
  other: { id: string; headline: string };
}
const TYPES = ["supports", "contradicts", "refines", "duplicates"];
const INCOMING: Record<string, string> = {
  supports: "is supported by",
  contradicts: "is contradicted by",
  refines: "is refined by",
  duplicates: "is duplicated by",
};

export function RelationsPanel(p: { slug: string; claimId: string; relations: Relation[]; canEdit: boolean }) {
  const [q, setQ] = useState("");
  const [found, setFound] = useState<{ id: string; headline: string }[]>([]);
  const [target, setTarget] = useState<string>("");
  const [error, setError] = useState<string | null>(null);

  async function search() {
    const res = await searchClaimsAction({ slug: p.slug, q });
    if (res.ok) setFound(res.data.filter((c) => c.id !== p.claimId));
    else setError(res.error);
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
          <div className="flex gap-2">
            <input
              value={q}
              onChange={(e) => setQ(e.target.value)}
              // Enter searches, as in any search box (the form's own button waits for a chosen claim).
              onKeyDown={(e) => {
                if (e.key !== "Enter") return;
                e.preventDefault();
                void search();
              }}
              placeholder="find a claim"
              aria-label="Find a claim"
              className="flex-1 rounded border border-stone-400 px-1"
            />
            <button type="button" onClick={search} className="rounded border border-stone-400 px-2">
              Search
            </button>
          </div>
          {found.length > 0 && (
            <select
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              aria-label="Other claim"
              className="block w-full rounded border border-stone-400"
            >
              <option value="">choose…</option>
              {found.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.headline}
                </option>
              ))}
            </select>
          )}
          <select name="type" aria-label="Relation" className="rounded border border-stone-400">
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {label("RelationType", t)}
              </option>
            ))}
          </select>
          <input
            name="note"
            placeholder="note (optional)"
            aria-label="Note"
            className="block w-full rounded border border-stone-400 px-1"
          />
          {error && (
            <p role="alert" className="text-red-800">
              {error}
            </p>
          )}
          <button disabled={!target} className="rounded bg-stone-900 px-3 py-1 text-white disabled:opacity-50">
            Link claims
          </button>
        </form>
      )}
    </section>
  );
}
