// Capitalized-word heuristics shared by entity counting and claimant guessing.

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words that are capitalized only because they open a sentence. */
export const FUNCTION_WORDS = new Set(
  (
    "The A An In On At To Of By For From With Without As If When While Although Though Since After Before During " +
    "Despite Because But And Or So Yet Thus However This That These Those It Its There Here Such Some Many Most " +
    "Both Each Every Even Only Also Another One Two Three Four Five Other According Currently Finally Furthermore " +
    "Moreover Similarly Likewise Nevertheless Still Instead Today Again Lastly First Second Over Under Through " +
    "Regularly Especially Approximately Released Former Either Neither What Who Why How He She They We I You His Her Their Our My Your"
  ).split(" "),
);
const MONTHS_DAYS = new Set(
  (
    "January February March April May June July August September October November December " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
  ).split(" "),
);
/** Lowercase words allowed inside a proper name: "Office of National Drug Control Policy". */
export const CONNECTORS = new Set(["of", "for", "and", "on", "the", "de", "del", "la", "van", "von", "der"]);

const KEEP_DOT = /^(?:\p{Lu}\.)+$|^(?:Dr|Mr|Mrs|Ms|Jr|Sr|St|Gen|Sen|Rep|Gov|Lt|Col)\.$/u;

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(/[\p{L}\p{N}$][\p{L}\p{N}'’.\-&$,]*/gu)) {
    let text = m[0];
    // Trailing punctuation belongs to the sentence, except the dots of "U.S." or "Dr.".
    while (/[.,'’\-&]$/.test(text) && !KEEP_DOT.test(text)) text = text.slice(0, -1);
    // "110,000" keeps its comma; "China," does not (handled above); "Hitz's" keeps its apostrophe.
    if (text) out.push({ text, start: m.index, end: m.index + text.length });
  }
  return out;
}

export const isCapitalized = (t: string) => /^\p{Lu}/u.test(t);
export const isAcronym = (t: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}(?:['’]s|s)?$/u.test(t);
/** "McCoy", "MacMichael", "CIA": capitalized in a way no ordinary word is at sentence start. */
export const isDistinctive = (t: string) => isAcronym(t) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t);

/** Whitespace only between two tokens: a comma or parenthesis ends a name. */
export function adjacent(s: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(s.slice(a.end, b.start));
}

/** Trims connectors (and sentence-opening function words) off both ends of a run of tokens. */
export function trimRun(run: Token[]): Token[] {
  let i = 0;
  let j = run.length;
  while (i < j && (CONNECTORS.has(run[i].text) || FUNCTION_WORDS.has(run[i].text))) i++;
  while (j > i && CONNECTORS.has(run[j - 1].text)) j--;
  return run.slice(i, j);
}

/** True where a word is capitalized by position: sentence start, or the start of a quotation. */
function opensClause(s: string, tokens: Token[], k: number): boolean {
  return k === 0 || /[“"(:—]\s*$/.test(s.slice(tokens[k - 1].end, tokens[k].start));
}

/** Maximal runs of capitalized words (with inner connectors), e.g. "Center for Disease Control and Prevention". */
export function capitalizedRuns(s: string, tokens = tokenize(s)): Token[][] {
  const runs: Token[][] = [];
  const initial = new Set<Token>();
  let cur: Token[] = [];
  const flush = () => {
    const run = trimRun(cur);
    if (run.some((t) => isCapitalized(t.text) && !MONTHS_DAYS.has(t.text) && t.text !== "I")) runs.push(run);
    cur = [];
  };
  tokens.forEach((t, k) => {
    const joined = cur.length > 0 && adjacent(s, cur[cur.length - 1], t);
    if (cur.length && !joined) flush();
    if (isCapitalized(t.text) || (cur.length && CONNECTORS.has(t.text))) {
      if (opensClause(s, tokens, k)) {
        if (FUNCTION_WORDS.has(t.text)) return; // "Although", "The"
        initial.add(t);
      }
      cur.push(t);
    } else if (cur.length) flush();
  });
  if (cur.length) flush();
  // A lone capitalized word at a clause start is only a name if it looks like one ("McCoy",
  // "CIA"); "Opium" opening a quotation is not. Longer runs ("Gary Webb") are kept.
  return runs.filter((run) => !initial.has(run[0]) || run.length > 1 || isDistinctive(run[0].text));
}

export function runText(s: string, run: Token[]): string {
  return s.slice(run[0].start, run[run.length - 1].end);
}

export function namedEntities(s: string): string[] {
  return [...new Set(capitalizedRuns(s).map((r) => runText(s, r)))];
}
