import "server-only";
// The claims list's filters (claimFilters in ./schemas) as a Prisma where and as SQL conditions:
// the list, its full-text search, saved views' counts and the dashboard all filter the same way.
import { liveClaimWhere } from "@/lib/trash/live";
import { liveClaimSql } from "./live-sql";
import { Prisma } from "@/lib/db";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { ClaimFilters } from "./schemas";

/** Steps where the writer has the claim, and where the reviewer has it: each has its own due date. */
export const WRITER_STEPS: ClaimStatus[] = ["draft", "changes_requested"];
export const REVIEWER_STEPS: ClaimStatus[] = ["in_review", "approved"];
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The due date of the claim's current step (writer's or reviewer's), in SQL over alias `c`. */
export const DUE_SQL = Prisma.sql`(CASE WHEN c.status::text IN ('draft', 'changes_requested') THEN c."writerDueAt"
  WHEN c.status::text IN ('in_review', 'approved') THEN c."reviewerDueAt" END)`;

function dueWhere(due: NonNullable<ClaimFilters["due"]>, now: Date): Prisma.ClaimWhereInput {
  const range: Prisma.DateTimeNullableFilter =
    due === "overdue"
      ? { lt: now }
      : due === "week"
        ? { gte: now, lt: new Date(now.getTime() + WEEK_MS) }
        : { not: null };
  const dated: Prisma.ClaimWhereInput = {
    OR: [
      { status: { in: WRITER_STEPS }, writerDueAt: range },
      { status: { in: REVIEWER_STEPS }, reviewerDueAt: range },
    ],
  };
  return due === "none" ? { NOT: dated } : dated;
}

export function filterWhere(workspaceId: string, f: ClaimFilters, now = new Date()): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [];
  if (f.assigneeId) and.push({ OR: [{ writerId: f.assigneeId }, { reviewerId: f.assigneeId }] });
  if (f.due) and.push(dueWhere(f.due, now));
  return {
    workspaceId,
    ...liveClaimWhere,
    ...(f.documentId && { documentId: f.documentId }),
    ...(f.claimantId && { claimantId: f.claimantId }),
    ...(f.status && { status: f.status }),
    ...(f.verdict && { ratingId: f.verdict }),
    ...(f.claimType && { claimType: f.claimType }),
    ...(f.tag && { tags: { has: f.tag } }),
    ...(f.anchorStatus && { anchorStatus: f.anchorStatus }),
    ...(and.length ? { AND: and } : {}),
  };
}

/** The same filters as SQL conditions over `"Claim" c` (full text adds its own `q`). */
export function filterSql(workspaceId: string, f: ClaimFilters, now = new Date()): Prisma.Sql[] {
  const conds = [Prisma.sql`c."workspaceId" = ${workspaceId}`, liveClaimSql("c")];
  if (f.documentId) conds.push(Prisma.sql`c."documentId" = ${f.documentId}`);
  if (f.claimantId) conds.push(Prisma.sql`c."claimantId" = ${f.claimantId}`);
  if (f.status) conds.push(Prisma.sql`c.status::text = ${f.status}`);
  if (f.verdict) conds.push(Prisma.sql`c."ratingId" = ${f.verdict}`);
  if (f.claimType) conds.push(Prisma.sql`c."claimType"::text = ${f.claimType}`);
  if (f.tag) conds.push(Prisma.sql`${f.tag} = ANY(c.tags)`);
  if (f.anchorStatus) conds.push(Prisma.sql`c."anchorStatus"::text = ${f.anchorStatus}`);
  if (f.assigneeId) conds.push(Prisma.sql`(c."writerId" = ${f.assigneeId} OR c."reviewerId" = ${f.assigneeId})`);
  if (f.due === "overdue") conds.push(Prisma.sql`${DUE_SQL} < ${now}`);
  if (f.due === "week")
    conds.push(Prisma.sql`${DUE_SQL} >= ${now} AND ${DUE_SQL} < ${new Date(now.getTime() + WEEK_MS)}`);
  if (f.due === "none") conds.push(Prisma.sql`${DUE_SQL} IS NULL`);
  return conds;
}
