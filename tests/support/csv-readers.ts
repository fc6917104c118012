// The CSV readers people use, on one text: Python's `csv` module (as `open(path, newline="")`
// gives it, the documented way) and csv-parse with default options (line endings auto-detected,
// as pandas does). Each returns rows of strings.
import { spawnSync } from "node:child_process";
import { parse } from "csv-parse/sync";

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

/** What a spreadsheet-safe cell holds for a value: a leading ' before formula characters. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
export const asWritten = (v: string) => (FORMULA_START.test(v) ? `'${v}` : v);
