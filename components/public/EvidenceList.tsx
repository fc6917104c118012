import { RELIABILITY_LABELS, label } from "@/lib/labels";
import { safeHref } from "@/lib/publishing/visibility";

export interface PublicEvidence {
  id: string;
  excerpt: string | null;
  excerptKind?: "quote" | "summary";
  locator: string | null;
  strength: string;
  source: {
    id: string;
    title: string;
    chapter: string | null;
    authors: string[];
    publisher: string | null;
    date: string | null;
    url: string | null;
    archiveUrl: string | null;
    type: string;
    reliability: number | null;
    reliabilityRationale: string | null;
  };
}

export function reliabilityText(r: number | null): string {
  return r === null ? "Reliability not yet rated" : `Reliability ${r}/5: ${RELIABILITY_LABELS[r] ?? "unknown"}`;
}

/** One stance's evidence: source, its reliability label, the excerpt and where it is. */
export function EvidenceList({ items, empty }: { items: PublicEvidence[]; empty: string }) {
  if (!items.length) return <p className="text-sm text-stone-700">{empty}</p>;
  return (
    <ul className="space-y-4">
      {items.map((e) => {
        const s = e.source;
        const href = safeHref(s.url);
        const archive = safeHref(s.archiveUrl);
        return (
          <li key={e.id} className="rounded border border-stone-200 bg-white p-3 text-sm">
            <p>
              <cite className="font-semibold not-italic">
                {href ? (
                  <a href={href} rel="nofollow noopener noreferrer">
                    {s.title}
                  </a>
                ) : (
                  s.title
                )}
              </cite>
              {s.chapter && <span> — “{s.chapter}”</span>}
              {s.authors.length > 0 && <span>, {s.authors.join("; ")}</span>}
              {s.publisher && <span>, {s.publisher}</span>}
              {s.date && <span>, {s.date}</span>}
              {archive && (
                <span>
                  {" "}
                  (
                  <a href={archive} rel="nofollow noopener noreferrer">
                    archived copy
                  </a>
                  )
                </span>
              )}
            </p>
            <p className="mt-1 text-stone-700">
              {label("SourceType", s.type)} · {reliabilityText(s.reliability)} ·{" "}
              {label("Strength", e.strength).toLowerCase()} evidence
              {e.locator && <> · {e.locator}</>}
            </p>
            {e.excerpt && <Excerpt text={e.excerpt} kind={e.excerptKind} />}
            {s.reliabilityRationale && <p className="mt-2 text-stone-700">Why this rating: {s.reliabilityRationale}</p>}
          </li>
        );
      })}
    </ul>
  );
}

/** A quote is the source's words, shown as a quotation; a summary is labelled as the desk's words. */
export function Excerpt({
  text,
  kind,
  className = "mt-2",
}: {
  text: string;
  kind?: "quote" | "summary" | string | null;
  className?: string;
}) {
  if (kind === "summary") {
    return (
      <p className={`${className} border-l-4 border-stone-200 pl-3`} data-excerpt-kind="summary">
        <span className="font-semibold">Summary (not a quotation):</span> {text}
      </p>
    );
  }
  return (
    <blockquote className={`${className} border-l-4 border-stone-300 pl-3 italic`} data-excerpt-kind="quote">
      <span className="sr-only">Quotation: </span>“{text}”
    </blockquote>
  );
}
