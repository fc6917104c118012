// The CSV readers people use, on one text: Python's `csv` module (as `open(path, newline="")`
// gives it, the documented way), csv-parse with default options (line endings auto-detected,
// as pandas does) and a spreadsheet's import (SheetJS, the parser behind many web spreadsheets).
// Each returns rows of strings.
import { spawnSync } from "node:child_process";
import { parse } from "csv-parse/sync";
import * as XLSX from "xlsx";

const PYTHON = `
import csv, io, json, sys
text = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="")
json.dump(list(csv.reader(text)), sys.stdout)
`;

export function readWithPython(text: string): string[][] {
  const run = spawnSync("python3", ["-c", PYTHON], { input: Buffer.from(text, "utf8"), maxBuffer: 512 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python3 csv failed: ${run.stderr.toString()}`);
  return JSON.parse(run.stdout.toString("utf8")) as string[][];
}

const PYTHON_MANY = `
import csv, io, json, sys
texts = json.load(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8"))
json.dump([list(csv.reader(io.StringIO(t, newline=""))) for t in texts], sys.stdout)
`;

/** Several tables in one Python process (each read as from a file opened with newline=""). */
export function readManyWithPython(texts: string[]): string[][][] {
  const run = spawnSync("python3", ["-c", PYTHON_MANY], {
    input: Buffer.from(JSON.stringify(texts), "utf8"),
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`python3 csv failed: ${run.stderr.toString()}`);
  return JSON.parse(run.stdout.toString("utf8")) as string[][][];
}

export function readWithCsvParse(text: string): string[][] {
  return parse(text) as string[][];
}

/**
 * A spreadsheet opening the CSV: SheetJS reads it into a worksheet (cells kept as the text written,
 * `raw`, so a value is compared rather than a spreadsheet's number or date formatting of it) and the
 * sheet comes back as rows, blank cells as "", blank rows kept.
 */
export function readWithSpreadsheet(text: string): string[][] {
  const book = XLSX.read(text, { type: "string", raw: true, dense: true });
  const sheet = book.Sheets[book.SheetNames[0]];
  return XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: "", blankrows: true });
}

/** What a spreadsheet-safe cell holds for a value: a leading ' before formula characters. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
export const asWritten = (v: string) => (FORMULA_START.test(v) ? `'${v}` : v);
