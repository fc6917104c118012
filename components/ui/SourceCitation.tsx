// One cited source as a reference-list entry (desk and public document pages): authors, chapter,
// title (a link only for http(s) URLs), publisher, date, page and the archived copy.
import { safeHref } from "@/lib/publishing/visibility";

export interface CitedSource {
  title: string;
  authors: string[];
  publisher: string | null;
  date: string | null;
  url: string | null;
  archiveUrl: string | null;
  chapter: string | null;
  page: string | null;
}

export function SourceCitation({ source: s, linkClassName }: { source: CitedSource; linkClassName?: string }) {
  const href = safeHref(s.url);
  const archive = safeHref(s.archiveUrl);
  return (
    <>
      {s.authors.length > 0 && <span>{s.authors.join("; ")}. </span>}
      {s.chapter && <span>“{s.chapter}”, in </span>}
      <cite>
        {href ? (
          <a href={href} rel="nofollow noopener noreferrer" className={linkClassName}>
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
          <a href={archive} rel="nofollow noopener noreferrer" className={linkClassName}>
            archived
          </a>
          )
        </span>
      )}
    </>
  );
}
