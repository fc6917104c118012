// Guesses who makes the claim in a sentence, from the attribution around it:
//   "According to X, …"              -> X
//   "The report/study of/by X …"      -> X
//   "X (also) said/found/alleged …"    -> X, the capitalized noun phrase right before the verb
//   "X, <apposition>, said …"          -> X
//   "…,” X said."                      -> X (same backward walk from the verb)
// A claimant must contain a capitalized word: "the intelligence agency said" gives none, and
// neither do pronouns ("He said"). Cleaning: a leading "the"/"The" is always dropped (so "The
// New York Times" becomes "New York Times"; a claimant's aliases can restore it), as are
// honorifics (Dr., Mr.) and anything from a parenthesis on ("(UNODC)").
import { adjacent, CONNECTORS, FUNCTION_WORDS, isCapitalized, tokenize, trimRun, type Token } from "./entities";
import { outsideQuotes } from "./signals";

const VERBS =
  "said|says|stated|alleged|alleges|claimed|claims|found|concluded|concludes|testified|reported|wrote|writes|" +
  "argued|argues|estimated|denied|denies|asserts|asserted|acknowledged|declared|explained|observes|observed|" +
  "described|told|noted|warned|revealed|suggested|suggests|suggest|showed|believes|speculated|asked";
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, "g");
/** Words that may sit between the claimant and the verb: "Webb also alleged", "Glaze does not suggest". */
const SKIPPABLE = new Set(
  "also not does did do has have had later further ultimately then repeatedly previously publicly once reportedly subsequently himself herself itself never".split(
    " ",
  ),
);
/** Common nouns that end a claimant phrase: "the Kerry Committee report", "CIA representatives". */
const HEAD_NOUNS = new Set(
  "report study committee investigators officials analysts representatives sources agency government article survey paper investigation analysis panel director spokesman spokeswoman researchers experts".split(
    " ",
  ),
);
const PRONOUNS = new Set("He She They It We I You This That These Those Who Which".split(" "));
const SOURCE_NOUN = "report|study|account|article|survey|analysis|paper|statement|testimony|interview|op-ed|book";

export function cleanName(raw: string): string | undefined {
  let s = raw.replace(/\s*\(.*$/, ""); // "United Nations Office on Drugs and Crime (UNODC) …"
  s = s.replace(
    new RegExp(`^(?:(?:a|an|the)\\s+)?(?:[\\w-]+\\s+){0,2}(?:${SOURCE_NOUN})\\s+(?:by|of|from|in)\\s+`, "i"),
    "",
  );
  s = s.replace(/\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}$/, ""); // "… of The Guardian Feb. 17"
  s = s.replace(/^(?:the|a|an)\s+/i, "").replace(/(?<=^|\s)(?:Dr|Mr|Mrs|Ms|Prof)\.\s+/g, "");
  s = s.replace(/[\s,;:'"“”’]+$/, "").trim();
  const words = s.split(/\s+/);
  if (!s || words.length > 10 || !words.some((x) => isCapitalized(x) && !FUNCTION_WORDS.has(x))) return undefined;
  if (words.length === 1 && PRONOUNS.has(s)) return undefined;
  return s;
}

/** The noun phrase ending just before token index `end` (exclusive), walking backwards. */
function phraseBefore(s: string, tokens: Token[], end: number): string | undefined {
  let k = end - 1;
  while (k >= 0 && SKIPPABLE.has(tokens[k].text)) k--;
  if (k < 0) return undefined;
  // "Carlos Cabezas, convicted of conspiracy to traffic cocaine, said": skip the apposition.
  const gap = s.slice(tokens[k].end, tokens[k + 1]?.start ?? s.length);
  if (gap.includes(",")) {
    let j = k;
    while (j > 0 && !s.slice(tokens[j - 1].end, tokens[j].start).includes(",")) j--;
    if (j === 0) return undefined;
    k = j - 1;
  }
  let i = k; // first token of the phrase
  if (!isCapitalized(tokens[k].text)) {
    // "the Kerry Committee report", "UNODC's executive director": up to three lowercase words
    // ending in a head noun, and they count only if a capitalized word precedes them.
    if (!HEAD_NOUNS.has(tokens[k].text)) return undefined;
    const lower = (j: number) => /^\p{Ll}/u.test(tokens[j].text) && !CONNECTORS.has(tokens[j].text);
    while (k - i < 2 && i > 0 && adjacent(s, tokens[i - 1], tokens[i]) && lower(i - 1)) i--;
    if (i === 0 || !adjacent(s, tokens[i - 1], tokens[i]) || !isCapitalized(tokens[i - 1].text)) return undefined;
    i--;
  }
  const joins = (j: number) => isCapitalized(tokens[j].text) || CONNECTORS.has(tokens[j].text);
  while (i > 0 && adjacent(s, tokens[i - 1], tokens[i]) && joins(i - 1)) i--;
  const run = trimRun(tokens.slice(i, k + 1));
  if (!run.length) return undefined;
  return cleanName(s.slice(run[0].start, run[run.length - 1].end));
}

export function guessClaimant(sentence: string): string | undefined {
  const s = sentence.replace(/\[\d+(?:[-–]\d+)?\]/g, (m) => " ".repeat(m.length));
  const according = s.match(/\b[Aa]ccording to\s+([^,;:"“]+)/);
  if (according) {
    const name = cleanName(according[1]);
    if (name) return name;
  }
  const quotes = s.match(/\bquote[sd]?\s+(.+?)\s+as saying\b/);
  if (quotes) {
    const name = cleanName(quotes[1]);
    if (name) return name;
  }
  const source = s.match(
    new RegExp(`^(?:The|A|An)\\s+(?:${SOURCE_NOUN})\\s+(?:of|by)\\s+([^,;]+?)(?:\\s+and\\s+|\\s+(?:${VERBS})\\b)`),
  );
  if (source) {
    const name = cleanName(source[1]);
    if (name) return name;
  }
  // Only verbs outside quotations attribute the sentence; "…" said inside a quote is someone else's.
  const author = outsideQuotes(s);
  const tokens = tokenize(s);
  for (const m of author.matchAll(VERB_RE)) {
    const idx = tokens.findIndex((t) => t.start === m.index);
    if (idx <= 0) continue;
    const name = phraseBefore(s, tokens, idx);
    if (name) return name;
  }
  return undefined;
}
