import "server-only";
// Maps lib errors to Next's page responses: a record you may not see is a 404, never a leak.
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";

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
