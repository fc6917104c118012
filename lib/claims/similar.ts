import "server-only";
// Similar existing claims (pg_trgm), shown while an editor writes a statement. Candidates come from
// the trigram index over ClaimSimilarText (`text % probe`, migrations/20261206900000_claim_similar_text).
// An anonymous caller sees public claims only, whose statement is frozen as published.
import { Prisma, type Db } from "@/lib/db";
import { sqlTransaction } from "@/lib/db/sql";
import type { Actor } from "@/lib/auth/actor";
import { readAccess } from "@/lib/publishing/read-scope";
import { liveClaimSql, publicClaimStatusSql } from "./live-sql";

export interface SimilarClaim {
  id: string;
  headline: string;
  text: string;
  status: string;
  similarity: number;
}

const LIMIT = 5;

export async function findSimilarClaims(
  db: Db,
  actor: Actor,
  slug: string,
  text: string,
  opts: { threshold?: number; excludeId?: string } = {},
): Promise<SimilarClaim[]> {
  const { scope } = await readAccess(db, actor, slug);
  // DUPLICATE_THRESHOLD is checked at start-up (lib/env.ts).
  const threshold = opts.threshold ?? Number(process.env.DUPLICATE_THRESHOLD || 0.35);
  const probe = text.trim();
  if (probe.length < 8) return [];
  const query = Prisma.sql`
    SELECT c.id, c.headline, c.text, c.status::text AS status, similarity(s.text, ${probe})::float8 AS similarity
    FROM "ClaimSimilarText" s JOIN "Claim" c ON c.id = s."claimId"
    WHERE s."workspaceId" = ${scope.workspaceId} AND s.text % ${probe} AND ${liveClaimSql("c")}
      AND ${scope.public ? publicClaimStatusSql("c") : Prisma.sql`TRUE`} AND c.id <> ${opts.excludeId ?? ""}
    ORDER BY similarity DESC, c.id LIMIT ${LIMIT}`;
  return sqlTransaction(db, async (sql) => {
    // `%` matches at pg_trgm.similarity_threshold: this transaction's own.
    await sql.rows(Prisma.sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`);
    return sql.rows<SimilarClaim>(query);
  });
}
