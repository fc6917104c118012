import { safeHref } from "@/lib/publishing/visibility";
import { reliabilityText, type PublicEvidence } from "./EvidenceList";

/** The document's cited sources in citation-number order; ids match the citation markers. */
export function SourceList({ sources }: { sources: (PublicEvidence["source"] & { page: string | null })[] }) {
  if (!sources.length) return <p className="mt-2 text-sm">This document cites no sources.</p>;
  return (
    <ol className="mt-2 list-decimal space-y-2 pl-6 text-sm">
      {sources.map((s) => {
        const href = safeHref(s.url);
        const archive = safeHref(s.archiveUrl);
        return (
          <li key={s.id} id={`source-${s.id}`} className="scroll-mt-4 target:bg-yellow-100">
            {s.authors.length > 0 && <span>{s.authors.join("; ")}. </span>}
            {s.chapter && <span>“{s.chapter}”, in </span>}
            <cite>
              {href ? (
                <a href={href} rel="nofollow noopener noreferrer" className="underline">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
            </cite>
            {s.publisher && <span>. {s.publisher}</span>}
            {s.date && <span>, {s.date}</span>}
            {s.page && <span>, p. {s.page}</span>}
            {archive && (
              <span>
                {" "}
                (
                <a href={archive} rel="nofollow noopener noreferrer" className="underline">
                  archived
                </a>
                )
              </span>
            )}
            <span className="block text-stone-600">{reliabilityText(s.reliability)}</span>
          </li>
        );
      })}
    </ol>
  );
}
