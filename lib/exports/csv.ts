import "server-only";
// CSV (RFC 4180: CRLF, quotes doubled), one table per entity, written a batch at a time by a real
// CSV writer (Papa Parse's unparse: three times csv-stringify's speed on 63,000 claims, which made
// the export a third of the raw read rate). Spreadsheet formula injection is neutralized: a text
// cell starting with = + - @ tab or CR (or their full-width forms) gets a leading ' and is quoted;
// numbers are left alone.
import Papa from "papaparse";
import { columnsFor } from "./entities";
import type { AnyEntity, Cell, ExportContext, FieldType } from "./types";

/** A value as Frictionless Table Schema reads it for the column's type (default formats). */
export function csvCell(value: Cell, type: FieldType): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  // A Date: toISOString always ends in ".sssZ"; Table Schema's datetime has no fraction.
  const s = value.toISOString();
  return type === "date" ? s.slice(0, 10) : `${s.slice(0, -5)}Z`;
}

// Papa Parse quotes a cell holding a quote, a comma, CR, LF or a byte-order mark, or a leading or
// trailing space; NUL is quoted too, for readers that stop a record at one. Its default formula
// pattern (/^[=+\-@\t\r].*$/) misses a formula followed by a line break: this one tests the first
// character only, as OWASP's advice does.
const OPTIONS: Papa.UnparseConfig = {
  newline: "\r\n",
  header: false,
  escapeFormulae: /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/,
  quotes: (value: unknown) => typeof value === "string" && value.includes("\u0000"),
};

/** One CSV record a row, each ending in CRLF. */
const records = (rows: (string | number | null)[][]) => (rows.length ? `${Papa.unparse(rows, OPTIONS)}\r\n` : "");

export async function* csvTable(entity: AnyEntity, ctx: ExportContext): AsyncGenerator<string> {
  const columns = columnsFor(entity, ctx);
  yield records([columns.map((c) => c.name)]);
  // The registry already keeps internal tables out of public scopes; this makes it local too.
  if (ctx.scope.public && entity.internal) return;
  for await (const rows of entity.read(ctx)) {
    yield records(rows.map((row) => columns.map((c) => csvCell(c.get(row), c.type))));
  }
}
