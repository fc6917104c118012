// Errors as RFC 9457 problem+json. One mapping for every API route.
import crypto from "node:crypto";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/platform/log";
import { zodIssues } from "@/lib/validation";

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  412: "Precondition Failed",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Content Too Large",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}): Response {
  return new Response(
    JSON.stringify({ type: "about:blank", title: TITLES[status] ?? "Error", status, detail, ...extra }),
    {
      status,
      headers: { "content-type": "application/problem+json" },
    },
  );
}

function prismaCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown })?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

/** PostgreSQL refusing a character (SQLSTATE 22021 / 22P05), however the adapter wraps it. */
export function isBadCharacterError(err: unknown): boolean {
  const text = err instanceof Error ? `${err.message} ${JSON.stringify((err as { meta?: unknown }).meta ?? "")}` : "";
  return /\b(22021|22P05)\b|invalid byte sequence for encoding "UTF8": 0x00|unsupported Unicode escape sequence/.test(
    text,
  );
}

/** `requestId`: the one bin/serve.ts gave the request (its `x-request-id`), so log, header and body agree. */
export function errorResponse(err: unknown, requestId: string = crypto.randomUUID()): Response {
  if (err instanceof AppError) {
    const res = problem(err.status, err.message, err.details ? { details: err.details } : {});
    // A refusal that passes (rate limits, a busy importer) says when to come back.
    const retry = err.details?.retryAfterSeconds;
    if (typeof retry === "number" && retry > 0) res.headers.set("retry-after", String(Math.ceil(retry)));
    return res;
  }
  if (err instanceof ZodError) return problem(422, "the request failed validation", { errors: zodIssues(err) });
  const code = prismaCode(err);
  if (code === "P2002") return problem(409, "a record with these values already exists");
  if (code === "P2025") return problem(404, "record not found");
  // A backstop for text that slipped past the boundary check (lib/http/input): still the client's fault.
  if (isBadCharacterError(err))
    return problem(422, "the request contains text the database cannot store (a NUL byte?)");
  // Anything else: the log gets the error under an id; the client gets only the id to quote.
  log.error({ requestId, err }, "request failed");
  const res = problem(500, `something went wrong on our side (request ${requestId})`, { requestId });
  res.headers.set("x-request-id", requestId);
  return res;
}
