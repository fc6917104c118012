// A new import's title and publication metadata, read from the document itself: wikitext's
// {{DISPLAYTITLE:…}} or a level-1 heading, Markdown's first `#` heading (or front matter), an
// essay's title line. Works on the raw text, before and apart from the parsers, so the rule lives
// in one place. Returns null fields where the document does not say; the caller falls back to the
// file name.
import { z } from "zod";

export type TitleFormat = "wikitext" | "endnotes" | "markdown" | "text";

export interface DocumentMetadata {
  originalUrl?: string;
  author?: string;
  publisher?: string;
  datePublished?: string;
  language?: string;
  licence?: string;
}

export interface DocumentTitle {
  title: string | null;
  metadata: DocumentMetadata;
}

const TITLE_MAX = 300;

/** Markup a title line may carry that is not part of the title. */
function cleanTitle(s: string): string | null {
  const t = s
    .replace(/<[^>]+>/g, "")
    .replace(/\[\[(?:[^|\]]*\|)?([^\]]*)\]\]/g, "$1")
    .replace(/'{2,}/g, "")
    .replace(/[*_`]{1,3}([^*_`]+)[*_`]{1,3}/g, "$1")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return t ? t.slice(0, TITLE_MAX) : null;
}

// `{{Use British English|date=…}}`: the article's variety of English, so its language is English.
const WIKI_ENGLISH = /\{\{\s*use\s+[a-z ]*english\b/i;
// Partial ISO dates only ("2007", "2007-09", "2007-09-09"): what the column promises.
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const url = z.url({ protocol: /^https?$/ });

function wikitextTitle(raw: string): DocumentTitle {
  const display = /\{\{\s*DISPLAYTITLE\s*:\s*([^}|]+)/i.exec(raw)?.[1];
  // A level-1 heading (`= Title =`) is the page title; `==…==` are sections, never a title.
  const heading = /^=(?!=)\s*(.+?)\s*=\s*$/m.exec(raw)?.[1];
  return {
    title: cleanTitle(display ?? heading ?? ""),
    metadata: WIKI_ENGLISH.test(raw) ? { language: "en" } : {},
  };
}

/** YAML-style front matter: only flat `key: value` lines are read (no YAML library needed for that). */
function frontMatter(raw: string): { fields: Record<string, string>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (!m) return { fields: {}, body: raw };
  const fields: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_-]+)\s*:\s*(.+)$/.exec(line);
    if (kv) fields[kv[1].toLowerCase()] = kv[2].trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return { fields, body: raw.slice(m[0].length) };
}

function markdownTitle(raw: string): DocumentTitle {
  const { fields, body } = frontMatter(raw);
  const atx = /^#(?!#)\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
  const setext = /^(\S[^\n]*)\r?\n=+\s*$/m.exec(body)?.[1];
  const metadata: DocumentMetadata = {};
  if (fields.author) metadata.author = fields.author.slice(0, 300);
  if (fields.publisher) metadata.publisher = fields.publisher.slice(0, 300);
  if (fields.date && ISO_DATE.test(fields.date)) metadata.datePublished = fields.date;
  const lang = fields.lang ?? fields.language;
  if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) metadata.language = lang;
  const link = fields.url ?? fields.source ?? fields.canonical;
  if (link && url.safeParse(link).success) metadata.originalUrl = link;
  if (fields.license ?? fields.licence) metadata.licence = (fields.license ?? fields.licence)!.slice(0, 200);
  return { title: cleanTitle(fields.title ?? atx ?? setext ?? ""), metadata };
}

/** An essay's title line: its first line when that stands alone, is short and is not a sentence. */
function essayTitle(raw: string): DocumentTitle {
  const lines = raw.replace(/^\uFEFF/, "").split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim());
  if (first < 0) return { title: null, metadata: {} };
  const line = lines[first].trim();
  const standsAlone = !lines[first + 1]?.trim();
  const looksLikeTitle = line.length <= 200 && !/[.;,]$/.test(line) && !/\[\d+\]/.test(line);
  const metadata: DocumentMetadata = {};
  // "By Jane Doe" on the next non-empty line is the author.
  const next = lines
    .slice(first + 1)
    .find((l) => l.trim())
    ?.trim();
  const by = next && /^by\s+([^\d,;]{2,120})$/i.exec(next)?.[1];
  if (by) metadata.author = by.trim();
  return { title: standsAlone && looksLikeTitle ? cleanTitle(line) : null, metadata };
}

/** The title and metadata the document states; `format` is the detected (not "auto") format. */
export function documentTitle(raw: string, format: TitleFormat): DocumentTitle {
  if (format === "wikitext") return wikitextTitle(raw);
  if (format === "markdown") return markdownTitle(raw);
  return essayTitle(raw);
}

/** A file name as a title: no directory, no extension, separators as spaces. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base.replace(/\.[^.]+$/, "") || base;
  return (stem.replace(/[_]+/g, " ").trim() || "Untitled").slice(0, TITLE_MAX);
}
