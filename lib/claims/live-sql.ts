// The rule of lib/trash/live.ts for raw SQL (kept apart so live.ts stays free of runtime imports).
import { Prisma } from "@/lib/db";
import { PUBLIC_STATUSES } from "@/lib/publishing/visibility";
/** Live claims in raw SQL over "Claim" (`alias` is the query's table alias): not deleted, not merged. */
export const liveClaimSql = (alias: string) =>
  Prisma.sql`${Prisma.raw(`${alias}."deletedAt" IS NULL AND ${alias}."mergedIntoId"`)} IS NULL`;

/**
 * Listed claims in raw SQL (listedClaimWhere in lib/publishing/visibility.ts): live and published.
 * The listed claims' partial indexes (migration 20261205900000) carry this predicate, so queries
 * that write it this way can read them.
 */
export const listedClaimSql = (alias: string) =>
  Prisma.sql`${liveClaimSql(alias)} AND ${Prisma.raw(`${alias}.status = 'published'`)}`;

/** The statuses the public may see (visibleClaimWhere, lib/publishing/visibility.ts) in raw SQL. */
export const publicClaimStatusSql = (alias: string) =>
  Prisma.sql`${Prisma.raw(`${alias}.status::text`)} IN (${Prisma.join(PUBLIC_STATUSES)})`;

/** Live claimants in raw SQL over "Claimant": not deleted, not merged. */
export const liveClaimantSql = (alias: string) =>
  Prisma.sql`${Prisma.raw(`${alias}."deletedAt" IS NULL AND ${alias}."mergedIntoId"`)} IS NULL`;
