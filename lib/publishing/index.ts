import "server-only";
// What the public may see: published claims only (DESIGN.md).
import type { Db } from "@/lib/db";

export async function publishedClaimCount(db: Db, workspaceId: string): Promise<number> {
  return db.claim.count({ where: { workspaceId, status: "published" } });
}
