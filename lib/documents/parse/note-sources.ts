// Collects the sources of a notes list (endnotes, markdown footnotes), folding notes that repeat
// an earlier source — same URL, same title, or a shortened title ("“Title,” Publisher.") — into
// the first note's source, as a reader of the notes would.
import type { SourceFields } from "./citation-text";
import type { ParsedSource } from "./types";
import { normalizeUrl } from "./url";

const normTitle = (t: string) =>
  t
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function surname(author: string | undefined): string | undefined {
  if (!author) return undefined;
  const a = author.trim().toLowerCase();
  return a.includes(",") ? a.split(",")[0].trim() : a.split(/\s+/).pop();
}

const year = (d?: string) => d?.match(/\b(1[5-9]\d\d|20\d\d)\b/)?.[1];

/** True when b's title equals a's, or is a's title cut short at a word boundary (at least 3 words). */
function sameTitle(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.split(" ").length >= 3 && long.startsWith(`${short} `);
}

// Fields a later, fuller note may add to the source it repeats (never title or authors: a short
// form's "author" is often the publisher, as in "U.S. Department of State, “Title.”").
const FILLABLE = ["url", "archiveUrl", "archiveDate", "date", "publisher", "isbn", "doi", "accessDate"] as const;

export class NoteSources {
  readonly sources: ParsedSource[] = [];

  /** Returns the key of the source this note names, adding a new source when it repeats none. */
  add(key: string, fields: SourceFields, raw: string): string {
    const match = this.find(fields);
    if (match) {
      for (const f of FILLABLE) if (!match[f] && fields[f]) match[f] = fields[f];
      return match.key;
    }
    this.sources.push({ ...fields, key, raw });
    return key;
  }

  private find(f: SourceFields): ParsedSource | undefined {
    const url = f.url ? normalizeUrl(f.url) : undefined;
    if (url) {
      const byUrl = this.sources.find((s) => s.url && normalizeUrl(s.url) === url);
      if (byUrl) return byUrl;
    }
    const title = f.title ? normTitle(f.title) : "";
    if (!title) return undefined;
    return this.sources.find((s) => {
      if (!s.title || !sameTitle(normTitle(s.title), title)) return false;
      // Same title but evidently another work: different URL, first author or year.
      if (url && s.url && normalizeUrl(s.url) !== url) return false;
      const [sa, fa] = [surname(s.authors[0]), surname(f.authors[0])];
      if (sa && fa && sa !== fa) return false;
      const [sy, fy] = [year(s.date), year(f.date)];
      return !(sy && fy && sy !== fy);
    });
  }
}
