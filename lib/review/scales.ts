import "server-only";
// Rating scales: owners edit labels, descriptions and colours, add scales and choose the active
// one. A rating that claims, reviews or revisions use cannot be removed.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";

const color = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "colour must be a hex colour like #1a7f37");
export const ratingFields = z.object({
  value: z.number().int().min(0).max(100).nullable(),
  label: z.string().trim().min(1, "label is required").max(60),
  alternateName: z.string().trim().min(1).max(60).optional(),
  description: z.string().trim().min(1, "description is required").max(1000),
  color,
});

export async function listScales(db: Db, actor: Actor, slug: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const scales = await db.ratingScale.findMany({
    where: { workspaceId: workspace.id },
    include: { ratings: { orderBy: { position: "asc" } } },
    orderBy: { createdAt: "asc" },
  });
  return scales.map((s) => ({ ...s, active: s.id === workspace.ratingScaleId }));
}

/** The active scale's ratings, in order: what a verdict may be chosen from. */
export async function activeRatings(db: Db, actor: Actor, slug: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  return db.rating.findMany({
    where: { scaleId: workspace.ratingScaleId ?? "" },
    orderBy: { position: "asc" },
    select: { id: true, label: true },
  });
}

export async function updateRating(db: Db, actor: Actor, slug: string, ratingId: string, raw: unknown) {
  const data = ratingFields.omit({ value: true }).partial().parse(raw);
  const { workspace } = await authorize(db, actor, slug, "workspace.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.rating.findFirst({ where: { id: ratingId, scale: { workspaceId: workspace.id } } });
    if (!before) throw notFound("rating");
    const after = await tx.rating.update({ where: { id: ratingId }, data });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "rating.update",
      entityType: "Rating",
      entityId: ratingId,
      before,
      after,
    });
    return after;
  });
}

export const scaleInput = z
  .object({
    name: z.string().trim().min(1).max(80),
    ratings: z.array(ratingFields).min(2, "a scale needs at least two ratings").max(12),
    activate: z.boolean().default(false),
  })
  .refine((s) => new Set(s.ratings.map((r) => r.label.toLowerCase())).size === s.ratings.length, {
    message: "rating labels must be unique",
    path: ["ratings"],
  });

export async function addScale(db: Db, actor: Actor, slug: string, raw: unknown) {
  const data = scaleInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "workspace.manage");
  return db.$transaction(async (tx) => {
    if (await tx.ratingScale.findFirst({ where: { workspaceId: workspace.id, name: data.name } }))
      throw new AppError("conflict", `a scale named '${data.name}' exists`);
    const scale = await tx.ratingScale.create({
      data: {
        workspaceId: workspace.id,
        name: data.name,
        ratings: {
          create: data.ratings.map((r, position) => ({ ...r, alternateName: r.alternateName ?? r.label, position })),
        },
      },
      include: { ratings: true },
    });
    if (data.activate) await tx.workspace.update({ where: { id: workspace.id }, data: { ratingScaleId: scale.id } });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "scale.add",
      entityType: "RatingScale",
      entityId: scale.id,
      after: scale,
    });
    return scale;
  });
}

export async function removeRating(db: Db, actor: Actor, slug: string, ratingId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.manage");
  await db.$transaction(async (tx) => {
    const rating = await tx.rating.findFirst({ where: { id: ratingId, scale: { workspaceId: workspace.id } } });
    if (!rating) throw notFound("rating");
    const [claims, reviews, revisions, left] = await Promise.all([
      tx.claim.count({ where: { OR: [{ ratingId }, { proposedRatingId: ratingId }] } }),
      tx.review.count({ where: { ratingId } }),
      tx.claimRevision.count({ where: { ratingId } }),
      tx.rating.count({ where: { scaleId: rating.scaleId } }),
    ]);
    if (claims + reviews + revisions > 0)
      throw new AppError(
        "conflict",
        `'${rating.label}' is in use by ${claims} claims and ${reviews} reviews; it cannot be removed`,
      );
    if (left <= 2) throw new AppError("conflict", "a scale needs at least two ratings");
    await tx.rating.delete({ where: { id: ratingId } });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "rating.remove",
      entityType: "Rating",
      entityId: ratingId,
      before: rating,
    });
  });
}
