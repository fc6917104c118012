// When two citations name the same work (docs/ARCHITECTURE.md, Contracts: sources dedupe across documents):
// same normalized URL, same DOI or ISBN, or same normalized title and year.
import { normalizeUrl } from "./parse";

export interface SourceKeys {
  url?: string | null;
  doi?: string | null;
  isbn?: string | null;
  title?: string | null;
  date?: string | null;
}

export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export const normalizeDoi = (doi: string) =>
  doi
    .trim()
    .toLowerCase()
    .replace(/^(https?:\/\/(dx\.)?doi\.org\/|doi:)/, "");
export const normalizeIsbn = (isbn: string) => isbn.replace(/[^0-9xX]/g, "").toUpperCase();
const yearOf = (date?: string | null) => date?.match(/\b(1[5-9]\d\d|20\d\d)\b/)?.[1] ?? "";

/** Every key under which this source can be recognised again. */
export function matchKeys(s: SourceKeys): string[] {
  const keys: string[] = [];
  // http and https name the same work.
  if (s.url) keys.push(`url:${normalizeUrl(s.url).replace(/^https?:\/\//i, "")}`);
  if (s.doi) keys.push(`doi:${normalizeDoi(s.doi)}`);
  if (s.isbn && normalizeIsbn(s.isbn).length >= 10) keys.push(`isbn:${normalizeIsbn(s.isbn)}`);
  const title = s.title ? normalizeTitle(s.title) : "";
  const year = yearOf(s.date);
  // A short undated title ("Reuters", "Statement") names too many works to merge on.
  if (title && (year || title.length >= 24)) keys.push(`title:${title}|${year}`);
  return keys;
}

/** An index of known sources by their keys; `find` returns the first id that shares a key. */
export class SourceIndex {
  private byKey = new Map<string, string>();
  add(id: string, s: SourceKeys): void {
    for (const k of matchKeys(s)) if (!this.byKey.has(k)) this.byKey.set(k, id);
  }
  find(s: SourceKeys): string | undefined {
    for (const k of matchKeys(s)) {
      const id = this.byKey.get(k);
      if (id) return id;
    }
    return undefined;
  }
}
