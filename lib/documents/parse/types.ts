// Shapes shared by every format parser. Kept apart from index.ts so the format modules can
// import them without importing each other through the barrel.

export type DocumentFormat = "wikitext" | "endnotes" | "markdown" | "text";

export interface ParsedSource {
  /** Stable within one document: ref name, note number / footnote id, or "ref-<hash>" of unnamed ref content. */
  key: string;
  title?: string;
  chapter?: string;
  authors: string[];
  /** ISO "YYYY-MM-DD" / "YYYY-MM" / "YYYY" when parseable, else as written ("Winter–Spring 2003"). */
  date?: string;
  /** Best available container: work / newspaper / journal / website, else publisher, else agency. */
  publisher?: string;
  url?: string;
  archiveUrl?: string;
  archiveDate?: string;
  isbn?: string;
  doi?: string;
  page?: string;
  accessDate?: string;
  /** From the citation template name ("web", "news", "book", "journal", "report"...); absent for free text. */
  kind?: string;
  /** The source as written: ref inner wikitext, note text, footnote definition. */
  raw: string;
}

export interface ParsedCitation {
  sourceKey: string;
  /** Offset in ParsedDocument.text where the ref / marker stood (markers are removed from text). */
  position: number;
  refName?: string;
  /** Note number or footnote id as printed ("9" for the second half of "[9-10]"). */
  label?: string;
}

export interface ParsedSection {
  title: string;
  /** 1 = document title; wikitext "==" = 2, "===" = 3 ...; markdown "#" = 1. */
  level: number;
  /** start = offset of the heading line; end = end of the section's last text before the next heading of same or higher level. */
  start: number;
  end: number;
}

export interface ParsedFlag {
  /** Normalized kind: "citation needed", "essay-like", "original research", "clarify"... */
  kind: string;
  /** Template name as written. */
  template: string;
  /** Offset in text. */
  position: number;
  /** Title of the innermost section containing position. */
  section?: string;
}

export interface ParseWarning {
  code: string;
  message: string;
  /** Offset in the RAW input (the text handed to parseDocument, after CRLF → LF), where the problem is. */
  position: number;
}

/** Bold or italic text: a range of ParsedDocument.text (end exclusive). */
export interface ParsedMark {
  kind: "bold" | "italic";
  start: number;
  end: number;
}

export interface ParsedDocument {
  format: DocumentFormat;
  text: string;
  sections: ParsedSection[];
  sources: ParsedSource[];
  citations: ParsedCitation[];
  flags: ParsedFlag[];
  warnings: ParseWarning[];
  quotations: { start: number; end: number }[];
  /** Bold and italic ranges, in text order (wikitext only for now). */
  marks?: ParsedMark[];
}
