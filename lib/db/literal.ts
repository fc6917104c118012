// A statement's value written as an SQL literal, for EXECUTE of a prepared statement on PGlite
// (lib/db/rows.ts), which takes no protocol parameters. Every value is a quoted string literal, so
// PostgreSQL reads it with the parameter's own input function, as it reads a parameter sent as text.
// Pure: the quoting is pg's escapeLiteral (tests/unit/db/literal.test.ts compares the two).

/** The text as a string literal: quotes doubled; with a backslash, E'' with backslashes doubled. */
export function quoteLiteral(text: string): string {
  if (text.includes("\u0000")) throw new Error("a NUL byte cannot be sent in an SQL literal");
  const quoted = text.replace(/'/g, "''");
  return text.includes("\\") ? ` E'${quoted.replace(/\\/g, "\\\\")}'` : `'${quoted}'`;
}

/** An array as PostgreSQL's array input reads it: `{"a","b",NULL}`, nested arrays as nested braces. */
function arrayText(items: unknown[]): string {
  const item = (v: unknown): string =>
    v === null || v === undefined
      ? "NULL"
      : Array.isArray(v)
        ? arrayText(v)
        : `"${valueText(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  return `{${items.map(item).join(",")}}`;
}

/** A value's text as a parameter sent as text would carry it (dates and bigints arrive as text). */
function valueText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return arrayText(v);
  if (v instanceof Uint8Array) throw new Error("binary values are not supported in an SQL literal");
  return JSON.stringify(v);
}

/** The value as an SQL literal: NULL, or a quoted string the parameter's type reads. */
export const sqlLiteral = (v: unknown): string => (v === null || v === undefined ? "NULL" : quoteLiteral(valueText(v)));
