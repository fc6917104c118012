import "server-only";
// Maps lib errors to Next's page responses: a record you may not see is a 404, never a leak.
import { notFound, redirect } from "next/navigation";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { readableZodError } from "@/lib/validation";

export async function orNotFound<T>(work: Promise<T>, signInPath = "/signin"): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof AppError) {
      if (err.code === "not_found" || err.code === "forbidden") notFound();
      if (err.code === "unauthenticated") redirect(signInPath);
    }
    throw err;
  }
}

/** A listing read from query parameters: parameters lib refuses (`?status=bogus`) come back as a
 * readable `problem` for the page to show, not as an exception. */
export async function orBadQuery<T>(
  work: Promise<T>,
): Promise<{ data: T; problem: null } | { data: null; problem: string }> {
  try {
    return { data: await orNotFound(work), problem: null };
  } catch (err) {
    if (err instanceof ZodError) return { data: null, problem: readableZodError(err) };
    if (err instanceof AppError && (err.code === "unprocessable" || err.code === "bad_request"))
      return { data: null, problem: err.message };
    throw err;
  }
}
