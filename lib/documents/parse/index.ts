// Document parsers: wikitext, endnote essays, markdown and plain text → the reader's plain text
// plus sections, sources, citations (offsets into that text), maintenance flags, quotations and
// warnings. Pure: no database, no I/O. Never throws on malformed input; refuses (AppError,
// unprocessable) input past DOCUMENT_LIMITS before parsing, so no document can stall the server.
import { detectFormat } from "./detect";
import { assertWithinLimits } from "./limits";
import { parseEndnotes } from "./endnotes";
import { parseMarkdown } from "./markdown";
import { parseText } from "./text";
import type { DocumentFormat, ParsedDocument } from "./types";
import { AppError } from "@/lib/errors";
import { assertNotRedirect, parseWikitext } from "./wikitext";

export type {
  DocumentFormat,
  ParsedCitation,
  ParsedDocument,
  ParsedFlag,
  ParsedMark,
  ParsedSection,
  ParsedSource,
  ParseWarning,
} from "./types";
export { detectFormat } from "./detect";
export { normalizeUrl } from "./url";
export { DOCUMENT_LIMITS } from "./limits";

const PARSERS: Record<DocumentFormat, (input: string) => ParsedDocument> = {
  wikitext: (input) => parseWikitext(input),
  endnotes: parseEndnotes,
  markdown: parseMarkdown,
  text: parseText,
};

export function parseDocument(text: string, format: DocumentFormat | "auto" = "auto"): ParsedDocument {
  const input = String(text ?? "").replace(/\r\n?/g, "\n");
  const chosen = format === "auto" || !(format in PARSERS) ? detectFormat(input) : format;
  if (chosen === "wikitext" || format === "auto") assertNotRedirect(input);
  assertWithinLimits(input, chosen);
  try {
    return PARSERS[chosen](input);
  } catch (err) {
    if (err instanceof AppError) throw err;
    // Last resort (a parser bug, not bad input): keep the words, say what happened.
    const doc = parseText(input);
    const message = `${chosen} parser failed (${err instanceof Error ? err.message : String(err)}); imported as plain text`;
    return { ...doc, format: chosen, warnings: [{ code: "parser_error", message, position: 0 }] };
  }
}
