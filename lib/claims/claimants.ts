import "server-only";
import { z } from "zod";
import type { Db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import { readAccess } from "@/lib/publishing/read-scope";
import { visibleClaimantWhere, visibleClaimWhere } from "@/lib/publishing/visibility";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { claimantInput, claimantRef } from "./schemas";
import { liveClaimantWhere } from "@/lib/trash/live";

type Tx = Prisma.TransactionClient;

/** Finds a claimant by id, or by name or alias (case-insensitive), or creates one. */
export async function resolveClaimant(
  tx: Tx,
  actor: Actor,
  workspaceId: string,
  ref: z.infer<typeof claimantRef>,
): Promise<string> {
  if ("id" in ref) {
    const c = await tx.claimant.findFirst({
      where: { id: ref.id, workspaceId, ...liveClaimantWhere },
      select: { id: true },
    });
    if (!c) throw new AppError("unprocessable", "claimant not found in this workspace", { field: "claimant" });
    return c.id;
  }
  const existing = await tx.claimant.findFirst({
    where: { workspaceId, OR: [{ name: { equals: ref.name, mode: "insensitive" } }, { aliases: { has: ref.name } }] },
    select: { id: true, deletedAt: true },
  });
  // A claimant in the trash (@@unique name) comes back when a claim names them again.
  if (existing?.deletedAt) {
    const restored = await tx.claimant.update({
      where: { id: existing.id },
      data: { deletedAt: null, deletedById: null },
    });
    await recordAudit(tx, actor, {
      workspaceId,
      action: "claimant.restore",
      entityType: "Claimant",
      entityId: existing.id,
      after: restored,
    });
  }
  if (existing) return existing.id;
  const created = await tx.claimant.create({ data: { workspaceId, ...ref } });
  await recordAudit(tx, actor, {
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
    where: { AND: [visibleClaimantWhere(scope), q ? { name: { contains: q, mode: "insensitive" } } : {}] },
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
