// Scores a candidate location for an old anchor in the new text. All signals are in 0..1:
//
//   signal    weight  meaning
//   quote       50    1 - edit errors / quote length (1 for an exact or whitespace-only match)
//   prefix      20    similarity of the old prefix to the same number of chars before the candidate
//   suffix      20    similarity of the old suffix to the same number of chars after the candidate
//   position    10    1 - distance from the expected position / new text length
//
// The weighted sum is divided by 100. The quote dominates, context tells repeated phrases apart,
// and position only breaks ties between otherwise identical candidates (e.g. a repeated paragraph).
import type { Anchor } from "./anchor";
import { similarity } from "./similarity";

export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 10 } as const;
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

export interface Candidate {
  start: number;
  end: number;
  quoteScore: number;
}

export interface ScoredCandidate extends Candidate {
  score: number;
}

export function prefixScore(text: string, start: number, prefix: string): number {
  return similarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
}

export function suffixScore(text: string, end: number, suffix: string): number {
  return similarity(suffix, text.slice(end, end + suffix.length));
}

export function positionScore(text: string, start: number, hint: number): number {
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
}

export function scoreCandidate(text: string, c: Candidate, old: Anchor, hint: number): ScoredCandidate {
  const raw =
    WEIGHTS.quote * c.quoteScore +
    WEIGHTS.prefix * prefixScore(text, c.start, old.prefix) +
    WEIGHTS.suffix * suffixScore(text, c.end, old.suffix) +
    WEIGHTS.position * positionScore(text, c.start, hint);
  return { ...c, score: raw / TOTAL };
}

/** Highest score first; on equal scores the earlier candidate wins so results are deterministic. */
export function best<T extends ScoredCandidate>(cands: T[]): T | undefined {
  let top: T | undefined;
  for (const c of cands) if (!top || c.score > top.score || (c.score === top.score && c.start < top.start)) top = c;
  return top;
}
