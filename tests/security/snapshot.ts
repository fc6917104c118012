// What the permission matrix compares before and after a call: row counts of every table a change
// could touch (rate-limit buckets and token last-use times excepted), version sums and a few states.
// Any write changes it; a refusal must leave it as it was.
import type { Db } from "@/lib/db";

const TABLES = [
  "User",
  "Membership",
  "ApiToken",
  "Document",
  "DocumentVersion",
  "Source",
  "Citation",
  "Claimant",
  "Claim",
  "ClaimRelation",
  "Evidence",
  "Review",
  "ClaimRevision",
  "Correction",
  "Comment",
  "SuggestionDismissal",
  "AuditEvent",
  "Rating",
];

export async function snapshot(db: Db): Promise<string> {
  const counts = TABLES.map((n) => `(SELECT count(*) FROM "${n}")::text`).join(" || ',' || ");
  const versions = `(SELECT coalesce(sum(version), 0) FROM "Claim")::text || ',' || (SELECT coalesce(sum(version), 0) FROM "Source")::text || ',' || (SELECT coalesce(sum(version), 0) FROM "Evidence")::text`;
  const states = `(SELECT count(*) FROM "ApiToken" WHERE "revokedAt" IS NOT NULL)::text || ',' || (SELECT coalesce(md5(string_agg(role::text || "userId", ',' ORDER BY id)), '') FROM "Membership") || ',' || (SELECT coalesce(md5(string_agg(coalesce(description, ''), ',' ORDER BY id)), '') FROM "Rating")`;
  const rows = await db.$queryRawUnsafe<{ s: string }[]>(
    `SELECT ${counts} || ';' || ${versions} || ';' || ${states} AS s`,
  );
  return rows[0].s;
}

/** The number of audit events in a snapshot. */
export const audits = (snap: string) => Number(snap.split(";")[0].split(",")[TABLES.indexOf("AuditEvent")]);
