import "server-only";
// Fixed-window counters in the database, so limits hold across several app instances.
import type { Db } from "@/lib/db";

export interface Bucket {
  count: number;
  resetAt: Date;
}

/** Adds one hit to `key` and returns the window's count. One atomic statement: no lost updates. */
export async function hit(db: Db, key: string, windowMs: number): Promise<Bucket> {
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt", "updatedAt")
    VALUES (${key}, 1, now() + ${windowMs} * interval '1 millisecond', now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now()
        THEN now() + ${windowMs} * interval '1 millisecond' ELSE "RateLimitBucket"."resetAt" END,
      "updatedAt" = now()
    RETURNING "count", "resetAt"`;
  return { count: Number(rows[0].count), resetAt: new Date(rows[0].resetAt) };
}

export interface AttemptPolicy {
  /** Attempts allowed without waiting. */
  free: number;
  /** Wait after the last free attempt; doubles with each further one, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A series with no attempt for this long starts over. */
  idleResetMs: number;
}

export type Attempt = { allowed: true; count: number } | { allowed: false; retryAt: Date };

/**
 * Claims one attempt on `key` before the work it guards (a password check) runs, in ONE
 * statement, so parallel attempts are counted exactly: the first `free` get through, then one
 * per delay, the delay doubling each time. The row's `resetAt` is when the next attempt may
 * start. The caller `clear`s the key when the attempt turns out fine.
 */
export async function attempt(db: Db, key: string, p: AttemptPolicy): Promise<Attempt> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" AS b ("key", "count", "resetAt", "updatedAt")
    VALUES (${key}, 1, CASE WHEN ${p.free}::int <= 1 THEN now() + ${p.baseDelayMs}::float8 * interval '1 millisecond' ELSE now() END, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN b."updatedAt" + ${p.idleResetMs}::float8 * interval '1 millisecond' <= now() THEN 1 ELSE b."count" + 1 END,
      "resetAt" = CASE
        WHEN b."updatedAt" + ${p.idleResetMs}::float8 * interval '1 millisecond' <= now() THEN now()
        WHEN b."count" + 1 >= ${p.free}::int THEN now() + LEAST(${p.maxDelayMs}::float8,
          ${p.baseDelayMs}::float8 * power(2, LEAST(b."count" + 1 - ${p.free}::int, 40))) * interval '1 millisecond'
        ELSE b."resetAt" END,
      "updatedAt" = now()
    WHERE b."count" < ${p.free}::int OR b."resetAt" <= now()
      OR b."updatedAt" + ${p.idleResetMs}::float8 * interval '1 millisecond' <= now()
    RETURNING "count"`;
  if (rows.length) return { allowed: true, count: Number(rows[0].count) };
  const held = await db.rateLimitBucket.findUnique({ where: { key }, select: { resetAt: true } });
  return { allowed: false, retryAt: held?.resetAt ?? new Date(Date.now() + p.baseDelayMs) };
}

/** Gives back one claimed attempt (it succeeded, so it should not count against the client). */
export async function refund(db: Db, key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

export async function peek(db: Db, key: string): Promise<Bucket | null> {
  const row = await db.rateLimitBucket.findUnique({ where: { key } });
  if (!row || row.resetAt <= new Date()) return null;
  return { count: row.count, resetAt: row.resetAt };
}

export async function clear(db: Db, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
