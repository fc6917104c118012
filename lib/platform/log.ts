// The one logger: JSON lines (time, level, msg, then fields) through pino. LOG_LEVEL picks the
// threshold (debug, info, warn, error, silent; default info). The server (bin/start.ts sets
// CORROBORATE_SERVER=1 for itself and bin/serve.ts) writes to stdout; anything else that logs (CLI, scripts) writes to stderr,
// so a log line never lands in an export written to stdout.
import pino from "pino";
import { processShared } from "./process-shared";

const LEVELS = new Set(["trace", "debug", "info", "warn", "error", "fatal", "silent"]);

export function logLevel(env: Record<string, string | undefined> = process.env): string {
  const wanted = env.LOG_LEVEL?.trim().toLowerCase();
  return wanted && LEVELS.has(wanted) ? wanted : "info";
}

/**
 * What went wrong, in words, whatever was thrown: an Error's message, also from another realm (a
 * worker, a VM context) or an error-like object from a library (`{ message, code }`), where
 * `String()` would give "[object Object]". Nothing else of an unknown object: it may hold secrets.
 */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err === null || typeof err !== "object") return String(err);
  // Only the message or code of an arbitrary object: its other fields may hold credentials.
  const { message, code } = err as { message?: unknown; code?: unknown };
  if (typeof message === "string") return message;
  if (typeof code === "string") return code;
  return `${err.constructor?.name ?? "Object"} thrown`;
}

/** Error details without what may carry secrets (Prisma's `meta`, request objects, causes' data). */
export function errorFields(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: errorMessage(err) };
  const code = (err as { code?: unknown }).code;
  return { type: err.name, message: err.message, ...(typeof code === "string" ? { code } : {}), stack: err.stack };
}

// Belt and braces: fields that must never be written even if a caller passes them.
const REDACT = [
  "password",
  "*.password",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "cookie",
  "*.cookie",
  "authorization",
  "*.authorization",
  "headers.cookie",
  "headers.authorization",
  "*.headers.cookie",
  "*.headers.authorization",
];

// Where lines go is settled at the first write (after bin/start.ts has said it is the server).
// Synchronous, so the lines written just before process.exit are not lost.
let out: ReturnType<typeof pino.destination> | undefined;
const destination = {
  write(line: string) {
    out ??= pino.destination({ fd: process.env.CORROBORATE_SERVER === "1" ? 1 : 2, sync: true });
    out.write(line);
  },
};

function create(): pino.Logger {
  return pino(
    {
      level: logLevel(),
      base: undefined,
      messageKey: "msg",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: errorFields },
      redact: { paths: REDACT, censor: "[redacted]" },
    },
    destination,
  );
}

// One instance per process, shared by the server wrapper and the Next bundle's copy of this module.
export const log: pino.Logger = processShared("log", create);
