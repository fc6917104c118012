import "server-only";
import type { Db, Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { liveClaimWhere } from "@/lib/trash/live";

/** A claim of another workspace (or none) is a 404 wherever a claim's rows are listed, never an empty list. */
export async function requireClaimInWorkspace(
  db: Db | Prisma.TransactionClient,
  workspaceId: string,
  claimId: string,
): Promise<void> {
  if (!(await db.claim.findFirst({ where: { id: claimId, workspaceId, ...liveClaimWhere }, select: { id: true } })))
    throw notFound("claim");
}
