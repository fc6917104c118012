// Guesses a document's format from unmistakable markup, most specific first.
import { findNotesHeading, NOTE_LINE } from "./endnotes";
import { splitLines } from "./text";
import type { DocumentFormat } from "./types";

const WIKITEXT = /<ref[\s>/]|\{\{|\[\[|'''|^={2,6}[^=\n].*?={2,6}[ \t]*$/im;
// Bounded repeats: with `+`, each of 64,000 unclosed `[` scanned to the end of the line (quadratic).
const MARKDOWN = /^#{1,6}[ \t]+\S|\[\^[^\]\s]{1,100}\]|\[[^\]\n]{1,300}\]\([^)\s]{1,2000}\)|\*\*[^*\n]{1,300}\*\*/m;

export function detectFormat(text: string): DocumentFormat {
  if (WIKITEXT.test(text)) return "wikitext";
  if (/\[\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\]/.test(text)) {
    const lines = splitLines(text.replace(/\r\n?/g, "\n"));
    const h = findNotesHeading(lines);
    // Markers must appear in the body, before the notes heading, not only in the notes list.
    if (
      h > 0 &&
      lines.slice(0, h).some((l) => /\[\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\]/.test(l.text) && !NOTE_LINE.test(l.text))
    )
      return "endnotes";
  }
  if (MARKDOWN.test(text)) return "markdown";
  return "text";
}
