"use client";
// A claim's evidence in the desk: grouped by stance, the balance, one-click links from the
// document's own citations, and a form to link any source. A refused add keeps what was typed.
import { STANCES } from "@/lib/evidence/values";
import { useState, type FormEvent } from "react";
import { evidenceFromCitationAction, addEvidenceAction } from "@/actions/evidence";
import { searchSourcesAction } from "@/actions/sources";
import { BalanceBar } from "./BalanceBar";
import { EvidenceLink, type EvidenceItem as Item } from "./EvidenceLink";
import { EXCERPT_KINDS, StanceStrength } from "./fields";
import { RestoreEvidenceButton } from "./RestoreEvidenceButton";
import { Options } from "@/components/ui/options";
import { SearchPick } from "@/components/ui/SearchPick";
import { Outcome } from "@/components/ui/form-action";

interface Props {
  slug: string;
  claimId: string;
  /** May link sources (evidence writers, while the claim's evidence may change). */
  canEdit: boolean;
  /** May edit and remove links: also the claim's author or an editor. */
  canChange: boolean;
  balance: {
    supporting: number;
    contesting: number;
    label: string;
    balance: number | null;
    counts: Record<string, number>;
    primaryShare: number | null;
  };
  groups: { supports: Item[]; contests: Item[]; context: Item[] };
  suggested: { id: string; title: string }[];
}
const HEADINGS = { supports: "Supporting", contests: "Contesting", context: "Context" } as const;

export function EvidencePanel(p: Props) {
  const [error, setError] = useState<string | null>(null);
  const [sourceId, setSourceId] = useState("");
  // The last removal, offered for Undo until it is restored or another one replaces it.
  const [removed, setRemoved] = useState<{ auditEventId: string; title: string } | null>(null);
  const linked = new Set([...p.groups.supports, ...p.groups.contests, ...p.groups.context].map((e) => e.source.id));

  async function search(q: string) {
    const r = await searchSourcesAction({ slug: p.slug, q });
    if (r.ok) return r.data.map((s) => ({ value: s.id, label: s.publisher ? `${s.title} (${s.publisher})` : s.title }));
    setError(r.error);
  }

  async function add(ev: FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const formEl = ev.currentTarget;
    const form = new FormData(formEl);
    const get = (k: string) => String(form.get(k) ?? "").trim() || undefined;
    const res = await addEvidenceAction({
      slug: p.slug,
      claimId: p.claimId,
      input: {
        sourceId,
        stance: get("stance"),
        strength: get("strength"),
        excerpt: get("excerpt"),
        excerptKind: get("excerptKind"),
        locator: get("locator"),
        note: get("note"),
      },
    });
    setError(res.ok ? null : res.error);
    if (res.ok) formEl.reset();
  }

  return (
    <section aria-label="Evidence" className="mt-8">
      <h2 className="text-lg font-semibold">Evidence</h2>
      <BalanceBar {...p.balance} />
      <p className="text-xs text-stone-600">
        {p.balance.counts.supports} supporting · {p.balance.counts.contests} contesting · {p.balance.counts.context}{" "}
        context
        {p.balance.primaryShare !== null && ` · ${Math.round(p.balance.primaryShare * 100)}% primary sources`}
      </p>
      {removed && (
        <div className="mt-3 rounded bg-stone-100 p-2 text-sm" data-testid="evidence-removed">
          <p aria-live="polite">Removed the link to “{removed.title}”.</p>
          <RestoreEvidenceButton
            key={removed.auditEventId}
            slug={p.slug}
            claimId={p.claimId}
            auditEventId={removed.auditEventId}
            onRestored={() => setRemoved(null)}
          />
        </div>
      )}
      {STANCES.map((k) => (
        <div key={k} className="mt-3">
          <h3 className="font-medium">
            {HEADINGS[k]} ({p.groups[k].length})
          </h3>
          <ul className="space-y-1 text-sm" data-testid={`evidence-${k}`}>
            {p.groups[k].map((e) => (
              <EvidenceLink
                key={`${e.id}:${e.version}`}
                slug={p.slug}
                claimId={p.claimId}
                e={e}
                canChange={p.canChange}
                onRemoved={setRemoved}
              />
            ))}
          </ul>
        </div>
      ))}
      {p.canEdit && p.suggested.some((s) => !linked.has(s.id)) && (
        <div className="mt-4 text-sm" aria-label="Cited at this passage">
          <h3 className="font-medium">Cited by the document at this passage</h3>
          <ul>
            {p.suggested
              .filter((s) => !linked.has(s.id))
              .map((s) => (
                <li key={s.id} className="flex flex-wrap items-center gap-2">
                  {s.title}
                  {STANCES.map((st) => (
                    <button
                      key={st}
                      type="button"
                      className="rounded border border-stone-400 px-1 text-xs"
                      onClick={async () => {
                        const r = await evidenceFromCitationAction({
                          slug: p.slug,
                          claimId: p.claimId,
                          sourceId: s.id,
                          stance: st,
                        });
                        setError(r.ok ? null : r.error);
                      }}
                    >
                      link as {st}
                    </button>
                  ))}
                </li>
              ))}
          </ul>
        </div>
      )}
      {p.canEdit && (
        <form
          onSubmit={add}
          aria-label="Add evidence"
          className="mt-4 space-y-2 rounded border border-stone-300 bg-white p-3 text-sm"
        >
          <h3 className="font-medium">Link a source</h3>
          <SearchPick noun="source" search={search} pick="Source" value={sourceId} onChange={setSourceId} />
          <div className="flex gap-3">
            <StanceStrength
              className="ml-1 rounded border border-stone-400"
              control={(k) => (k === "strength" ? { name: k, defaultValue: "moderate" } : { name: k })}
            />
            <label>
              Locator
              <input name="locator" className="ml-1 w-28 rounded border border-stone-400 px-1" placeholder="p. 12" />
            </label>
          </div>
          <label className="block">
            Excerpt is
            <select name="excerptKind" defaultValue="quote" className="ml-1 rounded border border-stone-400 px-1">
              <Options items={EXCERPT_KINDS} />
            </select>
          </label>
          <label className="block">
            Excerpt
            <textarea name="excerpt" rows={2} className="mt-1 block w-full rounded border border-stone-400 p-1" />
          </label>
          <label className="block">
            Note
            <input name="note" className="mt-1 block w-full rounded border border-stone-400 p-1" />
          </label>
          <button disabled={!sourceId} className="rounded bg-stone-900 px-3 py-1 text-white disabled:opacity-50">
            Link source
          </button>
        </form>
      )}
      <Outcome msg={{ error }} className="mt-2 rounded bg-red-50 p-2 text-sm" />
    </section>
  );
}
