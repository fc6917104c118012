// Check-worthiness of one sentence, 0..1: a sum of signal weights, clamped.
//
//   signal                                               weight
//   base: a complete declarative sentence                 +0.15
//   attribution ("according to", said, found, alleged…)   +0.25  (also "allegations", "accused")
//   quantity (110,000 / 40 percent / $1.5 billion)         +0.25, +0.05 per further one (max +0.35)
//   date (2022, the 1980s, April 13, 1989)                 +0.10
//   named entity (Kerry Committee, CIA, Gary Webb)        +0.10 each (max +0.25)
//   quotation of 3+ words                                  +0.10
//   superlative / comparison (largest, all-time, nearly)   +0.05
//   change over time (increased, decreased, switched)      +0.10
//   hedge (may, might, could, would, perhaps, likely…)     −0.20 each (max −0.40)
//   opinion / prescription (should, must, I think…)        −0.35
//   prediction (will, is expected to, predicts)            −0.15
//   question                                               −0.30
//   fragment without terminal punctuation (headings)       −0.30
//   fewer than 6 words                                     −0.20
//
// Modal markers are looked for outside quotation marks only: a quoted "will" is the speaker's.
import { guessClaimant } from "./claimant";
import { detectSignals, type Signals } from "./signals";

export type ClaimType = "factual" | "allegation" | "statistic" | "quotation" | "opinion" | "prediction";

export interface SentenceScore {
  score: number;
  reasons: string[];
  claimant?: string;
  claimType: ClaimType;
}

const list = (xs: string[]) => [...new Set(xs.map((x) => x.trim()))].join(", ");

/**
 * First match wins: the author's stance (opinion, prediction) outranks what is reported; an
 * allegation marker outranks a quotation; any non-date figure makes a statistic ("numbers
 * dominate" is approximated as "there is a count, percentage or sum"); the rest is factual.
 */
function claimTypeOf(sig: Signals): ClaimType {
  if (sig.opinions.length) return "opinion";
  if (sig.futures.length) return "prediction";
  if (sig.allegations.length) return "allegation";
  if (sig.quotes.length && sig.speech) return "quotation";
  if (sig.quantities.length) return "statistic";
  return "factual";
}

export function scoreSentence(sentence: string): SentenceScore {
  const sig = detectSignals(sentence);
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string) => {
    score += weight;
    reasons.push(reason);
  };

  if (sig.terminal && !sig.question) add(0.15, "complete sentence");
  const attributed = [...sig.attributions, ...sig.allegations];
  if (attributed.length) add(0.25, `attribution: ${list(attributed)}`);
  if (sig.quantities.length)
    add(Math.min(0.35, 0.2 + 0.05 * sig.quantities.length), `quantity: ${list(sig.quantities)}`);
  if (sig.dates.length) add(0.1, `date: ${list(sig.dates)}`);
  if (sig.entities.length) add(Math.min(0.25, 0.1 * sig.entities.length), `named entity: ${list(sig.entities)}`);
  if (sig.quotes.length) add(0.1, "quotation");
  if (sig.superlatives.length) add(0.05, `superlative: ${list(sig.superlatives)}`);
  if (sig.changes.length) add(0.1, `change: ${list(sig.changes)}`);
  if (sig.hedges.length) add(-Math.min(0.4, 0.2 * sig.hedges.length), `hedge: ${list(sig.hedges)}`);
  if (sig.opinions.length) add(-0.35, `opinion: ${list(sig.opinions)}`);
  if (sig.futures.length) add(-0.15, `prediction: ${list(sig.futures)}`);
  if (sig.question) add(-0.3, "question");
  if (!sig.terminal) add(-0.3, "not a full sentence");
  if (sig.words < 6) add(-0.2, "very short");

  const claimant = guessClaimant(sentence);
  return {
    score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
    reasons,
    ...(claimant ? { claimant } : {}),
    claimType: claimTypeOf(sig),
  };
}
