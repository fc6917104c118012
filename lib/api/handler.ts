import "server-only";
// The one wrapper every /api/v1 handler goes through (as dub's withWorkspace): who is asking
// (Bearer token or session), a rate limit in the database, body limits, and one error mapping.
import type { Db } from "@/lib/db";
import { getDb } from "@/lib/db/server";
import { anonymousReader, type Actor } from "@/lib/auth/actor";
import { sessionActor } from "@/lib/auth/session";
import { hit } from "@/lib/auth/rate-limit";
import { actorFromToken } from "@/lib/auth/tokens";
import { clientAddress } from "@/lib/auth/client";
import { AppError } from "@/lib/errors";
import { requestBodyLimit } from "@/lib/platform/limits";
import { assertCleanInput } from "@/lib/http/input";
import { errorResponse, problem } from "./problem";

export const API_RATE_LIMIT = { perMinute: Number(process.env.API_RATE_LIMIT_PER_MINUTE ?? 600) };
export const MAX_JSON_BYTES = requestBodyLimit();

export interface ApiContext<P> {
  req: Request;
  db: Db;
  actor: Actor;
  params: P;
  /** The parsed JSON body; a malformed or oversized body is refused before the handler runs. */
  json(): Promise<unknown>;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Methods an anonymous caller may use: reads, which lib answers with a public workspace's published data. */
const ANONYMOUS_METHODS = new Set(["GET", "HEAD"]);

/** No Origin (curl, server-to-server) or an Origin naming this host (as Next's server-action check). */
function sameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (!origin) return true;
  const host = req.headers.get("x-forwarded-host")?.split(",")[0].trim() || req.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

async function resolveActor(db: Db, req: Request): Promise<Actor> {
  const auth = req.headers.get("authorization");
  if (auth) {
    const m = auth.match(/^Bearer\s+(\S+)$/i);
    if (!m) throw new AppError("unauthenticated", "Authorization must be 'Bearer <token>'");
    return actorFromToken(db, m[1]);
  }
  // Cookie sessions ride along on cross-site requests; route handlers get no CSRF check from Next
  // (server actions do), so a browser write from another origin is refused here.
  if (!SAFE_METHODS.has(req.method) && !sameOrigin(req))
    throw new AppError("forbidden", "cross-origin requests must use a Bearer token");
  return sessionActor(req.headers);
}

/**
 * Whose per-minute bucket a request counts against. Anonymous clients are told apart by address
 * only when a proxy we run vouches for it (TRUST_PROXY=1, lib/auth/client); otherwise a forged
 * X-Forwarded-For would buy a fresh bucket per request, so they share one (Next's route handlers
 * do not see the socket's address).
 */
export function apiClientKey(actor: Actor, headers: Headers): string {
  if (actor.kind === "token") return `api:token:${actor.tokenId}`;
  if (actor.kind === "user") return `api:user:${actor.userId}`;
  return `api:ip:${clientAddress(headers) ?? "anonymous"}`;
}

export function apiHandler<P>(handler: (ctx: ApiContext<P>) => Promise<Response | unknown>) {
  return async (req: Request, route: { params: Promise<P> }): Promise<Response> => {
    try {
      const db = await getDb();
      const actor = await resolveActor(db, req);
      const bucket = await hit(db, apiClientKey(actor, req.headers), 60_000);
      if (bucket.count > API_RATE_LIMIT.perMinute) {
        const retry = Math.max(1, Math.ceil((bucket.resetAt.getTime() - Date.now()) / 1000));
        const res = problem(429, "rate limit exceeded; slow down");
        res.headers.set("retry-after", String(retry));
        return res;
      }
      // Anonymous reads reach lib as a public reader (lib/publishing/read-scope.ts decides what they see);
      // anonymous writes stop here.
      if (actor.kind === "anonymous" && !ANONYMOUS_METHODS.has(req.method))
        throw new AppError("unauthenticated", "sign in or send a Bearer token");
      const caller = actor.kind === "anonymous" ? anonymousReader : actor;
      const params = await route.params;
      // Path and query first (400: the URL is wrong), before any of it reaches a query.
      assertCleanInput(params, "", { code: "bad_request", maxChars: 10_000 });
      assertCleanInput(Object.fromEntries(new URL(req.url).searchParams), "", {
        code: "bad_request",
        maxChars: 10_000,
      });
      const json = async () => {
        const length = Number(req.headers.get("content-length") ?? 0);
        if (length > MAX_JSON_BYTES)
          throw new AppError("payload_too_large", `request body is over ${MAX_JSON_BYTES / 1024 / 1024} MB`);
        const text = await req.text();
        if (Buffer.byteLength(text) > MAX_JSON_BYTES)
          throw new AppError("payload_too_large", `request body is over ${MAX_JSON_BYTES / 1024 / 1024} MB`);
        if (!text.trim()) return {}; // an empty body is an empty object; zod then names what is missing
        let body: unknown;
        try {
          body = JSON.parse(text) as unknown;
        } catch {
          throw new AppError("bad_request", "request body is not valid JSON");
        }
        assertCleanInput(body, "", { maxChars: MAX_JSON_BYTES }); // lengths per field: zod
        return body;
      };
      const out = await handler({ req, db, actor: caller, params, json });
      return out instanceof Response ? out : Response.json(out);
    } catch (err) {
      return errorResponse(err, req.headers.get("x-request-id") ?? undefined);
    }
  };
}
