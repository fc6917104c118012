import "server-only";
// Server actions return data or a readable error instead of throwing across the wire.
import { ZodError } from "zod";
import { isBadCharacterError } from "@/lib/api/problem";
import { AppError } from "@/lib/errors";
import { formatZodError } from "@/lib/validation";
import { findInputIssue, MAX_INPUT_CHARS } from "./input";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; current?: unknown };

/**
 * The one guard for server-action arguments, which arrive as whatever the client posts. Actions
 * pass them by name (`{ slug, claimId, body }`; Next forbids `arguments` in server actions): the
 * workspace `slug` must be a string, and every string anywhere must be storable text of a bounded
 * size (see lib/http/input). Returns the readable error, or null.
 */
export function actionArgsIssue(args: Record<string, unknown>, maxChars = MAX_INPUT_CHARS): string | null {
  if ("slug" in args && typeof args.slug !== "string") return "workspace must be a string";
  for (const [name, arg] of Object.entries(args)) {
    // Objects are named by their fields (`claimant.name`); bare values by the parameter's name.
    const issue = findInputIssue(arg, name === "slug" ? "workspace" : arg !== null && typeof arg === "object" ? "" : name, maxChars);
    if (issue) return issue.message;
  }
  return null;
}

/**
 * Runs `work` and maps refusals to `{ ok: false, error }`. Pass the action's arguments as `args`
 * so they are checked before any of them reaches lib or the database.
 */
export async function actionResult<T>(work: () => Promise<T>, args?: Record<string, unknown>): Promise<ActionResult<T>> {
  const issue = args ? actionArgsIssue(args) : null;
  if (issue) return { ok: false, error: issue };
  try {
    return { ok: true, data: await work() };
  } catch (err) {
    if (err instanceof ZodError) return { ok: false, error: formatZodError(err) };
    if (err instanceof AppError) {
      // A stale edit carries the current state so the editor can see what changed and re-apply.
      const current = err.code === "conflict" ? (err.details as { current?: unknown } | undefined)?.current : undefined;
      return { ok: false, error: err.message, ...(current ? { current: JSON.parse(JSON.stringify(current)) } : {}) };
    }
    // Backstop for text that reached the database without passing the guard above.
    if (isBadCharacterError(err)) return { ok: false, error: "the text contains characters that cannot be stored (a NUL byte?)" };
    throw err;
  }
}

/** `guardedAction({ slug, text })(work)`: actionResult with the action's arguments checked. */
export function guardedAction(args: Record<string, unknown>) {
  return <T>(work: () => Promise<T>) => actionResult(work, args);
}
