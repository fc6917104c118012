// Step 4 of re-anchoring: approximate matches of the quote (Myers' bit-parallel algorithm via
// approx-string-match), scored like exact ones but with a quote score below 1.
import search from "approx-string-match";
import type { Anchor } from "./anchor";
import { scoreCandidate, type ScoredCandidate } from "./score";
import { collapseWhitespace } from "./similarity";

/** Allowed edit errors as a share of the quote length; more would match unrelated sentences. */
export const MAX_ERROR_RATE = 0.25;
/** Hard cap so a paragraph-long quote stays cheap (cost grows with errors / 32 per text char). */
export const MAX_ERRORS = 256;

export function maxErrorsFor(quote: string): number {
  return Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATE));
}

/**
 * approx-string-match only reports the matches with the lowest error count in the searched text,
 * so a verbatim copy elsewhere would hide a lightly edited passage at the original spot.
 * Searching small overlapping chunks yields the best matches of every region instead.
 */
function chunkedSearch(text: string, quote: string, maxErrors: number, from: number, to: number) {
  const size = Math.max(2 * quote.length, 256);
  const overlap = quote.length + maxErrors; // any match fits entirely inside some chunk
  const out: { start: number; end: number; errors: number }[] = [];
  for (let at = from; at < to; at += size) {
    const chunkEnd = Math.min(to, at + size + overlap);
    for (const m of search(text.slice(at, chunkEnd), quote, maxErrors)) {
      out.push({ start: m.start + at, end: m.end + at, errors: m.errors });
    }
    if (chunkEnd === to) break;
  }
  return out;
}

/** Scored approximate candidates inside text[from, to). */
export function fuzzyCandidates(
  text: string,
  old: Anchor,
  hint: number,
  from = 0,
  to = text.length,
): ScoredCandidate[] {
  const quote = old.exact;
  const maxErrors = maxErrorsFor(quote);
  if (maxErrors === 0 || to - from < quote.length - maxErrors) return [];
  const seen = new Set<string>();
  const collapsed = collapseWhitespace(quote);
  const out: ScoredCandidate[] = [];
  for (const m of chunkedSearch(text, quote, maxErrors, from, to)) {
    const key = `${m.start}:${m.end}`;
    if (m.end <= m.start || seen.has(key)) continue;
    seen.add(key);
    // Reflowed whitespace is not a change of wording, so it keeps a perfect quote score.
    const sameWords = collapseWhitespace(text.slice(m.start, m.end)) === collapsed;
    const quoteScore = sameWords ? 1 : 1 - m.errors / quote.length;
    out.push(scoreCandidate(text, { start: m.start, end: m.end, quoteScore }, old, hint));
  }
  return out;
}

/** Window searched first, around the expected position, before falling back to the whole text. */
export function nearWindow(textLength: number, hint: number, quoteLength: number): { from: number; to: number } {
  const pad = Math.max(2 * quoteLength, 1024);
  return { from: Math.max(0, hint - pad), to: Math.min(textLength, hint + quoteLength + pad) };
}
