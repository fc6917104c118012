// The rule of lib/trash/live.ts for raw SQL (kept apart so live.ts stays free of runtime imports).
import { Prisma } from "@/lib/db";
/** Live claims in raw SQL over "Claim" (`alias` is the query's table alias): not deleted, not merged. */
export const liveClaimSql = (alias: string) =>
  Prisma.sql`${Prisma.raw(`${alias}."deletedAt" IS NULL AND ${alias}."mergedIntoId"`)} IS NULL`;
