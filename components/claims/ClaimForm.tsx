"use client";
// Create a claim from a selection: statement, headline, claimant (pick or create), nested
// attribution, type, tags, date — with similar existing claims shown as you type.
import { useEffect, useState } from "react";
import { createClaimAction, similarClaimsAction } from "@/actions/claims";
import { CLAIM_TYPES } from "@/lib/claims/schemas";
import { ClaimantOptions, claimantRef, type ClaimantOption } from "./claimants";
import { LabelSelect } from "@/components/ui/options";
import { FieldError, Outcome } from "@/components/ui/form-action";
import type { ActionFailure } from "@/lib/http/action";

interface Props {
  slug: string;
  documentId: string;
  versionId: string;
  selection: { start: number; end: number; text: string };
  claimants: ClaimantOption[];
  onCreated: (id: string) => void;
  onCancel: () => void;
}

export function ClaimForm(p: Props) {
  const [statement, setStatement] = useState(p.selection.text.replace(/\s+/g, " ").trim());
  const [similar, setSimilar] = useState<{ id: string; headline: string; similarity: number }[]>([]);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The last refusal, whose field messages show beside the fields.
  const [refused, setRefused] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const t = setTimeout(async () => {
      const res = await similarClaimsAction({ slug: p.slug, text: statement });
      setSimilar(res.ok ? res.data : []);
    }, 350);
    return () => clearTimeout(t);
  }, [statement, p.slug]);

  async function submit(form: FormData) {
    setPending(true);
    setError(null);
    const claimantName = String(form.get("claimant") ?? "").trim();
    const reportedBy = String(form.get("reportedBy") ?? "").trim();
    const tags = String(form.get("tags") ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
    const res = await createClaimAction({
      slug: p.slug,
      input: {
        documentId: p.documentId,
        documentVersionId: p.versionId,
        start: p.selection.start,
        end: p.selection.end,
        text: statement,
        headline: String(form.get("headline") ?? "").trim() || undefined,
        claimant:
          claimantRef(claimantName, p.claimants, form.get("kind") === "organization" ? "organization" : "person") ??
          undefined,
        reportedBy: reportedBy ? { name: reportedBy } : undefined,
        claimType: String(form.get("claimType")) as "factual",
        claimedAt: String(form.get("claimedAt") ?? "") || undefined,
        tags,
        duplicateOf: duplicateOf ?? undefined,
      },
    });
    setPending(false);
    if (res.ok) p.onCreated(res.data.id);
    else {
      setError(res.error);
      setRefused(res);
    }
  }

  return (
    <form
      // onSubmit, not `action`: React resets a form after its action, and a refused claim keeps what was typed.
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      aria-label="Create claim"
      className="space-y-2 rounded border border-stone-300 bg-white p-3 text-sm"
    >
      <h2 className="text-lg font-semibold">New claim</h2>
      <blockquote className="border-l-4 border-amber-300 pl-2 text-stone-700" data-testid="selection-quote">
        {p.selection.text}
      </blockquote>
      <label className="block">
        Statement
        <textarea
          id="claim-statement"
          name="statement"
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
          rows={3}
          className="mt-1 block w-full rounded border border-stone-400 p-1"
        />
        <FieldError state={refused} name="text" />
      </label>
      <label className="block">
        Headline (≤ 75 characters, optional)
        <input name="headline" maxLength={75} className="mt-1 block w-full rounded border border-stone-400 p-1" />
        <FieldError state={refused} name="headline" />
      </label>
      <label className="block">
        Claimant
        <input
          name="claimant"
          list="claimant-options"
          className="mt-1 block w-full rounded border border-stone-400 p-1"
          placeholder="pick or type a new name"
        />
        <ClaimantOptions id="claimant-options" options={p.claimants} />
      </label>
      <label className="block">
        New claimant is a
        <select name="kind" className="ml-2 rounded border border-stone-400">
          <option value="person">person</option>
          <option value="organization">organization</option>
        </select>
      </label>
      <label className="block">
        Reported by (if the document quotes someone else)
        <input
          name="reportedBy"
          list="claimant-options"
          className="mt-1 block w-full rounded border border-stone-400 p-1"
        />
      </label>
      <div className="flex gap-2">
        <label>
          Type
          <LabelSelect
            kind="ClaimType"
            values={CLAIM_TYPES}
            name="claimType"
            defaultValue="factual"
            className="ml-1 rounded border border-stone-400"
          />
        </label>
        <label>
          Claimed on
          <input name="claimedAt" type="date" className="ml-1 rounded border border-stone-400" />
          <FieldError state={refused} name="claimedAt" />
        </label>
      </div>
      <label className="block">
        Tags (comma-separated)
        <input
          name="tags"
          className="mt-1 block w-full rounded border border-stone-400 p-1"
          placeholder="drug-trade, cia"
        />
        <FieldError state={refused} name="tags" />
      </label>
      {similar.length > 0 && (
        <div className="rounded bg-amber-50 p-2" aria-label="Similar claims">
          <p className="font-medium">Similar claims already in this workspace:</p>
          <ul>
            {similar.map((s) => (
              <li key={s.id}>
                <label>
                  <input type="radio" name="dup" checked={duplicateOf === s.id} onChange={() => setDuplicateOf(s.id)} />{" "}
                  {s.headline}{" "}
                  <span className="text-xs text-stone-600">({Math.round(s.similarity * 100)}% similar)</span>
                </label>
              </li>
            ))}
            {duplicateOf && (
              <li>
                <button type="button" className="text-xs underline" onClick={() => setDuplicateOf(null)}>
                  not a duplicate
                </button>
              </li>
            )}
          </ul>
          {duplicateOf && <p className="text-xs">The new claim will be linked as a duplicate of the chosen one.</p>}
        </div>
      )}
      <Outcome msg={{ error }} className="rounded bg-red-50 p-2" />
      <div className="flex gap-2">
        <button disabled={pending} className="rounded bg-stone-900 px-3 py-1 text-white">
          Create claim
        </button>
        <button type="button" onClick={p.onCancel} className="rounded border border-stone-400 px-3 py-1">
          Cancel
        </button>
      </div>
    </form>
  );
}
