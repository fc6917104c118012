// zod errors as one readable line and as field paths (for problem+json and forms).
import type { ZodError } from "zod";

export function zodIssues(err: ZodError): { path: string; message: string }[] {
  return err.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

export function formatZodError(err: ZodError): string {
  return zodIssues(err)
    .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    .join("; ");
}
