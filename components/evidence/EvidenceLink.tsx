"use client";
// One evidence link in the desk: shown, edited at the version it was opened on (a 409 shows the
// link as it is now and keeps what was typed), removed after a confirm step (undo: the history).
import { label } from "@/lib/labels";
import { useState, type FormEvent } from "react";
import { Excerpt } from "@/components/public/EvidenceList";
import { removeEvidenceAction, updateEvidenceAction } from "@/actions/evidence";
import { Options } from "@/components/ui/options";
import { EXCERPT_KINDS, StanceStrength } from "./fields";
import { Outcome } from "@/components/ui/form-action";

export interface EvidenceItem {
  id: string;
  version: number;
  stance: string;
  strength: string;
  excerpt: string | null;
  excerptKind?: string;
  locator: string | null;
  note: string | null;
  source: { id: string; title: string; reliability: number | null };
  /** The excerpt checked against the source's newest snapshot; null without an excerpt or a snapshot. */
  snapshot?: { found: boolean; capturedAt: Date | null } | null;
}

interface Current {
  version?: number;
  stance?: string;
  strength?: string;
  excerpt?: string | null;
  locator?: string | null;
  note?: string | null;
}

const field = "rounded border border-stone-400 px-1";

/** The edit form's fields, from the link as the page shows it. */
function draftOf(e: EvidenceItem) {
  return {
    stance: e.stance,
    strength: e.strength,
    excerpt: e.excerpt ?? "",
    excerptKind: e.excerptKind ?? "quote",
    locator: e.locator ?? "",
    note: e.note ?? "",
  };
}

export function EvidenceLink({
  slug,
  claimId,
  e,
  canChange,
  onRemoved,
}: {
  slug: string;
  claimId: string;
  e: EvidenceItem;
  canChange: boolean;
  /** Told the removal's event id, so the panel can offer Undo after this row is gone. */
  onRemoved?: (removal: { auditEventId: string; title: string }) => void;
}) {
  const [mode, setMode] = useState<"view" | "edit" | "confirm">("view");
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState<Current | null>(null);
  const [version, setVersion] = useState(e.version);
  const [draft, setDraft] = useState(() => draftOf(e));
  const set = (k: keyof typeof draft) => (ev: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: ev.target.value });

  function edit() {
    // Opening the editor starts from the link as the page shows it now.
    setDraft(draftOf(e));
    setVersion(e.version);
    setError(null);
    setCurrent(null);
    setMode("edit");
  }

  async function save(ev: FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const res = await updateEvidenceAction({
      slug,
      claimId,
      evidenceId: e.id,
      input: {
        version,
        stance: draft.stance,
        strength: draft.strength,
        excerpt: draft.excerpt.trim() || null,
        excerptKind: draft.excerptKind,
        locator: draft.locator.trim() || null,
        note: draft.note.trim() || null,
      },
    });
    if (res.ok) {
      setMode("view");
      setError(null);
      setCurrent(null);
      return;
    }
    setError(res.error);
    const now = res.current as Current | undefined;
    // Saving again applies what was typed over the newer version, knowingly.
    if (now?.version) {
      setCurrent(now);
      setVersion(now.version);
    }
  }

  async function remove() {
    const res = await removeEvidenceAction({ slug, claimId, evidenceId: e.id });
    if (!res.ok) setError(res.error);
    else onRemoved?.({ auditEventId: res.data.auditEventId, title: e.source.title });
    setMode("view");
  }

  return (
    <li className="rounded border border-stone-200 bg-white p-2" data-testid="evidence-link">
      <a href={`/desk/${slug}/sources/${e.source.id}`}>{e.source.title}</a>{" "}
      <span className="text-xs text-stone-600">
        ({label("Strength", e.strength)}
        {e.source.reliability ? `, reliability ${e.source.reliability}` : ", unrated"}
        {e.locator ? `, ${e.locator}` : ""})
      </span>
      {e.excerpt && <Excerpt text={e.excerpt} kind={e.excerptKind} className="mt-1" />}
      {e.snapshot && (
        <p
          data-testid="excerpt-snapshot"
          className={e.snapshot.found ? "text-xs text-stone-600" : "text-xs font-medium text-red-800"}
        >
          {e.snapshot.found ? "In" : "Not found in"} the snapshot of the source
          {e.snapshot.capturedAt ? ` captured ${new Date(e.snapshot.capturedAt).toISOString().slice(0, 10)}` : ""}
        </p>
      )}
      {e.note && <p className="text-xs">{e.note}</p>}
      {canChange && mode === "view" && (
        <div className="mt-1 flex gap-3 text-xs">
          <button type="button" className="underline" onClick={edit}>
            edit
          </button>
          <button
            type="button"
            className="text-red-800 underline"
            onClick={() => {
              setError(null);
              setMode("confirm");
            }}
          >
            remove
          </button>
        </div>
      )}
      {mode === "confirm" && (
        <div role="group" aria-label="Confirm removal" className="mt-1 rounded bg-red-50 p-2 text-xs">
          Remove this link to “{e.source.title}”? You can restore it from the history.{" "}
          <button type="button" className="rounded bg-red-800 px-2 text-white" onClick={remove}>
            Remove link
          </button>{" "}
          <button type="button" className="underline" onClick={() => setMode("view")}>
            Cancel
          </button>
        </div>
      )}
      {mode === "edit" && (
        <form onSubmit={save} aria-label={`Edit evidence from ${e.source.title}`} className="mt-2 space-y-1 text-xs">
          <div className="flex flex-wrap gap-2">
            <StanceStrength className={`ml-1 ${field}`} control={(k) => ({ value: draft[k], onChange: set(k) })} />
            <label>
              Locator
              <input value={draft.locator} onChange={set("locator")} className={`ml-1 w-24 ${field}`} />
            </label>
          </div>
          <label>
            Excerpt is
            <select value={draft.excerptKind} onChange={set("excerptKind")} className={`ml-1 ${field}`}>
              <Options items={EXCERPT_KINDS} />
            </select>
          </label>
          <label className="block">
            Excerpt
            <textarea
              value={draft.excerpt}
              onChange={set("excerpt")}
              rows={2}
              className={`mt-1 block w-full ${field}`}
            />
          </label>
          <label className="block">
            Note (internal)
            <input value={draft.note} onChange={set("note")} className={`mt-1 block w-full ${field}`} />
          </label>
          {current && (
            <p className="rounded bg-amber-50 p-1">
              Now (version {current.version}): {label("Stance", current.stance)},{" "}
              {label("Strength", current.strength).toLowerCase()}
              {current.locator ? `, ${current.locator}` : ""}
              {current.excerpt ? ` — “${current.excerpt}”` : ""}. Save again to replace it with what you typed.
            </p>
          )}
          <div className="flex gap-2">
            <button className="rounded bg-stone-900 px-2 py-0.5 text-white">Save</button>
            <button type="button" className="underline" onClick={() => setMode("view")}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <Outcome msg={{ error }} className="mt-1 rounded bg-red-50 p-1 text-xs" />
    </li>
  );
}
