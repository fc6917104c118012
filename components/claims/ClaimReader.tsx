"use client";
// The desk reader with claims: highlights (overlaps allowed) and a side list that select each
// other, a "create claim from selection" form, and the suggestions pass.
import { useRouter } from "next/navigation";
import { label } from "@/lib/labels";
import { useCallback, useEffect, useRef, useState } from "react";
import { AnnotatedText } from "@/components/documents/AnnotatedText";
import { MarkedText } from "@/components/documents/MarkedText";
import { blockText, type Block } from "@/lib/documents/blocks";
import { ClaimForm } from "./ClaimForm";
import type { ClaimantOption } from "./claimants";
import { SuggestionsPanel } from "./SuggestionsPanel";
import { offsetOf } from "./selection";
import { reattachClaimAction } from "@/actions/claims";

export interface ReaderClaim {
  id: string;
  headline: string;
  status: string;
  claimant: string | null;
  start: number;
  end: number;
  /** False when the claim's anchor is in another part of the document (lib/documents/parts). */
  here?: boolean;
}

interface Props {
  slug: string;
  documentId: string;
  versionId: string;
  /** A claim to select and scroll to on arrival (`?claim=`). */
  initialSelected?: string | null;
  /** The part shown, laid out (a long document is read in parts); its runs carry the text once. */
  blocks: Block[];
  claims: ReaderClaim[];
  claimants: ClaimantOption[];
  canCreate: boolean;
  /** Set when the editor came to re-attach an orphaned claim by selecting new text. */
  reattach?: { id: string; version: number; headline: string };
}

export function ClaimReader(props: Props) {
  const router = useRouter();
  const textRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<string | null>(props.initialSelected ?? null);
  useEffect(() => {
    if (props.initialSelected)
      document.querySelector(`[data-claims~="${props.initialSelected}"]`)?.scrollIntoView({ block: "center" });
  }, [props.initialSelected]);
  const [selection, setSelection] = useState<{ start: number; end: number; text: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const readSelection = useCallback(() => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount || !textRef.current) return;
    const range = sel.getRangeAt(0);
    if (!textRef.current.contains(range.commonAncestorContainer)) return;
    const start = offsetOf(range.startContainer, range.startOffset, "start");
    const end = offsetOf(range.endContainer, range.endOffset, "end");
    if (start === null || end === null || end <= start) return;
    // Trim whitespace so the anchor's exact quote starts and ends on words.
    const raw = blockText(props.blocks, start, end);
    const lead = raw.search(/\S/);
    const text = raw.trim();
    if (text && lead >= 0) setSelection({ start: start + lead, end: start + lead + text.length, text });
  }, [props.blocks]);

  function selectClaim(id: string, scroll: "text" | "list") {
    // A claim in another part: open that part at the claim.
    if (scroll === "text" && props.claims.find((c) => c.id === id)?.here === false) {
      return router.push(`/desk/${props.slug}/documents/${props.documentId}?claim=${encodeURIComponent(id)}`);
    }
    setSelected(id);
    const target =
      scroll === "text"
        ? document.querySelector(`[data-claims~="${id}"]`)
        : document.getElementById(`claim-item-${id}`);
    target?.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  // Each claim's first highlighted run (its start offset) takes the claim's tab stop and label.
  const firstRunOf = new Map<string, number>();
  for (const b of props.blocks)
    for (const seg of b.segments)
      if (seg.kind === "text") for (const c of seg.claims) if (!firstRunOf.has(c)) firstRunOf.set(c, seg.start);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
      <div
        ref={textRef}
        onMouseUp={readSelection}
        onKeyUp={(e) => e.shiftKey && readSelection()}
        className="space-y-3 leading-relaxed"
        data-testid="document-text"
      >
        <AnnotatedText
          blocks={props.blocks}
          citationHref={(id) => `#source-${id}`}
          highlight={(s, i) => {
            const isSelected = selected !== null && s.claims.includes(selected);
            const first = s.claims.find((c) => firstRunOf.get(c) === s.start);
            return (
              <mark
                key={i}
                data-s={s.start}
                data-claims={s.claims.join(" ")}
                tabIndex={first ? 0 : -1}
                role="button"
                aria-label={first ? `claim: ${props.claims.find((c) => c.id === first)?.headline}` : undefined}
                onClick={() => selectClaim(s.claims.includes(selected ?? "") ? selected! : s.claims[0], "list")}
                onKeyDown={(e) =>
                  (e.key === "Enter" || e.key === " ") &&
                  (e.preventDefault(), selectClaim(first ?? s.claims[0], "list"))
                }
                className={`cursor-pointer rounded-sm ${isSelected ? "bg-amber-300 ring-2 ring-amber-600" : s.claims.length > 1 ? "bg-yellow-200" : "bg-yellow-100"}`}
              >
                <MarkedText segment={s} />
              </mark>
            );
          }}
        />
      </div>
      <aside className="space-y-6 lg:sticky lg:top-4 lg:max-h-[92vh] lg:overflow-y-auto" aria-label="Claims">
        {message && (
          <p role="status" className="rounded bg-green-50 p-2 text-sm text-green-900">
            {message}
          </p>
        )}
        {props.reattach && (
          <section aria-label="Re-attach claim" className="rounded border border-red-300 bg-red-50 p-3 text-sm">
            <p>
              Select the passage that now carries <strong>{props.reattach.headline}</strong>, then re-attach it.
            </p>
            <button
              type="button"
              disabled={!selection}
              className="mt-2 rounded bg-stone-900 px-3 py-1 text-white disabled:opacity-50"
              onClick={async () => {
                const res = await reattachClaimAction({
                  slug: props.slug,
                  claimId: props.reattach!.id,
                  input: { ...selection!, version: props.reattach!.version, documentVersionId: props.versionId },
                });
                if (!res.ok) return setMessage(res.error);
                router.push(`/desk/${props.slug}/claims/${props.reattach!.id}`);
              }}
            >
              Re-attach here
            </button>
          </section>
        )}
        {props.canCreate && selection && !props.reattach && (
          <ClaimForm
            slug={props.slug}
            documentId={props.documentId}
            versionId={props.versionId}
            selection={selection}
            claimants={props.claimants}
            onCancel={() => setSelection(null)}
            onCreated={(id) => {
              setSelection(null);
              setMessage("Claim created.");
              setSelected(id);
              router.refresh();
            }}
          />
        )}
        {props.canCreate && !selection && (
          <p className="text-sm text-stone-600">Select text in the document to create a claim from it.</p>
        )}
        <section>
          <h2 className="text-lg font-semibold">Claims in this document ({props.claims.length})</h2>
          <ul className="mt-2 space-y-1" data-testid="claim-list">
            {props.claims.map((c) => (
              <li key={c.id} id={`claim-item-${c.id}`}>
                <button
                  type="button"
                  aria-pressed={selected === c.id}
                  onClick={() => selectClaim(c.id, "text")}
                  className={`w-full rounded px-2 py-1 text-left text-sm ${selected === c.id ? "bg-amber-200" : "hover:bg-stone-100"}`}
                >
                  {c.headline}
                  <span className="block text-xs text-stone-600">
                    {c.claimant ?? "no claimant"} · {label("ClaimStatus", c.status)}
                  </span>
                </button>
                {selected === c.id && (
                  <a href={`/desk/${props.slug}/claims/${c.id}`} className="ml-2 text-xs">
                    Open claim
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
        {props.canCreate && (
          <SuggestionsPanel
            slug={props.slug}
            documentId={props.documentId}
            onAccepted={() => {
              setMessage("Suggestion accepted as a draft claim.");
              router.refresh();
            }}
          />
        )}
      </aside>
    </div>
  );
}
