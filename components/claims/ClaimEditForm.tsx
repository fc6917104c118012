"use client";
// Edits carry the version they were based on. When someone else saved first, the form shows
// what they changed next to what you typed and lets you re-apply yours on top.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateClaimAction } from "@/actions/claims";
import { CLAIM_TYPES } from "@/lib/claims/schemas";
import { ClaimantOptions, claimantRef } from "./claimants";
import { Outcome } from "@/components/ui/form-action";
import { LabelSelect } from "@/components/ui/options";

interface Values {
  text: string;
  headline: string;
  claimType: string;
  tags: string[];
  claimant: string;
  claimedAt: string;
}

export function ClaimEditForm(p: {
  slug: string;
  claim: Values & { id: string; version: number };
  claimants: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [version, setVersion] = useState(p.claim.version);
  const [values, setValues] = useState<Values>(p.claim);
  const [conflict, setConflict] = useState<Partial<Values> | null>(null);
  const [status, setStatus] = useState<{ ok?: string; error?: string }>({});

  const set = (k: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [k]: k === "tags" ? e.target.value.split(",").map((t) => t.trim()) : e.target.value }));

  async function save(baseVersion = version) {
    const res = await updateClaimAction({
      slug: p.slug,
      claimId: p.claim.id,
      input: {
        version: baseVersion,
        text: values.text,
        headline: values.headline,
        claimType: values.claimType as "factual",
        tags: values.tags.filter(Boolean),
        claimant: claimantRef(values.claimant, p.claimants),
        claimedAt: values.claimedAt || null,
      },
    });
    if (res.ok) {
      setVersion(res.data.version);
      setConflict(null);
      setStatus({ ok: `Saved (version ${res.data.version}).` });
      router.refresh();
      return;
    }
    setStatus({ error: res.error });
    const current = res.current as (Record<string, unknown> & { version: number }) | undefined;
    if (current) {
      setVersion(current.version);
      setConflict({
        text: String(current.text),
        headline: String(current.headline),
        claimType: String(current.claimType),
        tags: current.tags as string[],
      });
    }
  }

  return (
    <form
      action={() => save()}
      aria-label="Edit claim"
      className="mt-6 space-y-2 rounded border border-stone-300 bg-white p-4 text-sm"
    >
      <h2 className="text-lg font-semibold">Edit</h2>
      <label className="block">
        Statement
        <textarea
          value={values.text}
          onChange={set("text")}
          rows={3}
          className="mt-1 block w-full rounded border border-stone-400 p-1"
        />
      </label>
      <label className="block">
        Headline
        <input
          value={values.headline}
          onChange={set("headline")}
          maxLength={75}
          className="mt-1 block w-full rounded border border-stone-400 p-1"
        />
      </label>
      <label className="block">
        Claimant
        <input
          value={values.claimant}
          onChange={set("claimant")}
          list="edit-claimants"
          className="mt-1 block w-full rounded border border-stone-400 p-1"
        />
        <ClaimantOptions id="edit-claimants" options={p.claimants} />
      </label>
      <div className="flex gap-3">
        <label>
          Type
          <LabelSelect
            kind="ClaimType"
            values={CLAIM_TYPES}
            value={values.claimType}
            onChange={set("claimType")}
            className="ml-1 rounded border border-stone-400"
          />
        </label>
        <label>
          Claimed on
          <input
            type="date"
            value={values.claimedAt}
            onChange={set("claimedAt")}
            className="ml-1 rounded border border-stone-400"
          />
        </label>
      </div>
      <label className="block">
        Tags
        <input
          value={values.tags.join(", ")}
          onChange={set("tags")}
          className="mt-1 block w-full rounded border border-stone-400 p-1"
        />
      </label>
      <Outcome msg={status} errorClassName="rounded bg-red-50 p-2 text-red-800" />
      {conflict && (
        <div className="rounded border border-amber-400 bg-amber-50 p-2" aria-label="Conflicting change">
          <p className="font-medium">Their version now says:</p>
          <dl className="grid grid-cols-[6rem_1fr] gap-x-2">
            {(Object.keys(conflict) as (keyof Values)[]).map((k) => {
              const theirs = Array.isArray(conflict[k]) ? (conflict[k] as string[]).join(", ") : String(conflict[k]);
              const mine = Array.isArray(values[k]) ? (values[k] as string[]).join(", ") : String(values[k]);
              return theirs === mine ? null : (
                <div key={k} className="contents">
                  <dt>{k}</dt>
                  <dd>
                    <del className="text-stone-600">{mine}</del> → <ins>{theirs}</ins>
                  </dd>
                </div>
              );
            })}
          </dl>
          <div className="mt-2 flex gap-2">
            <button type="button" onClick={() => save(version)} className="rounded bg-stone-900 px-3 py-1 text-white">
              Re-apply my changes
            </button>
            <button
              type="button"
              onClick={() => {
                setValues((v) => ({ ...v, ...conflict }));
                setConflict(null);
                setStatus({});
              }}
              className="rounded border border-stone-400 px-3 py-1"
            >
              Take theirs
            </button>
          </div>
        </div>
      )}
      <button className="rounded bg-stone-900 px-3 py-1 text-white">Save</button>
    </form>
  );
}
