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

// Word prefixes of a title indexed for the shortened-title match; a title is rarely longer.
const MAX_INDEXED_WORDS = 40;

/** The title's word prefixes of at least 3 words (the shortened forms it may appear as), and itself. */
function titleKeys(title: string): string[] {
  const words = title.split(" ");
  const keys = [title];
  for (let n = 3; n < Math.min(words.length, MAX_INDEXED_WORDS); n++) keys.push(words.slice(0, n).join(" "));
  return keys;
}

interface Indexed {
  source: ParsedSource;
  order: number;
  url?: string;
  title: string;
}

export class NoteSources {
  readonly sources: ParsedSource[] = [];
  // Indexes instead of a scan of every earlier source per note: thousands of notes stay linear.
  private readonly byUrl = new Map<string, Indexed>();
  private readonly byTitleKey = new Map<string, Indexed[]>();

  /** Returns the key of the source this note names, adding a new source when it repeats none. */
  add(key: string, fields: SourceFields, raw: string): string {
    const found = this.find(fields);
    if (found) {
      const match = found.source;
      for (const f of FILLABLE) if (!match[f] && fields[f]) match[f] = fields[f];
      if (match.url && !found.url) {
        // A later note gave this source its URL: later notes may now match it by that URL.
        found.url = normalizeUrl(match.url);
        if (!this.byUrl.has(found.url)) this.byUrl.set(found.url, found);
      }
      return match.key;
    }
    const source: ParsedSource = { ...fields, key, raw };
    const entry: Indexed = {
      source,
      order: this.sources.length,
      url: source.url ? normalizeUrl(source.url) : undefined,
      title: source.title ? normTitle(source.title) : "",
    };
    this.sources.push(source);
    if (entry.url && !this.byUrl.has(entry.url)) this.byUrl.set(entry.url, entry);
    if (entry.title) {
      for (const k of titleKeys(entry.title)) {
        const list = this.byTitleKey.get(k);
        if (list) list.push(entry);
        else this.byTitleKey.set(k, [entry]);
      }
    }
    return key;
  }

  private find(f: SourceFields): Indexed | undefined {
    const url = f.url ? normalizeUrl(f.url) : undefined;
    if (url) {
      const byUrl = this.byUrl.get(url);
      if (byUrl) return byUrl;
    }
    const title = f.title ? normTitle(f.title) : "";
    if (!title) return undefined;
    // Candidates: earlier titles equal to this one, cut short from it, or that it cuts short.
    const candidates = new Set<Indexed>();
    for (const k of titleKeys(title)) for (const e of this.byTitleKey.get(k) ?? []) candidates.add(e);
    const ordered = [...candidates].sort((a, b) => a.order - b.order);
    return ordered.find((e) => {
      const s = e.source;
      if (!sameTitle(e.title, title)) return false;
      // Same title but evidently another work: different URL, first author or year.
      if (url && e.url && e.url !== url) return false;
      const [sa, fa] = [surname(s.authors[0]), surname(f.authors[0])];
      if (sa && fa && sa !== fa) return false;
      const [sy, fy] = [year(s.date), year(f.date)];
      return !(sy && fy && sy !== fy);
    });
  }
}
