import type { Block } from "@/lib/documents/blocks";

const HEADING = ["h2", "h2", "h2", "h3", "h4", "h5", "h6"] as const;
const HEADING_CLASS = ["", "text-2xl", "text-xl", "text-lg", "text-base", "text-base italic", "text-sm"];

/** The document's text as blocks, with citation markers that jump to the sources panel. */
export function DocumentText({ blocks, sourceHref }: { blocks: Block[]; sourceHref: (sourceId: string) => string }) {
  return (
    <div className="space-y-3 leading-relaxed" data-testid="document-text">
      {blocks.map((b) => {
        const content = b.segments.map((s, i) =>
          s.kind === "text" ? (
            <span key={i} data-start={s.start}>
              {s.text}
            </span>
          ) : (
            <sup key={i}>
              <a
                href={sourceHref(s.citation.sourceId)}
                className="citation-marker px-0.5 text-xs"
                aria-label={`source ${s.n}`}
              >
                [{s.n}]
              </a>
            </sup>
          ),
        );
        if (b.kind === "heading") {
          const Tag = HEADING[Math.min(b.level, 6)];
          return (
            <Tag key={b.start} className={`mt-6 font-semibold ${HEADING_CLASS[Math.min(b.level, 6)]}`}>
              {content}
            </Tag>
          );
        }
        if (b.kind === "quote")
          return (
            <blockquote key={b.start} className="border-l-4 border-stone-300 pl-4 italic text-stone-700">
              {content}
            </blockquote>
          );
        if (b.kind === "item")
          return (
            <p key={b.start} className="pl-4">
              {content}
            </p>
          );
        return <p key={b.start}>{content}</p>;
      })}
    </div>
  );
}
