"use client";
// "Suggest claims": check-worthy sentences to accept as drafts or dismiss for good.
import { useState } from "react";
import { acceptSuggestionAction, dismissSuggestionAction, suggestionsAction } from "@/actions/claims";
import { Outcome } from "@/components/ui/form-action";

interface Suggestion {
  start: number;
  end: number;
  text: string;
  score: number;
  reasons: string[];
  claimant?: string;
  claimType: string;
  documentVersionId: string;
}

export function SuggestionsPanel({
  slug,
  documentId,
  onAccepted,
}: {
  slug: string;
  documentId: string;
  onAccepted: () => void;
}) {
  const [items, setItems] = useState<Suggestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    const res = await suggestionsAction({ slug, documentId });
    if (res.ok) setItems(res.data);
    else setError(res.error);
  }
  async function accept(s: Suggestion) {
    const res = await acceptSuggestionAction({
      slug,
      documentId,
      input: { start: s.start, end: s.end, documentVersionId: s.documentVersionId },
    });
    if (!res.ok) return setError(res.error);
    setItems((list) => list?.filter((x) => x !== s) ?? null);
    onAccepted();
  }
  async function dismiss(s: Suggestion) {
    const res = await dismissSuggestionAction({ slug, documentId, sentence: s.text });
    if (!res.ok) return setError(res.error);
    setItems((list) => list?.filter((x) => x !== s) ?? null);
  }

  return (
    <section aria-label="Suggestions">
      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">Suggestions</h2>
        <button type="button" onClick={load} className="rounded border border-stone-500 px-2 py-1 text-sm">
          Suggest claims
        </button>
      </div>
      <Outcome msg={{ error }} className="text-sm" />
      {items && items.length === 0 && <p className="text-sm">No more suggestions.</p>}
      {items && (
        <ol className="mt-2 space-y-2 text-sm" data-testid="suggestions">
          {items.slice(0, 30).map((s) => (
            <li key={`${s.start}-${s.end}`} className="rounded border border-stone-200 bg-white p-2">
              <p>{s.text}</p>
              <p className="text-xs text-stone-600">
                score {s.score.toFixed(2)} · {s.claimType}
                {s.claimant ? ` · claimant: ${s.claimant}` : ""} · {s.reasons.join(", ")}
              </p>
              <div className="mt-1 flex gap-2">
                <button type="button" onClick={() => accept(s)} className="rounded bg-stone-900 px-2 py-0.5 text-white">
                  Accept
                </button>
                <button
                  type="button"
                  onClick={() => dismiss(s)}
                  className="rounded border border-stone-400 px-2 py-0.5"
                >
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
