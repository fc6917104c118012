import "server-only";
// Ending JWT sessions before they expire. Each user has a sessionVersion; a token carries the
// version it was issued under (`sv`) and is refused once the user's version has moved on. The
// version is bumped on sign-out, on a password change and on removal from a workspace. Each app
// instance caches versions briefly so a request costs no extra query; the instance that bumps
// forgets its entry at once, others within CACHE_TTL_MS.
import { LRUCache } from "lru-cache";
import type { Db } from "@/lib/db";
import { processShared } from "@/lib/platform/process-shared";

export const CACHE_TTL_MS = 10_000;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// `null`: the user no longer exists. Per process: Next bundles route handlers and pages apart, and
// the sign-out route's bump must reach the cache the desk pages read in the same process.
const versions = processShared(
  "session-versions",
  () => new LRUCache<string, { v: number | null }>({ max: 10_000, ttl: CACHE_TTL_MS }),
);

export class SessionRevoked extends Error {
  constructor() {
    super("session revoked");
    this.name = "SessionRevoked";
  }
}

export async function sessionVersion(db: Db, userId: string): Promise<number | null> {
  const hit = versions.get(userId);
  if (hit) return hit.v;
  const row = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  const v = row?.sessionVersion ?? null;
  versions.set(userId, { v });
  return v;
}

/** Ends every session the user holds. Works inside a transaction (`tx`). */
export async function revokeSessions(db: Db | Tx, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  versions.delete(userId);
}

/** Throws SessionRevoked unless the token's version is the user's current one. */
export async function assertSessionCurrent(db: Db, userId: string, tokenVersion: unknown): Promise<void> {
  const current = await sessionVersion(db, userId);
  // Tokens issued before versions existed carry none: they count as version 0.
  if (current === null || current !== (typeof tokenVersion === "number" ? tokenVersion : 0)) throw new SessionRevoked();
}
