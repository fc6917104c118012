import "server-only";
// Claimants found by search, beside the claims: by name, alias or description, every word of the
// query matching one of them. Public callers see public claimants only (lib/publishing/visibility.ts).
import type { Db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { readAccess } from "@/lib/publishing/read-scope";
import { visibleClaimantWhere, visibleClaimWhere, type ReadScope } from "@/lib/publishing/visibility";
import { CLAIMANT_SELECT } from "./select";
import { containsIgnoringCase } from "@/lib/db/like";

/** The most claimants one search shows: they head the results, the claims follow. */
export const CLAIMANT_HITS = 5;

export interface ClaimantHit {
  id: string;
  name: string;
  kind: string;
  description: string | null;
  aliases: string[];
  /** Claims of theirs the caller may see. */
  claims: number;
}

export async function findClaimants(db: Db, scope: ReadScope, q: string): Promise<ClaimantHit[]> {
  const words = q
    .split(/\s+/)
    .map((w) => w.replace(/^["'(]+|["'),.;:]+$/g, ""))
    .filter((w) => w.length >= 2)
    .slice(0, 8);
  if (!words.length) return [];
  const match = (w: string): Prisma.ClaimantWhereInput => ({
    OR: [{ name: containsIgnoringCase(w) }, { description: containsIgnoringCase(w) }, { aliases: { has: w } }],
  });
  const rows = await db.claimant.findMany({
    where: { AND: [visibleClaimantWhere(scope), ...words.map(match)] },
    orderBy: { name: "asc" },
    take: CLAIMANT_HITS,
    select: CLAIMANT_SELECT,
  });
  if (!rows.length) return [];
  // Counted for the hits only: Prisma's relation _count grouped every claim of the workspace
  // first (336 ms a search at 100,000 claims).
  const counts = await db.claim.groupBy({
    by: ["claimantId"],
    where: { AND: [visibleClaimWhere(scope), { claimantId: { in: rows.map((r) => r.id) } }] },
    _count: { _all: true },
  });
  const n = new Map(counts.map((c) => [c.claimantId, c._count._all]));
  return rows.map((c) => ({ ...c, claims: n.get(c.id) ?? 0 }));
}

/** The desk's (or a token's) claimant search: members see every live claimant, anonymous callers the public ones. */
export async function searchClaimants(db: Db, actor: Actor, slug: string, q: string): Promise<ClaimantHit[]> {
  const { scope } = await readAccess(db, actor, slug);
  return findClaimants(db, scope, q.trim().slice(0, 200));
}
