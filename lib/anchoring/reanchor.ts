// Finds an old anchor in a new version of the text. Cheapest evidence first:
//   1. same position, same quote                         -> anchored
//   2. position mapped through an old->new diff, quote intact -> reanchored (diff)
//   3. exact occurrences of the quote, best by context     -> reanchored (quote)
//   4. approximate matches near the expected spot, then everywhere -> fuzzy
// Anything that doesn't reach minScore is orphaned with its best candidate, never moved silently.
import { createAnchor, type Anchor } from "./anchor";
import { cachedPositionMapper, type PositionMapper } from "./diff-map";
import { exactCandidates } from "./exact";
import { fuzzyCandidates, nearWindow } from "./fuzzy";
import { best, scoreCandidate, type ScoredCandidate } from "./score";

export type ReanchorResult =
  | { status: "anchored"; anchor: Anchor; score: 1 }
  | { status: "reanchored"; anchor: Anchor; score: number; method: "diff" | "quote" }
  | { status: "fuzzy"; anchor: Anchor; score: number; exactChanged: true }
  | { status: "orphaned"; score: number; best?: { start: number; end: number; score: number } };

export interface ReanchorOptions {
  oldText?: string;
  minScore?: number;
  /** Internal: a mapper shared by reanchorAll; otherwise built from oldText (and memoized). */
  mapper?: PositionMapper;
}

/**
 * 0.75: an exact quote with intact context scores ~1; a word changed in a sentence with intact
 * context scores ~0.95; a deleted sentence whose best look-alike has ~20% errors and unrelated
 * context lands around 0.5-0.65. 0.75 sits between, and an exact quote needs at least one side of
 * context (or unique-long, below) to pass, so a common phrase elsewhere cannot capture the anchor.
 */
export const DEFAULT_MIN_SCORE = 0.75;

/**
 * A quote this long that occurs exactly once in the new text is accepted even if both sides of
 * its context were rewritten: a verbatim unique sentence is strong evidence on its own.
 */
export const UNIQUE_QUOTE_MIN_LENGTH = 20;

function orphan(cands: ScoredCandidate[]): ReanchorResult {
  const top = best(cands);
  if (!top) return { status: "orphaned", score: 0 };
  return { status: "orphaned", score: top.score, best: { start: top.start, end: top.end, score: top.score } };
}

function accept(newText: string, old: Anchor, c: ScoredCandidate, method: "diff" | "quote"): ReanchorResult {
  const anchor = createAnchor(newText, c.start, c.end);
  if (anchor.exact === old.exact) return { status: "reanchored", anchor, score: c.score, method };
  return { status: "fuzzy", anchor, score: c.score, exactChanged: true };
}

export function reanchor(oldAnchor: Anchor, newText: string, opts: ReanchorOptions = {}): ReanchorResult {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  if (!(minScore >= 0 && minScore <= 1)) throw new RangeError(`minScore must be within 0..1 (got ${minScore})`);
  const { exact, start, end } = oldAnchor;
  // Nothing to look for: an empty quote would "match" everywhere.
  if (exact.length === 0 || newText.length === 0) return { status: "orphaned", score: 0 };

  // 1. Unchanged at the same offsets.
  if (start >= 0 && end <= newText.length && newText.slice(start, end) === exact) {
    return { status: "anchored", anchor: createAnchor(newText, start, end), score: 1 };
  }

  // 2. Through the diff. Even when the quote no longer matches there, the mapped start is the
  // best guess of where the passage went, so it becomes the position hint for the searches.
  let hint = Math.min(Math.max(0, start), newText.length);
  const mapper = opts.mapper ?? (opts.oldText !== undefined ? cachedPositionMapper(opts.oldText, newText) : undefined);
  if (mapper) {
    const mapped = mapper(start, end);
    hint = Math.min(mapped.start, newText.length);
    if (newText.slice(mapped.start, mapped.end) === exact) {
      const c = scoreCandidate(newText, { ...mapped, quoteScore: 1 }, oldAnchor, hint);
      // The diff tracked these very characters; only short quotes (which a diff can align by
      // coincidence inside a rewritten passage) also need their context to agree.
      if (c.score >= minScore || exact.length >= UNIQUE_QUOTE_MIN_LENGTH) return accept(newText, oldAnchor, c, "diff");
    }
  }

  // 3. Exact occurrences anywhere.
  const exacts = exactCandidates(newText, oldAnchor, hint);
  const topExact = best(exacts);
  if (topExact && topExact.score >= minScore) return accept(newText, oldAnchor, topExact, "quote");

  // 4. Approximate: near the expected position first, the whole text only if that fails.
  const win = nearWindow(newText.length, hint, exact.length);
  let fuzzy = fuzzyCandidates(newText, oldAnchor, hint, win.from, win.to);
  let topFuzzy = best(fuzzy);
  const wholeText = win.from === 0 && win.to === newText.length;
  if ((!topFuzzy || topFuzzy.score < minScore) && !wholeText) {
    fuzzy = fuzzyCandidates(newText, oldAnchor, hint);
    topFuzzy = best(fuzzy);
  }
  if (topFuzzy && topFuzzy.score >= minScore) return accept(newText, oldAnchor, topFuzzy, "quote");

  if (topExact && exacts.length === 1 && exact.length >= UNIQUE_QUOTE_MIN_LENGTH) {
    return accept(newText, oldAnchor, topExact, "quote");
  }
  return orphan([...exacts, ...fuzzy]);
}
