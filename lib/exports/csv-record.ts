// RFC 4180 records, byte for byte what csv-stringify writes with lib/exports/csv.ts's CSV_OPTIONS
// (CRLF, quotes doubled, escape_formulas, quoted_match /[\r\n\u0000]/), which
// tests/unit/exports/csv-record.test.ts checks against csv-stringify itself on generated rows.
// csv-stringify does this per field through casts, option merges and separator searches: profiled
// on 63,000 claims it was the largest cost of the CSV export after the garbage it left, so the hot
// loop of a table is this one function, and csv-stringify stays the reference.

/** A cell as lib/exports/csv.ts's csvCell returns it. */
export type CsvValue = string | number | null | undefined;

// A field holding one of these is quoted: delimiter, quote, CR, LF, NUL.
const NEEDS_QUOTES = /[",\r\n\u0000]/;
const QUOTE = /"/g;

/** Cells that spreadsheets run as formulas get a leading apostrophe (csv-stringify's escape_formulas). */
function formulaStart(c: number): boolean {
  // - = + @ TAB CR and the full-width ＝ ＋ － ＠
  return (
    c === 45 ||
    c === 61 ||
    c === 43 ||
    c === 64 ||
    c === 9 ||
    c === 13 ||
    (c >= 0xff0b && (c === 0xff0b || c === 0xff0d || c === 0xff1d || c === 0xff20))
  );
}

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers are written as String() does and never escaped (a negative number is not a formula).
  if (typeof value === "number") return String(value);
  if (value === "") return "";
  let s = formulaStart(value.charCodeAt(0)) ? `'${value}` : value;
  if (NEEDS_QUOTES.test(value)) s = `"${s.replace(QUOTE, '""')}"`;
  return s;
}

/** Records joined and each ended with CRLF, as csv-stringify's sync API returns them. */
export function csvRecords(rows: readonly (readonly CsvValue[])[]): string {
  let out = "";
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (i) out += ",";
      out += csvField(row[i]);
    }
    out += "\r\n";
  }
  return out;
}
