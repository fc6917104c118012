import type { DiffPart } from "@/lib/publishing/textdiff";

/** A word diff as text: removed words struck in <del>, added ones in <ins>. React escapes every part. */
export function TextDiff({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    // A named group (a paragraph cannot carry a name) so assistive tech announces what changed.
    <div
      role="group"
      className="rounded border border-stone-300 bg-white p-3 leading-relaxed whitespace-pre-wrap"
      aria-label={label}
      data-testid="text-diff"
    >
      {parts.map((p, i) =>
        p.op === "insert" ? (
          <ins key={i} className="bg-green-100 text-green-950 underline">
            <span className="sr-only">[added: </span>
            {p.text}
            <span className="sr-only">]</span>
          </ins>
        ) : p.op === "delete" ? (
          <del key={i} className="bg-red-100 text-red-950">
            <span className="sr-only">[removed: </span>
            {p.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}
