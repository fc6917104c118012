import "server-only";
// Server actions return data or a readable error instead of throwing across the wire.
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { formatZodError } from "@/lib/validation";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; current?: unknown };

export async function actionResult<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (err) {
    if (err instanceof ZodError) return { ok: false, error: formatZodError(err) };
    if (err instanceof AppError) {
      // A stale edit carries the current state so the editor can see what changed and re-apply.
      const current = err.code === "conflict" ? (err.details as { current?: unknown } | undefined)?.current : undefined;
      return { ok: false, error: err.message, ...(current ? { current: JSON.parse(JSON.stringify(current)) } : {}) };
    }
    throw err;
  }
}
