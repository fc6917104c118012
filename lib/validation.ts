// zod errors as one readable line and as field paths (for problem+json and forms).
import { z, type ZodError } from "zod";
import { fieldMessage } from "@/lib/labels";

export function zodIssues(err: ZodError): { path: string; message: string }[] {
  return err.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

export function formatZodError(err: ZodError): string {
  return zodIssues(err)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join("; ");
}

/**
 * The same line for people (desk forms and pages): each field named as its form labels it
 * ("Claim statement must not be empty"). API bodies keep the paths (`formatZodError`, `zodIssues`).
 */
export function readableZodError(err: ZodError): string {
  return zodIssues(err)
    .map((i) => fieldMessage(i.path, i.message))
    .join("; ");
}

/**
 * A calendar date within years 1–9999. `z.coerce.date()` alone accepts "-000001-01-01", which
 * the database layer cannot serialize (a 500); out of range is the client's error (422).
 */
export function boundedDate(message = "must be a date (YYYY-MM-DD)") {
  return z.coerce.date({ error: message }).refine((d) => d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999, {
    error: "must be a date between the years 1 and 9999",
  });
}

/** An http(s) URL of at most 2000 characters: a source's links, a document's original URL. */
export function httpUrl(message = "must be an http(s) URL", tooLong?: string) {
  return z
    .string()
    .trim()
    .max(2000, tooLong)
    .refine((v) => {
      try {
        return /^https?:$/.test(new URL(v).protocol);
      } catch {
        return false;
      }
    }, message);
}
