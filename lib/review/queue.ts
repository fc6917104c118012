import "server-only";
// Review queues: what waits for review (per workspace, or assigned to me), what waits for
// publication, with counts per state.
import { z } from "zod";
import type { Db, Prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { requireClaimInWorkspace } from "@/lib/claims/exists";
import { liveClaimWhere } from "@/lib/trash/live";

export const queueInput = z.object({
  view: z.enum(["all", "mine", "unassigned"]).default("all"),
  status: z.enum(["in_review", "changes_requested", "approved"]).default("in_review"),
  claimant: z.string().optional(),
  document: z.string().optional(),
});

export async function reviewQueue(db: Db, actor: Actor, slug: string, raw: unknown = {}) {
  const input = queueInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const me = actorUserId(actor);
  const where: Prisma.ClaimWhereInput = {
    workspaceId: workspace.id,
    ...liveClaimWhere,
    // Corrections of published claims wait in the same queues as first versions.
    OR: [{ status: input.status, correctionStatus: null }, { correctionStatus: input.status }],
    ...(input.view === "mine" ? { reviewerId: me ?? "-" } : input.view === "unassigned" ? { reviewerId: null } : {}),
    ...(input.claimant && { claimantId: input.claimant }),
    ...(input.document && { documentId: input.document }),
    ...liveClaimWhere,
  };
  const [items, grouped, mine] = await Promise.all([
    db.claim.findMany({
      where,
      orderBy: { updatedAt: "asc" },
      take: 200,
      select: {
        id: true,
        headline: true,
        status: true,
        correctionStatus: true,
        updatedAt: true,
        reviewerId: true,
        createdById: true,
        claimant: { select: { name: true } },
        document: { select: { title: true } },
      },
    }),
    db.claim.groupBy({
      by: ["status", "correctionStatus"],
      where: { workspaceId: workspace.id, ...liveClaimWhere },
      _count: { _all: true },
    }),
    me
      ? db.claim.count({
          where: {
            workspaceId: workspace.id,
            ...liveClaimWhere,
            OR: [{ status: "in_review" }, { correctionStatus: "in_review" }],
            reviewerId: me,
          },
        })
      : 0,
  ]);
  const counts: Record<string, number> = {};
  for (const g of grouped) {
    const state = g.correctionStatus ?? g.status;
    counts[state] = (counts[state] ?? 0) + g._count._all;
  }
  return { items, counts, assignedToMe: mine };
}

/** A claim's reviews and published revisions, newest first (the desk's history view). */
export async function claimHistory(db: Db, actor: Actor, slug: string, claimId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  await requireClaimInWorkspace(db, workspace.id, claimId);
  const [reviews, revisions, corrections, audit] = await Promise.all([
    db.review.findMany({
      where: { claimId },
      orderBy: { createdAt: "desc" },
      include: { rating: { select: { label: true, color: true } } },
    }),
    db.claimRevision.findMany({
      where: { claimId },
      orderBy: { number: "desc" },
      include: { rating: { select: { label: true } } },
    }),
    db.correction.findMany({ where: { claimId }, orderBy: { createdAt: "desc" } }),
    db.auditEvent.findMany({
      where: { entityType: "Claim", entityId: claimId },
      orderBy: { at: "desc" },
      take: 100,
      select: { id: true, action: true, actorLabel: true, at: true },
    }),
  ]);
  const reviewers = await db.user.findMany({
    where: { id: { in: reviews.map((r) => r.reviewerId) } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(reviewers.map((u) => [u.id, u.name ?? u.email]));
  return {
    reviews: reviews.map((r) => ({ ...r, reviewerName: nameOf.get(r.reviewerId) ?? "unknown" })),
    revisions,
    corrections,
    audit,
  };
}
