// Query-string parameters of the public index pages. Unlike search (which drops what it cannot
// read), these say what was wrong, so a mistyped link gets a friendly message instead of a
// silently different list — and never a 500.
import { z } from "zod";

export type RawQuery = Record<string, string | string[] | undefined>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
// A blank value is "no filter": GET forms send `rating=` for "Any".
const blankless = (v: unknown) => {
  const s = first(v);
  return typeof s === "string" && s.trim() === "" ? undefined : s;
};

/** Ids are cuids (or seed ids): letters, digits, - and _. */
export const idParam = (what: string) =>
  z.preprocess(
    blankless,
    z
      .string({ error: `${what} must be a single value` })
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, `“${what}” is not a valid identifier`)
      .optional(),
  );

export const pageParam = z.preprocess(
  blankless,
  z.coerce
    .number({ error: "the page must be a number" })
    .int("the page must be a whole number")
    .min(1, "pages start at 1")
    .max(100_000, "there are not that many pages")
    .default(1),
);

/** The messages of a failed parse, one per parameter, for the page to show. */
export function queryErrors(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`);
}

export type Parsed<T> = { ok: true; input: T } | { ok: false; errors: string[] };

export function parseQuery<S extends z.ZodType>(schema: S, raw: RawQuery): Parsed<z.output<S>> {
  const r = schema.safeParse(raw);
  return r.success ? { ok: true, input: r.data } : { ok: false, errors: queryErrors(r.error) };
}
