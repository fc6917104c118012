import "server-only";
// Where a merged record's public URL leads (lib/merge): the record it was merged into, followed
// through later merges, when that one has a public page. Pages answer 308 to it; otherwise 404.
import type { Db } from "@/lib/db";
import { liveClaimantWhere } from "@/lib/claims/live";
import { publicClaimWhere } from "./visibility";
import type { PublicWorkspace } from "./workspace";

const MAX_HOPS = 10;

async function follow(next: (id: string) => Promise<{ mergedIntoId: string | null } | null>, id: string) {
  let at = id;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const row = await next(at);
    if (!row?.mergedIntoId) return hop ? at : null;
    at = row.mergedIntoId;
  }
  return null;
}

/** The public claim a merged claim's URL redirects to, or null (not merged, or nothing public to go to). */
export async function publicClaimRedirect(db: Db, ws: PublicWorkspace, claimId: string): Promise<string | null> {
  const to = await follow(
    (id) => db.claim.findFirst({ where: { id, workspaceId: ws.id }, select: { mergedIntoId: true } }),
    claimId,
  );
  if (!to) return null;
  const ok = await db.claim.count({ where: { id: to, workspaceId: ws.id, ...publicClaimWhere } });
  return ok ? to : null;
}

/** The public claimant a merged claimant's URL redirects to, or null. */
export async function publicClaimantRedirect(db: Db, ws: PublicWorkspace, claimantId: string): Promise<string | null> {
  const to = await follow(
    (id) => db.claimant.findFirst({ where: { id, workspaceId: ws.id }, select: { mergedIntoId: true } }),
    claimantId,
  );
  if (!to) return null;
  const ok = await db.claimant.count({
    where: { id: to, workspaceId: ws.id, ...liveClaimantWhere, claims: { some: publicClaimWhere } },
  });
  return ok ? to : null;
}
