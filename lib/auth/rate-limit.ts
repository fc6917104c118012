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

export async function peek(db: Db, key: string): Promise<Bucket | null> {
  const row = await db.rateLimitBucket.findUnique({ where: { key } });
  if (!row || row.resetAt <= new Date()) return null;
  return { count: row.count, resetAt: row.resetAt };
}

export async function clear(db: Db, key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}
