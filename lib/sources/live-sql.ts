// The rule of ./live.ts for raw SQL (kept apart so live.ts stays free of runtime imports).
import { Prisma } from "@/lib/db";
/** The same rule for raw SQL over "Source" (`alias` is the query's table alias). */
export const liveSourceSql = (alias: string) => Prisma.sql`${Prisma.raw(`${alias}."mergedIntoId"`)} IS NULL`;
