// The rule of lib/trash/live.ts for raw SQL (kept apart so live.ts stays free of runtime imports).
import { Prisma } from "@/lib/db";
/** Live sources in raw SQL over "Source" (`alias` is the query's table alias): not deleted, not merged. */
export const liveSourceSql = (alias: string) =>
  Prisma.sql`${Prisma.raw(`${alias}."deletedAt" IS NULL AND ${alias}."mergedIntoId"`)} IS NULL`;
