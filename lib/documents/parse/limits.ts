// What a document may hold, checked by one linear scan before any parser runs. wikiparser-node
// (a real MediaWiki parser) costs about a millisecond per <ref> and grows faster than linearly
// with template nesting and heading count, and the hand-written parsers have per-line work that a
// hostile document multiplies; past these limits the import is refused with the limit's name,
// quickly, instead of stalling the server. The limits sit far above real articles (the longest
// Wikipedia articles have under 1,000 references and a few hundred sections).
import { AppError } from "@/lib/errors";
import type { DocumentFormat } from "./types";

export const DOCUMENT_LIMITS = {
  /** <ref>s, Markdown footnote references and endnote markers. */
  citations: 2_000,
  /** Headings (sections). */
  sections: 2_000,
  /** Templates or links inside templates or links ({{a|{{b|…}}}}). */
  nesting: 20,
  /** Wikitext links and templates ([[…]], {{…}}) in all (about half a millisecond each to parse). */
  wikiMarkup: 10_000,
  /** Markdown `[`s in all: the inline scan looks a bounded distance ahead of each. */
  brackets: 20_000,
};

const fmt = (n: number) => n.toLocaleString("en");

function refuse(what: string, count: number, limit: number, key: keyof typeof DOCUMENT_LIMITS): never {
  throw new AppError(
    "unprocessable",
    `document has ${count > limit * 10 ? "over " + fmt(limit * 10) : fmt(count)} ${what}; the limit is ${fmt(limit)}`,
    {
      field: "text",
      limit: key,
    },
  );
}

function countMatches(text: string, re: RegExp, stopAt: number): number {
  let n = 0;
  for (const _ of text.matchAll(re)) if (++n > stopAt) break;
  return n;
}

/** Deepest nesting of `{{`/`[[` pairs (wikitext), scanning once. */
export function wikiNestingDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if ((c === 123 || c === 91) && text.charCodeAt(i + 1) === c) {
      depth++;
      i++;
      if (depth > max && (max = depth) > stopAt) return max;
    } else if ((c === 125 || c === 93) && text.charCodeAt(i + 1) === c) {
      if (depth > 0) depth--;
      i++;
    }
  }
  return max;
}

/** Throws an `unprocessable` AppError naming the limit a document of `format` exceeds. */
export function assertWithinLimits(text: string, format: DocumentFormat): void {
  const L = DOCUMENT_LIMITS;
  if (format === "wikitext") {
    const refs = countMatches(text, /<ref[\s>/]/gi, L.citations * 10);
    if (refs > L.citations) refuse("<ref> citations", refs, L.citations, "citations");
    const headings = countMatches(text, /^=[^\n]*=[ \t]*$/gm, L.sections * 10);
    if (headings > L.sections) refuse("headings", headings, L.sections, "sections");
    const depth = wikiNestingDepth(text, L.nesting);
    if (depth > L.nesting) refuse("levels of nested templates or links", depth, L.nesting, "nesting");
    const markup = countMatches(text, /\{\{|\[\[/g, L.wikiMarkup * 10);
    if (markup > L.wikiMarkup) refuse("templates and links", markup, L.wikiMarkup, "wikiMarkup");
  } else if (format === "markdown") {
    const notes = countMatches(text, /\[\^/g, L.citations * 20);
    // Each footnote is referenced and defined: count the pairs.
    if (notes > L.citations * 2) refuse("footnote references and definitions", notes, L.citations * 2, "citations");
    const headings = countMatches(text, /^ {0,3}#{1,6}(?:[ \t]|$)/gm, L.sections * 10);
    if (headings > L.sections) refuse("headings", headings, L.sections, "sections");
    const brackets = countMatches(text, /\[/g, L.brackets * 10);
    if (brackets > L.brackets) refuse("link or image brackets", brackets, L.brackets, "brackets");
  } else if (format === "endnotes") {
    const markers = countMatches(text, /\[\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\]/g, L.citations * 10);
    if (markers > L.citations) refuse("endnote markers", markers, L.citations, "citations");
  }
}
