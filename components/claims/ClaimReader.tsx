"use client";
// The desk reader with claims: highlights (overlaps allowed) and a side list that select each
// other, a "create claim from selection" form, and the suggestions pass. The text takes keyboard
// focus: arrows move a caret, Shift+arrows select, Enter opens the claim form, N/P step through
// claims (./keyboard.ts).
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
import { caretBox, caretMove, ensureCaret, moveWithin } from "./keyboard";
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
  const boxRef = useRef<HTMLDivElement>(null);
  const [caret, setCaret] = useState<{ left: number; top: number; height: number } | null>(null);

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

  // Claims in text order (those in this part), for N and P.
  const inText = props.claims.filter((c) => c.here !== false).sort((a, b) => a.start - b.start || a.end - b.end);
  function stepClaim(by: 1 | -1) {
    if (!inText.length) return;
    const at = inText.findIndex((c) => c.id === selected);
    const next = inText[at < 0 ? (by > 0 ? 0 : inText.length - 1) : (at + by + inText.length) % inText.length];
    const mark = document.querySelector<HTMLElement>(`[data-claims~="${next.id}"][tabindex="0"]`);
    setSelected(next.id);
    document.getElementById(`claim-item-${next.id}`)?.scrollIntoView({ block: "nearest" });
    if (mark && textRef.current) {
      mark.focus();
      ensureCaret(textRef.current, mark);
      showCaret();
    }
  }

  function showCaret() {
    const sel = window.getSelection();
    const inside = !!sel?.focusNode && !!textRef.current?.contains(sel.focusNode);
    setCaret(sel && inside && boxRef.current ? caretBox(boxRef.current, sel) : null);
  }

  function onTextKey(e: React.KeyboardEvent<HTMLDivElement>) {
    const root = textRef.current;
    if (!root || e.defaultPrevented) return;
    const plain = !e.ctrlKey && !e.altKey && !e.metaKey;
    if (e.key === "Enter" && plain && selection && props.canCreate) {
      e.preventDefault();
      document.getElementById("claim-statement")?.focus();
      return;
    }
    if (plain && !e.shiftKey && (e.key === "n" || e.key === "p")) {
      e.preventDefault();
      return stepClaim(e.key === "n" ? 1 : -1);
    }
    const move = caretMove(e);
    if (!move || e.metaKey) return;
    e.preventDefault();
    const sel = ensureCaret(root, e.target === root ? null : (e.target as Element));
    if (!sel) return;
    moveWithin(root, sel, move);
    showCaret();
    if (e.shiftKey) readSelection();
  }

  // Each claim's first highlighted run (its start offset) takes the claim's tab stop and label.
  const firstRunOf = new Map<string, number>();
  for (const b of props.blocks)
    for (const seg of b.segments)
      if (seg.kind === "text") for (const c of seg.claims) if (!firstRunOf.has(c)) firstRunOf.set(c, seg.start);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
      <div ref={boxRef} className="relative">
        <p id="reader-keys" className="mb-3 text-sm text-stone-600">
          Keyboard: Tab into the text, move with the arrow keys, select with Shift+arrows, then press Enter to create a
          claim from the selection. N and P go to the next and previous claim.
        </p>
        <div
          ref={textRef}
          tabIndex={0}
          role="region"
          aria-label="Document text"
          aria-describedby="reader-keys"
          onMouseUp={readSelection}
          onKeyDown={onTextKey}
          onFocus={(e) => {
            // Tabbing into the text puts the caret at its start (a selection already in it stays).
            if (e.target === e.currentTarget) ensureCaret(e.currentTarget);
            showCaret();
          }}
          onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setCaret(null)}
          className="space-y-3 leading-relaxed focus:outline-2 focus:outline-offset-4 focus:outline-amber-600"
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
        {caret && (
          <span
            aria-hidden="true"
            data-testid="reader-caret"
            className="pointer-events-none absolute w-0.5 animate-pulse bg-stone-900"
            style={{ left: caret.left, top: caret.top, height: caret.height }}
          />
        )}
        <p aria-live="polite" className="mt-3 text-sm text-stone-700" data-testid="selection-hint">
          {selection && props.canCreate && !props.reattach
            ? `Selected ${selection.end - selection.start} characters. Press Enter to create a claim from them.`
            : ""}
        </p>
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
            // A changed selection (Shift+arrows grow it a key at a time) starts the statement afresh from it.
            key={`${selection.start}-${selection.end}`}
            slug={props.slug}
            documentId={props.documentId}
            versionId={props.versionId}
            selection={selection}
            claimants={props.claimants}
            onCancel={() => setSelection(null)}
            onCreated={(id) => {
              setSelection(null);
              // Back to the text, so a keyboard user carries on where they were.
              textRef.current?.focus({ preventScroll: true });
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
              <li
                key={c.id}
                id={`claim-item-${c.id}`}
                className={`flex items-start gap-2 rounded px-2 py-1 text-sm ${selected === c.id ? "bg-amber-200" : ""}`}
              >
                <span className="flex-1">
                  <a href={`/desk/${props.slug}/claims/${c.id}`}>{c.headline}</a>
                  <span className="block text-xs text-stone-600">
                    {c.claimant ?? "no claimant"} · {label("ClaimStatus", c.status)}
                  </span>
                </span>
                <button
                  type="button"
                  aria-pressed={selected === c.id}
                  aria-label={`Show in text: ${c.headline}`}
                  onClick={() => selectClaim(c.id, "text")}
                  className="shrink-0 rounded border border-stone-400 px-1 text-xs hover:bg-stone-100"
                >
                  show
                </button>
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
