// Lexical signals of check-worthiness in one sentence. Regexes, not a parser: they are meant to
// rank sentences for an editor, who makes the final call.
import { namedEntities } from "./entities";

const w = (words: string, flags = "gi") => new RegExp(`\\b(?:${words})\\b`, flags);

/** Reported speech / findings. ("reports", "states", "finds" are left out: mostly nouns here.) */
export const ATTRIBUTION = w(
  "according to|said|says|stated|alleged|alleges|claimed|claims|found|concluded|concludes|testified|" +
    "reported|wrote|writes|argued|argues|estimated|denied|denies|asserts|asserted|acknowledged|declared|" +
    "explained|observes|observed|described|told|noted|warned|revealed|suggested|suggests|suggest|showed|believes|speculated",
);
export const ALLEGATION = w(
  "alleged|allegedly|alleges|allegations?|accused|accuses|accusations?|claimed|claims|claiming",
);
// Modal and future markers are matched in lowercase only, so the month "May" and the name "Will"
// don't count; sentence-initial hedges get their capitalized forms listed.
export const HEDGE = w(
  "may|might|could|would|possibly|perhaps|some say|it is believed|arguably|likely|unlikely|potentially|seems?|appears? to|presumably|Perhaps|Possibly|Arguably|Presumably",
  "g",
);
export const OPINION = w(
  "should|must|ought to|I think|I believe|I feel|[Ii]n my (?:view|opinion)|[Ww]e need|need to|[Ii]t is (?:important|essential|crucial|vital|necessary|wise|imperative)|would be wise",
  "g",
);
export const FUTURE = w(
  "will|is expected to|are expected to|predicts?|predicted|forecasts?|is going to|are going to",
  "g",
);
/** Verbs of change over time: "decreased in 2023", "switched production from China to India". */
export const CHANGE = w(
  "increased|decreased|rose|fell|grew|declined|doubled|tripled|surged|dropped|expanded|switched|skyrocketed|proliferated",
  "g",
);
export const SUPERLATIVE = w(
  "all-time|record|largest|highest|lowest|biggest|first-ever|most|more than|less than|nearly|almost|double|tenfold",
  "g",
);
/** Verbs that make a quoted passage a quotation of someone. */
export const SPEECH = w(
  "said|says|saying|stated|told|described|asked|declared|testified|wrote|quoted?|quotes|explained|observes|speculated",
);

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTHS_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const MONEY =
  /(?:US|U\.S\.)?\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion))?|\b\d[\d,]*(?:\.\d+)?\s(?:million |billion )?(?:dollars|euros|pounds sterling)\b/gi;
const PERCENT = /\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/gi;
const FULL_DATE = new RegExp(
  `\\b(?:${MONTHS}|(?:${MONTHS_ABBR})\\.?)\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\b|\\b\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?\\b|\\b(?:${MONTHS})\\s+\\d{4}\\b`,
  "g",
);
const DECADE = /\b(?:1[5-9]|20)\d0s\b/g;
const YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b(?![,.]?\d)/g;
const NUMBER = /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?(?:\s(?:million|billion|trillion))?\b/g;
const MAGNITUDE = w("hundreds|thousands|millions|billions|dozens|tens of thousands|a dozen|a ton");

export interface Signals {
  attributions: string[];
  quantities: string[]; // counts, percentages, money, magnitudes (not dates)
  dates: string[]; // years, decades, calendar dates
  entities: string[];
  quotes: string[]; // quoted passages of 3+ words
  hedges: string[];
  opinions: string[];
  futures: string[];
  allegations: string[];
  superlatives: string[];
  changes: string[];
  speech: boolean;
  question: boolean;
  terminal: boolean;
  words: number;
}

const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => m[0]);

/** Finds matches and blanks them out, so later, looser patterns don't count them again. */
function take(re: RegExp, s: { text: string }): string[] {
  const found = all(re, s.text);
  s.text = s.text.replace(re, (m) => " ".repeat(m.length));
  return found;
}

/** Quoted passages: “…” or "…". Single quotes are skipped: they collide with apostrophes. */
export function quotedSpans(s: string): { start: number; end: number }[] {
  return [...s.matchAll(/“[^”]*”?|"[^"]*"?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The sentence with quoted passages blanked: modality inside a quote is the speaker's, not the author's. */
export function outsideQuotes(s: string): string {
  let out = s;
  for (const q of quotedSpans(s)) out = out.slice(0, q.start) + " ".repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

export function detectSignals(sentence: string): Signals {
  const s = sentence.replace(/\[\d+(?:[-–]\d+)?\]/g, " "); // endnote markers are not numbers
  const author = outsideQuotes(s);
  const num = { text: s };
  const money = take(MONEY, num);
  const percent = take(PERCENT, num);
  const dates = [...take(FULL_DATE, num), ...take(DECADE, num), ...take(YEAR, num)];
  const quantities = [...money, ...percent, ...take(NUMBER, num), ...all(MAGNITUDE, s)];
  const trimmed = s.trim().replace(/["”’')\]]+$/, "");
  return {
    attributions: all(ATTRIBUTION, s),
    quantities,
    dates,
    entities: namedEntities(s),
    quotes: quotedSpans(s)
      .map((q) => s.slice(q.start, q.end))
      .filter((q) => q.split(/\s+/).length >= 3),
    hedges: all(HEDGE, author),
    opinions: all(OPINION, author),
    futures: all(FUTURE, author),
    allegations: all(ALLEGATION, s),
    superlatives: all(SUPERLATIVE, s),
    changes: all(CHANGE, s),
    speech: all(SPEECH, author).length > 0,
    question: /\?$/.test(trimmed),
    terminal: /[.!?:]$/.test(trimmed),
    words: s.split(/\s+/).filter((x) => /[\p{L}\p{N}]/u.test(x)).length,
  };
}
