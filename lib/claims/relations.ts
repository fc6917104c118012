import "server-only";
// Claim ↔ claim relations (supports, contradicts, refines, duplicates), seen from both sides.
import { Prisma, type ClaimRelation, type Db } from "@/lib/db";
import { insertSql, sqlOf, type SqlExecutor } from "@/lib/db/sql";
import type { RelationType } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { requireClaimInWorkspace } from "./exists";
import { relationInput } from "./schemas";
import { liveClaimWhere } from "@/lib/trash/live";

export async function addRelation(db: Db, actor: Actor, slug: string, input: unknown) {
  const data = relationInput.parse(input);
  if (data.fromClaimId === data.toClaimId)
    throw new AppError("unprocessable", "a claim cannot be related to itself", { field: "toClaimId" });
  const { workspace } = await authorize(db, actor, slug, "claim.create");
  return db.$transaction(async (tx) => {
    // Both claims must be in this workspace: a relation across workspaces is refused as not found.
    const found = await tx.claim.count({
      where: { id: { in: [data.fromClaimId, data.toClaimId] }, workspaceId: workspace.id, ...liveClaimWhere },
    });
    if (found !== 2)
      throw new AppError("unprocessable", "both claims must exist in this workspace", { field: "toClaimId" });
    const dup = await tx.claimRelation.findFirst({
      where: { fromClaimId: data.fromClaimId, toClaimId: data.toClaimId, type: data.type },
    });
    if (dup) throw new AppError("conflict", `these claims are already related as '${data.type}'`);
    return recordRelation(tx, actor, workspace.id, data);
  });
}

/** Writes a relation the caller has checked, with its audit event, in the caller's transaction. */
export async function recordRelation(
  tx: SqlExecutor,
  actor: Actor,
  workspaceId: string,
  data: { fromClaimId: string; toClaimId: string; type: RelationType },
) {
  const [rel] = await sqlOf(tx).rows<ClaimRelation>(
    Prisma.sql`${insertSql("ClaimRelation", [
      { ...data, workspaceId, createdById: actorUserId(actor), createdAt: new Date() },
    ])} RETURNING *`,
  );
  await recordAudit(tx, actor, {
    workspaceId,
    action: "relation.add",
    entityType: "ClaimRelation",
    entityId: rel.id,
    after: rel,
  });
  return rel;
}

export async function removeRelation(db: Db, actor: Actor, slug: string, relationId: string) {
  const { workspace } = await authorize(db, actor, slug, "claim.create");
  await db.$transaction(async (tx) => {
    const rel = await tx.claimRelation.findFirst({ where: { id: relationId, workspaceId: workspace.id } });
    if (!rel) throw notFound("relation");
    await tx.claimRelation.delete({ where: { id: rel.id } });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "relation.remove",
      entityType: "ClaimRelation",
      entityId: rel.id,
      before: rel,
    });
  });
}

/** The API's list of a claim's relations: another workspace's claim is a 404, not an empty list. */
export async function claimRelations(db: Db, actor: Actor, slug: string, claimId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  await requireClaimInWorkspace(db, workspace.id, claimId);
  return relationsOf(db, workspace.id, claimId);
}

/** A claim's relations in both directions, phrased from this claim's side. */
export async function relationsOf(db: Db, workspaceId: string, claimId: string) {
  const rows = await db.claimRelation.findMany({
    where: {
      workspaceId,
      OR: [
        { fromClaimId: claimId, toClaim: liveClaimWhere },
        { toClaimId: claimId, fromClaim: liveClaimWhere },
      ],
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      type: true,
      note: true,
      fromClaimId: true,
      fromClaim: { select: { id: true, headline: true, status: true } },
      toClaim: { select: { id: true, headline: true, status: true } },
    },
  });
  return rows.map((r) => {
    const outgoing = r.fromClaimId === claimId;
    return {
      id: r.id,
      type: r.type,
      note: r.note,
      direction: outgoing ? ("outgoing" as const) : ("incoming" as const),
      other: outgoing ? r.toClaim : r.fromClaim,
    };
  });
}
