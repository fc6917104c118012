import "server-only";
// Server actions return data or a readable error instead of throwing across the wire. Every
// server action is a `defineAction(schema, work, { revalidate })` (docs/ARCHITECTURE.md).
import { revalidatePath } from "next/cache";
import { z, ZodError } from "zod";
import { isBadCharacterError } from "@/lib/api/problem";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session";
import type { Db } from "@/lib/db";
import { getDb } from "@/lib/db/server";
import { AppError, type ErrorCode } from "@/lib/errors";
import { readableZodError } from "@/lib/validation";
import { findInputIssue, MAX_INPUT_CHARS } from "./input";

/** A form's fields; a field posted more than once (several files) becomes an array. */
function formFields(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** Messages by field path (`headline`, `claimant.name`), next-learn's `fieldErrors` shape. */
export type FieldErrors = Record<string, string[]>;

export type ActionFailure = {
  ok: false;
  error: string;
  /** lib's refusal code (the API answers the same refusal with its HTTP status). */
  code: ErrorCode;
  fieldErrors?: FieldErrors;
  /** A stale edit (409): the record as it is now, so the editor can see what changed. */
  current?: unknown;
  /** A probable duplicate (409): the existing record, so the form can offer it. */
  existing?: unknown;
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

function fieldErrorsOf(err: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const i of err.issues) (out[i.path.join(".") || "input"] ??= []).push(i.message);
  return out;
}

const plain = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

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
    const issue = findInputIssue(
      arg,
      name === "slug" ? "workspace" : arg !== null && typeof arg === "object" ? "" : name,
      maxChars,
    );
    if (issue) return issue.message;
  }
  return null;
}

/**
 * Runs `work` and maps refusals to `{ ok: false, error }`. Pass the action's arguments as `args`
 * so they are checked before any of them reaches lib or the database.
 */
export async function actionResult<T>(
  work: () => Promise<T>,
  args?: Record<string, unknown>,
  maxChars = MAX_INPUT_CHARS,
): Promise<ActionResult<T>> {
  const issue = args ? actionArgsIssue(args, maxChars) : null;
  if (issue) return { ok: false, code: "bad_request", error: issue };
  try {
    return { ok: true, data: await work() };
  } catch (err) {
    if (err instanceof ZodError)
      return { ok: false, code: "unprocessable", error: readableZodError(err), fieldErrors: fieldErrorsOf(err) };
    if (err instanceof AppError) {
      const d = (err.details ?? {}) as { field?: unknown; current?: unknown; existing?: unknown };
      const res: ActionFailure = { ok: false, code: err.code, error: err.message };
      if (typeof d.field === "string") res.fieldErrors = { [d.field]: [err.message] };
      if (err.code === "conflict" && d.current) res.current = plain(d.current);
      if (err.code === "conflict" && d.existing) res.existing = plain(d.existing);
      return res;
    }
    // Backstop for text that reached the database without passing the guard above.
    if (isBadCharacterError(err))
      return {
        ok: false,
        code: "unprocessable",
        error: "the text contains characters that cannot be stored (a NUL byte?)",
      };
    throw err;
  }
}

export interface ActionContext {
  db: Db;
  actor: Actor;
}

type Paths = string | undefined | (string | undefined)[];

/**
 * The one way to write a server action. The client sends one object; its strings pass the input
 * guard, then `schema` parses it (the envelope: slug and ids; lib parses the rest), then `work`
 * runs with the request's database and actor, and on success the `revalidate` paths are
 * refreshed. Refusals come back as `{ ok: false, error, fieldErrors }`, never as a throw.
 */
export function defineAction<S extends z.ZodType<Record<string, unknown>>, T>(
  schema: S,
  work: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
  opts: {
    revalidate?: (input: z.output<S>, data: T) => Paths;
    /** Longest string the guard lets through (default MAX_INPUT_CHARS); the importer checks its own size. */
    maxChars?: number;
  } = {},
): (raw: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (posted) => {
    // A form posted as FormData is read as its fields (files stay File objects).
    const raw: unknown = posted instanceof FormData ? formFields(posted) : posted;
    const args =
      raw !== null && typeof raw === "object" && !Array.isArray(raw)
        ? (raw as Record<string, unknown>)
        : { input: raw };
    let input: z.output<S> | undefined;
    const res = await actionResult(
      async () => {
        input = schema.parse(raw);
        return work(input, { db: await getDb(), actor: await currentActor() });
      },
      args,
      opts.maxChars,
    );
    if (res.ok && opts.revalidate) {
      const paths = opts.revalidate(input!, res.data);
      for (const p of Array.isArray(paths) ? paths : [paths]) if (p) revalidatePath(p);
    }
    return res;
  };
}

/** The envelope most actions share: the workspace slug, then whatever lib parses. */
export const slugArg = z.string({ error: "workspace must be a string" });

/** A form's fields as lib reads them: text trimmed (a blank field is "", which lib reads as "clear"). */
export function trimmedFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === "string" ? v.trim() : v]));
}

/** A form's "a; b" list field (aliases, authors) as the list lib takes; anything else is passed on. */
export function listField(v: unknown): unknown {
  return typeof v === "string"
    ? v
        .split(";")
        .map((a) => a.trim())
        .filter(Boolean)
    : v;
}
