import "server-only";
// CSV (RFC 4180: CRLF, quotes doubled), one table per entity, written a batch at a time by
// ./csv-record.ts, which writes exactly what csv-stringify does with CSV_OPTIONS (tested against
// it) at a fraction of the cost. Spreadsheet formula injection is neutralized by escape_formulas:
// a text cell starting with = + - @ tab or CR gets a leading ' (numbers are left alone).
import { columnsFor } from "./entities";
import { csvRecords } from "./csv-record";
import type { AnyEntity, Cell, ExportContext, FieldType } from "./types";

/** A value as Frictionless Table Schema reads it for the column's type (default formats). */
export function csvCell(value: Cell, type: FieldType): string | number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const s = value.toISOString();
    return type === "date" ? s.slice(0, 10) : s.replace(/\.\d{3}Z$/, "Z");
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  return value;
}

// csv-stringify stops quoting a bare LF once record_delimiter is set (quote_record_delimiter then
// defaults to false), and never quotes a bare CR: readers that split records on either (Python's
// csv, pandas, spreadsheets) then get ragged rows. quoted_match quotes any cell holding one; NUL too.
// These are the options ./csv-record.ts reproduces (and is tested against) in the hot loop.
export const CSV_OPTIONS = {
  record_delimiter: "windows",
  escape_formulas: true,
  quoted_match: /[\r\n\u0000]/,
} as const;

export async function* csvTable(entity: AnyEntity, ctx: ExportContext): AsyncGenerator<string> {
  const columns = columnsFor(entity, ctx);
  const names = columns.map((c) => c.name);
  yield csvRecords([names]);
  // The registry already keeps internal tables out of public scopes; this makes it local too.
  if (ctx.scope.public && entity.internal) return;
  for await (const rows of entity.read(ctx)) {
    yield csvRecords(rows.map((row) => columns.map((c) => csvCell(c.get(row), c.type))));
  }
}
