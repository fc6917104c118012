// "Suggest claims": check-worthy sentences of a document's plain text, with offsets into it.
import { sentenceHash } from "./hash";
import { scoreSentence, type ClaimType } from "./score";
import { sentenceSpans } from "./segment";

export { scoreSentence, type ClaimType, type SentenceScore } from "./score";
export { sentenceHash } from "./hash";
export { sentenceSpans } from "./segment";

export interface Suggestion {
  start: number;
  end: number;
  text: string;
  score: number;
  reasons: string[];
  claimant?: string;
  claimType: ClaimType;
  textHash: string;
}

export interface SuggestOptions {
  minScore?: number;
  sections?: { start: number; end: number; title: string }[];
}

/**
 * 0.4 needs more than one kind of evidence: an attribution (0.15 + 0.25), a figure, or several
 * named actors. On the demo essay this keeps the reported facts and figures (~15% of its
 * sentences) and drops the policy recommendations, which are hedged ("could", "would") or
 * prescriptive ("must"); on the fact-dense Wikipedia article it keeps about half.
 */
export const DEFAULT_MIN_SCORE = 0.4;
/** Fragments shorter than this (characters or words) are never suggested. */
const MIN_CHARS = 20;
const MIN_WORDS = 4;

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

export function suggestClaims(text: string, opts: SuggestOptions = {}): Suggestion[] {
  const minScore = opts.minScore ?? DEFAULT_MIN_SCORE;
  const titles = new Set((opts.sections ?? []).map((s) => collapse(s.title)));
  const headingStarts = new Set((opts.sections ?? []).map((s) => s.start));
  const out: Suggestion[] = [];
  for (const { start, end } of sentenceSpans(text)) {
    const sentence = text.slice(start, end);
    const terminal = /[.!?:]["”’')\]]*$/.test(sentence);
    // A heading: no terminal punctuation and the title of a section (or at a section's start).
    if (!terminal && (titles.has(collapse(sentence)) || headingStarts.has(start))) continue;
    if (sentence.length < MIN_CHARS || sentence.split(/\s+/).length < MIN_WORDS) continue;
    const s = scoreSentence(sentence);
    if (s.score < minScore) continue;
    out.push({ start, end, text: sentence, ...s, textHash: sentenceHash(sentence) });
  }
  return out; // sentenceSpans yields document order
}
