import type { ReactNode } from "react";
import type { Block, Segment } from "@/lib/documents/blocks";
import { MarkedText } from "./MarkedText";

export type TextRun = Extract<Segment, { kind: "text" }>;

const HEADING = ["h2", "h2", "h2", "h3", "h4", "h5", "h6"] as const;
const HEADING_CLASS = ["", "text-2xl", "text-xl", "text-lg", "text-base", "text-base italic", "text-sm"];

/**
 * Text + claim highlights + marks: the one renderer of a document's blocks (lib/documents/blocks.ts),
 * used by the desk reader (components/claims/ClaimReader.tsx), the desk document view
 * (./DocumentText.tsx) and the public credibility view (components/public/AnnotatedDocument.tsx).
 * Each run keeps `data-s` = its start offset and holds one text node (inside its <strong>/<em>), which
 * the reader's selection mapping relies on (components/claims/selection.ts). Callers decide how a
 * highlighted run looks and behaves (`highlight`) and where a citation marker points (`citationHref`).
 */
export function AnnotatedText({
  blocks,
  citationHref,
  highlight,
}: {
  blocks: Block[];
  citationHref: (sourceId: string) => string;
  /** A run covered by at least one claim; without it, highlighted runs render as plain text. */
  highlight?: (run: TextRun, key: number) => ReactNode;
}) {
  const renderSegment = (s: Segment, i: number) => {
    if (s.kind === "citation")
      return (
        <sup key={i}>
          <a
            href={citationHref(s.citation.sourceId)}
            className="citation-marker px-0.5 text-xs"
            aria-label={`source ${s.n}`}
          >
            [{s.n}]
          </a>
        </sup>
      );
    if (s.claims.length && highlight) return highlight(s, i);
    return (
      <span key={i} data-s={s.start}>
        <MarkedText segment={s} />
      </span>
    );
  };
  return blocks.map((b) => {
    const content = b.segments.map(renderSegment);
    if (b.kind === "heading") {
      const level = Math.min(b.level, 6);
      const Tag = HEADING[level];
      return (
        <Tag key={b.start} className={`mt-6 font-semibold ${HEADING_CLASS[level] || "text-xl"}`}>
          {content}
        </Tag>
      );
    }
    if (b.kind === "quote")
      return (
        <blockquote key={b.start} className="border-l-4 border-stone-300 pl-4 italic text-stone-800">
          {content}
        </blockquote>
      );
    return (
      <p key={b.start} className={b.kind === "item" ? "pl-4" : undefined}>
        {content}
      </p>
    );
  });
}
