// The boundary check every request's input passes (API params, query, JSON bodies, server-action
// arguments): strings must be text PostgreSQL can store and of a sane size. A NUL byte makes
// PostgreSQL refuse the statement (a 500 deep inside), a lone surrogate is silently turned into
// U+FFFD, and a megabyte "slug" costs every query it reaches — so all three are refused here,
// naming the field.
import { AppError, type ErrorCode } from "@/lib/errors";

/** Longest string accepted anywhere an argument is not a document body (which has its own limit). */
export const MAX_INPUT_CHARS = 200_000;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with one string, or null. */
export function stringProblem(s: string, maxChars = MAX_INPUT_CHARS): string | null {
  if (s.includes("\u0000")) return "contains a NUL byte";
  if (s.length > maxChars)
    return `is ${s.length.toLocaleString("en")} characters; the limit is ${maxChars.toLocaleString("en")}`;
  if (LONE_SURROGATE.test(s)) return "contains an unpaired UTF-16 surrogate (not valid Unicode text)";
  return null;
}

export interface InputIssue {
  field: string;
  message: string;
}

const MAX_DEPTH = 32;

/** The first bad string (or over-deep structure) in `value`, with its path, or null. */
export function findInputIssue(value: unknown, path = "", maxChars = MAX_INPUT_CHARS, depth = 0): InputIssue | null {
  const field = path || "input";
  if (typeof value === "string") {
    const p = stringProblem(value, maxChars);
    return p ? { field, message: `${field} ${p}` } : null;
  }
  if (value === null || typeof value !== "object") return null;
  if (depth > MAX_DEPTH) return { field, message: `${field} is nested more than ${MAX_DEPTH} levels deep` };
  if (value instanceof Uint8Array || value instanceof Date) return null;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [String(i), v])
    : Object.entries(value);
  for (const [k, v] of entries) {
    const keyIssue = stringProblem(k, 200);
    const sub = path ? `${path}.${k}` : k;
    if (keyIssue) return { field, message: `${field} has a key that ${keyIssue}` };
    const issue = findInputIssue(v, sub, maxChars, depth + 1);
    if (issue) return issue;
  }
  return null;
}

/** Throws an AppError (422 by default; 400 for URLs) naming the field when `value` holds bad text. */
export function assertCleanInput(value: unknown, path = "", opts: { code?: ErrorCode; maxChars?: number } = {}): void {
  const issue = findInputIssue(value, path, opts.maxChars);
  if (issue) throw new AppError(opts.code ?? "unprocessable", issue.message, { field: issue.field });
}

/** A positional argument that must be a string (server actions get whatever the client sends). */
export function stringArg(name: string, value: unknown, maxChars = MAX_INPUT_CHARS): string {
  if (typeof value !== "string") throw new AppError("bad_request", `${name} must be a string`, { field: name });
  assertCleanInput(value, name, { maxChars, code: "bad_request" });
  return value;
}

/** Longest probe the similar-claims lookup takes (API and server action alike). */
export const SIMILAR_TEXT_MAX = 5000;
