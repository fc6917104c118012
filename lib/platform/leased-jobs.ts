import "server-only";
// The job tables (SourceCapture, EmailOutbox): a row is the job. One claim takes the next runnable
// row with FOR UPDATE SKIP LOCKED (several instances never take the same one) under a lease, so a
// job whose instance died runs again when its lease ends; a failed attempt waits, doubling each time.
import { Prisma, type Db } from "@/lib/db";

const LEASE = "2 minutes";

/** The job table's name, its in-progress status and the columns a claim returns (SQL, fixed text). */
export interface JobTable {
  table: "SourceCapture" | "EmailOutbox";
  running: "running" | "sending";
  returning: string;
}

/** Claims the next queued row (or one whose lease ran out): marks it running, counts the attempt. */
export async function claimNextJob<T>(db: Db, { table, running, returning }: JobTable): Promise<T | null> {
  const t = Prisma.raw(`"${table}"`);
  const rows = await db.$queryRaw<T[]>(Prisma.sql`
    UPDATE ${t} SET status = ${Prisma.raw(`'${running}'`)}, attempts = attempts + 1,
      "leaseUntil" = (now() AT TIME ZONE 'UTC') + ${LEASE}::interval, "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE id = (
      SELECT id FROM ${t}
      WHERE (status = 'queued' AND "runAfter" <= now() AT TIME ZONE 'UTC')
         OR (status = ${Prisma.raw(`'${running}'`)} AND "leaseUntil" < now() AT TIME ZONE 'UTC')
      ORDER BY "runAfter", id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING ${Prisma.raw(returning)}`);
  return rows[0] ?? null;
}

/** The update that queues a failed job again: the first wait is `firstWaitMs`, each next one doubles. */
export function retryLater(message: string, attempts: number, maxAttempts: number, firstWaitMs: number) {
  return {
    status: "queued" as const,
    error: `${message}; retrying (attempt ${attempts + 1} of ${maxAttempts})`,
    leaseUntil: null,
    runAfter: new Date(Date.now() + firstWaitMs * 2 ** (attempts - 1)),
  };
}
