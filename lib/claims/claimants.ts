import "server-only";
import { z } from "zod";
import { Prisma, type Claimant, type Db } from "@/lib/db";
import { insertSql, sqlOf, type SqlExecutor } from "@/lib/db/sql";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import { readAccess } from "@/lib/publishing/read-scope";
import { visibleClaimantWhere, visibleClaimWhere } from "@/lib/publishing/visibility";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { claimantInput, claimantRef, claimantUpdate } from "./schemas";
import { liveClaimantWhere, liveClaimWhere } from "@/lib/trash/live";
import { containsIgnoringCase } from "@/lib/db/like";

/** Finds a claimant by id, or by name or alias (case-insensitive), or creates one. */
export async function resolveClaimant(
  tx: SqlExecutor,
  actor: Actor,
  workspaceId: string,
  ref: z.infer<typeof claimantRef>,
): Promise<string> {
  const sql = sqlOf(tx);
  if ("id" in ref) {
    // A merged claimant's id stands for the one it was merged into (old links and imports keep working).
    const find = async (id: string) =>
      (
        await sql.rows<{ id: string; mergedIntoId: string | null; deletedAt: Date | null }>(Prisma.sql`
          SELECT id, "mergedIntoId", "deletedAt" FROM "Claimant" WHERE id = ${id} AND "workspaceId" = ${workspaceId}`)
      )[0];
    let c = await find(ref.id);
    for (let hops = 0; c?.mergedIntoId && hops < 10; hops++) c = await find(c.mergedIntoId);
    if (!c || c.mergedIntoId || c.deletedAt)
      throw new AppError("unprocessable", "claimant not found in this workspace", { field: "claimant" });
    return c.id;
  }
  // A merged claimant's name is an alias of the kept one (lib/merge/claimants.ts), so live ones suffice.
  // The name ignoring case (lower() both sides, as ILIKE compares), else an alias: each branch
  // reads its own index (migrations/20261207000000_claimant_name_lookup), the name first.
  const [existing] = await sql.rows<{ id: string; deletedAt: Date | null }>(Prisma.sql`
    SELECT id, "deletedAt" FROM "Claimant"
      WHERE "workspaceId" = ${workspaceId} AND "mergedIntoId" IS NULL AND lower(name) = lower(${ref.name})
    UNION ALL
    -- No LIMIT of its own: with one, the planner scans the table (it expects an early match).
    SELECT id, "deletedAt" FROM "Claimant"
      WHERE "workspaceId" = ${workspaceId} AND "mergedIntoId" IS NULL AND aliases @> ARRAY[${ref.name}]::text[]
    LIMIT 1`);
  // A claimant in the trash (@@unique name) comes back when a claim names them again.
  if (existing?.deletedAt) {
    const [restored] = await sql.rows<Claimant>(Prisma.sql`
      UPDATE "Claimant" SET "deletedAt" = NULL, "deletedById" = NULL, "updatedAt" = ${new Date()}
      WHERE id = ${existing.id} RETURNING *`);
    await recordAudit(sql, actor, {
      workspaceId,
      action: "claimant.restore",
      entityType: "Claimant",
      entityId: existing.id,
      after: restored,
    });
  }
  if (existing) return existing.id;
  const now = new Date();
  const [created] = await sql.rows<Claimant>(
    Prisma.sql`${insertSql("Claimant", [{ workspaceId, ...ref, createdAt: now, updatedAt: now }])} RETURNING *`,
  );
  await recordAudit(sql, actor, {
    workspaceId,
    action: "claimant.create",
    entityType: "Claimant",
    entityId: created.id,
    after: created,
  });
  return created.id;
}

export async function listClaimants(db: Db, actor: Actor, slug: string, q?: string) {
  const { scope } = await readAccess(db, actor, slug);
  return db.claimant.findMany({
    where: { AND: [visibleClaimantWhere(scope), q ? { name: containsIgnoringCase(q) } : {}] },
    orderBy: { name: "asc" },
    take: 200,
    select: {
      id: true,
      name: true,
      kind: true,
      aliases: true,
      description: true,
      _count: { select: { claims: { where: visibleClaimWhere(scope) } } },
    },
  });
}

export async function createClaimant(db: Db, actor: Actor, slug: string, input: unknown) {
  const data = claimantInput.parse(input);
  const { workspace } = await authorize(db, actor, slug, "claim.create");
  return db.$transaction(async (tx) => {
    const id = await resolveClaimant(tx, actor, workspace.id, data);
    return tx.claimant.findUniqueOrThrow({ where: { id } });
  });
}

/** Edits a claimant; a name another claimant has is refused (merge the two instead). */
export async function updateClaimant(db: Db, actor: Actor, slug: string, claimantId: string, raw: unknown) {
  const { version, ...data } = claimantUpdate.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "claimant.write");
  return db.$transaction(async (tx) => {
    const before = await tx.claimant.findFirst({
      where: { id: claimantId, workspaceId: workspace.id, ...liveClaimantWhere },
    });
    if (!before) throw notFound("claimant");
    if (data.name && data.name !== before.name) {
      const taken = await tx.claimant.findFirst({
        where: { workspaceId: workspace.id, name: data.name, NOT: { id: claimantId } },
        select: { id: true, mergedIntoId: true },
      });
      if (taken)
        throw new AppError(
          "conflict",
          taken.mergedIntoId
            ? `“${data.name}” is the name of a claimant merged into another; it is already an alias there`
            : `another claimant is named “${data.name}”; merge the two instead`,
          { field: "name", existing: { id: taken.id } },
        );
    }
    const { count } = await tx.claimant.updateMany({
      where: { id: claimantId, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (!count)
      throw new AppError(
        "conflict",
        `the claimant was changed by someone else (now version ${before.version}); reload and re-apply`,
        { current: before },
      );
    const after = await tx.claimant.findUniqueOrThrow({ where: { id: claimantId } });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "claimant.update",
      entityType: "Claimant",
      entityId: claimantId,
      before,
      after,
    });
    return after;
  });
}

/** One claimant for the desk page: its details and how many claims name it. */
export async function getClaimant(db: Db, actor: Actor, slug: string, claimantId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const row = await db.claimant.findFirst({
    where: { id: claimantId, workspaceId: workspace.id, ...liveClaimantWhere },
    include: { _count: { select: { claims: { where: liveClaimWhere }, reportedClaims: { where: liveClaimWhere } } } },
  });
  if (!row) throw notFound("claimant");
  return row;
}
