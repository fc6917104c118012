// Sentence spans of a plain text, as exact offsets into it. Intl.Segmenter (ICU) does the work;
// ICU's English rules without abbreviation suppression break after "Dr." or "U.S." followed by
// a capital, so those pieces are glued back together.

export interface Span {
  start: number;
  end: number;
}

/** Titles and month abbreviations that end in "." but never end a sentence before a name/number. */
const TITLE_ABBR =
  /(?:^|[\s(“"])(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|Rev|Hon|Adm|Maj|Pres|No|Vol|pp|vs|cf|approx|e\.g|i\.e)\.$/;
const MONTH_ABBR = /(?:^|\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
/** A single initial, as in "William M. Leary". */
const INITIAL = /(?:^|\s)\p{Lu}\.$/u;
/** Dotted initialisms: "U.S.", "U.N.", "D.C." — these can end a sentence, so look at what follows. */
const INITIALISM = /(?:^|[\s(“"-])(?:\p{Lu}\.){2,}$/u;
/** Words that usually begin a new sentence after an initialism ("... to the U.S. The next ..."). */
const SENTENCE_STARTERS = new Set(
  (
    "The This That These Those It Its In On At A An But And However He She They We I There As After Before " +
    "Since While When If Although Though For Such Some Many Most Other According Only Even Yet So Thus Despite " +
    "Because Furthermore Moreover Nevertheless Finally First Second Today Currently Meanwhile Still"
  ).split(" "),
);

function shouldJoin(piece: string, next: string): boolean {
  if (/\n/.test(piece.slice(piece.trimEnd().length))) return false; // paragraph or line break
  const left = piece.trimEnd();
  const nextWord = next.trimStart().match(/^[\p{L}\p{N}]+/u)?.[0] ?? "";
  if (TITLE_ABBR.test(left) || INITIAL.test(left)) return true;
  if (MONTH_ABBR.test(left)) return /^\d/.test(nextWord);
  if (INITIALISM.test(left)) return nextWord !== "" && !SENTENCE_STARTERS.has(nextWord);
  return false;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Endnote markers left in front of a sentence by the segmenter: "[1] Currently, …". */
const LEADING_MARKER = /^(?:\[\d+(?:[-–]\d+)?\]\s*)+/;

/** Sentence spans, whitespace- and marker-trimmed, in document order; empty spans are dropped. */
export function sentenceSpans(text: string): Span[] {
  const raw: Span[] = [];
  for (const seg of segmenter.segment(text)) {
    const span = { start: seg.index, end: seg.index + seg.segment.length };
    const prev = raw[raw.length - 1];
    if (prev && shouldJoin(text.slice(prev.start, prev.end), seg.segment)) prev.end = span.end;
    else raw.push(span);
  }
  const out: Span[] = [];
  for (const { start, end } of raw) {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const marker = piece.slice(lead).match(LEADING_MARKER)?.[0].length ?? 0;
    const s = start + lead + marker;
    const e = start + piece.trimEnd().length;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}
