// Step 3 of re-anchoring: every exact occurrence of the quote, scored by context and position.
import type { Anchor } from "./anchor";
import { scoreCandidate, type ScoredCandidate } from "./score";

/** Above this many occurrences only the most promising are scored (short quotes like "the"). */
const MAX_SCORED = 200;

export function findOccurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  if (!quote) return out;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Scores the exact occurrences. With very many (a one-word quote) the edit-distance scoring of
 * each would dominate the run time, so they are pre-ranked by how many context characters match
 * verbatim next to the quote, plus the nearest ones to the expected position.
 */
export function exactCandidates(text: string, old: Anchor, hint: number): ScoredCandidate[] {
  const len = old.exact.length;
  let starts = findOccurrences(text, old.exact);
  if (starts.length > MAX_SCORED) {
    const half = MAX_SCORED / 2;
    const contextual = starts
      .map((s) => ({
        s,
        k:
          commonSuffixLength(old.prefix, text.slice(Math.max(0, s - old.prefix.length), s)) +
          commonPrefixLength(old.suffix, text.slice(s + len, s + len + old.suffix.length)),
      }))
      .sort((a, b) => b.k - a.k || a.s - b.s)
      .slice(0, half)
      .map((x) => x.s);
    const nearest = [...starts].sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint) || a - b).slice(0, half);
    starts = [...new Set([...contextual, ...nearest])];
  }
  return starts.map((s) => scoreCandidate(text, { start: s, end: s + len, quoteScore: 1 }, old, hint));
}
