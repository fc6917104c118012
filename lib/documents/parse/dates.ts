// Date handling for citations: ISO when the date is a single day, month or year; otherwise the
// text as written, so "January–February 1997" or "Winter–Spring 2003" are not invented.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAME =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

function iso(y: number, m?: number, d?: number): string | undefined {
  if (y < 1000 || y > 2999) return undefined;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return undefined;
  if (d === undefined) return `${y}-${pad(m)}`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const FORMS: [RegExp, (m: RegExpMatchArray) => string | undefined][] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => iso(+m[1], +m[2], +m[3])],
  [/^(\d{4})-(\d{1,2})$/, (m) => iso(+m[1], +m[2])],
  [/^(\d{4})$/, (m) => iso(+m[1])],
  [new RegExp(`^(${MONTH_NAME})\\s+(\\d{1,2}),?\\s+(\\d{4})$`, "i"), (m) => iso(+m[3], month(m[1]), +m[2])],
  [new RegExp(`^(\\d{1,2})\\s+(${MONTH_NAME}),?\\s+(\\d{4})$`, "i"), (m) => iso(+m[3], month(m[2]), +m[1])],
  [new RegExp(`^(${MONTH_NAME}),?\\s+(\\d{4})$`, "i"), (m) => iso(+m[2], month(m[1]))],
];

/** ISO form of a citation date when it names one day, month or year; else the trimmed text. */
export function normalizeDate(raw: string): string {
  const s = raw.trim().replace(/\s+/g, " ");
  for (const [re, f] of FORMS) {
    const m = s.match(re);
    if (m) return f(m) ?? s;
  }
  return s;
}

// Dates as they appear inside free-text citations, most specific first. The month-range form
// ("Jun-Jul 1988") and bare year come last so "March 31, 2023" is not cut down to "2023".
const IN_TEXT = [
  `(?:${MONTH_NAME})\\s+\\d{1,2},?\\s+\\d{4}`,
  `\\d{1,2}\\s+(?:${MONTH_NAME}),?\\s+\\d{4}`,
  `\\d{4}-\\d{2}-\\d{2}`,
  `(?:${MONTH_NAME})(?:\\s*[-–/]\\s*(?:${MONTH_NAME}))?,?\\s+\\d{4}`,
  `(?:1[5-9]|20)\\d\\d`,
].map((p) => new RegExp(`(?<![\\w-])${p}(?![\\w-])`, "i"));

/** The first date in a free-text fragment, most specific form first. */
export function findDate(text: string): { date: string; index: number; length: number } | undefined {
  for (const re of IN_TEXT) {
    const m = re.exec(text);
    if (m) return { date: normalizeDate(m[0]), index: m.index, length: m[0].length };
  }
  return undefined;
}
