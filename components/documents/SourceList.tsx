interface SourceItem {
  id: string;
  title: string;
  authors: string[];
  publisher: string | null;
  date: string | null;
  url: string | null;
  archiveUrl: string | null;
  chapter: string | null;
  page: string | null;
}

/** Numbered list of cited sources; ids match the reader's citation markers. */
export function SourceList({ sources }: { sources: SourceItem[] }) {
  if (!sources.length) return <p className="mt-2 text-sm">This document cites no sources.</p>;
  return (
    <ol className="mt-2 list-decimal space-y-2 pl-6 text-sm">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`} className="target:bg-yellow-100">
          {s.authors.length > 0 && <span>{s.authors.join("; ")}. </span>}
          {s.chapter && <span>“{s.chapter}”, in </span>}
          <cite>
            {s.url ? (
              <a href={safeHref(s.url)} rel="noopener noreferrer nofollow">
                {s.title}
              </a>
            ) : (
              s.title
            )}
          </cite>
          {s.publisher && <span>. {s.publisher}</span>}
          {s.date && <span>, {s.date}</span>}
          {s.page && <span>, p. {s.page}</span>}
          {s.archiveUrl && (
            <span>
              {" "}
              (
              <a href={safeHref(s.archiveUrl)} rel="noopener noreferrer nofollow">
                archived
              </a>
              )
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Only http(s) links leave the page; anything else (javascript:, data:) renders inert. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
