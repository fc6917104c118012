import "server-only";
// The desk's claim history: the claim's audit events, and those of its reviews, evidence links,
// relations and corrections, newest first, as readable entries (lib/review/timeline-entries.ts).
// Ids in the events are resolved to names here, scoped to the workspace.
import type { Db, Prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";
import { timelineEntries, type Lookup, type TimelineEntry } from "./timeline-entries";
import { liveClaimWhere } from "@/lib/trash/live";

const LIMIT = 500;

/** JSON `before` or `after` naming this claim under `key` (evidence and corrections: claimId). */
const names = (key: string, claimId: string): Prisma.AuditEventWhereInput[] => [
  { before: { path: [key], equals: claimId } },
  { after: { path: [key], equals: claimId } },
];

/** Every string value under these keys in the events' before/after. */
function idsUnder(events: { before: unknown; after: unknown }[], keys: string[]): string[] {
  const out = new Set<string>();
  for (const e of events) {
    for (const side of [e.before, e.after]) {
      if (!side || typeof side !== "object") continue;
      for (const k of keys) {
        const v = (side as Record<string, unknown>)[k];
        if (typeof v === "string") out.add(v);
      }
    }
  }
  return [...out];
}

export async function claimTimeline(db: Db, actor: Actor, slug: string, claimId: string): Promise<TimelineEntry[]> {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: workspace.id, ...liveClaimWhere },
    select: { createdAt: true },
  });
  if (!claim) throw notFound("claim");
  const reviews = await db.review.findMany({ where: { claimId } });
  const events = await db.auditEvent.findMany({
    where: {
      // Nothing about the claim predates it: bounds the scan of the workspace's events by JSON (a
      // minute of slack for clocks that stamped the two rows apart).
      workspaceId: workspace.id,
      at: { gte: new Date(claim.createdAt.getTime() - 60_000) },
      OR: [
        { entityType: "Claim", entityId: claimId },
        { entityType: "Review", entityId: { in: reviews.map((r) => r.id) } },
        { entityType: { in: ["Evidence", "Correction"] }, OR: names("claimId", claimId) },
        { entityType: "ClaimRelation", OR: [...names("fromClaimId", claimId), ...names("toClaimId", claimId)] },
      ],
    },
    // Events of one transaction share `at`; ids (cuid) break the tie in creation order.
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: LIMIT,
    select: {
      id: true,
      action: true,
      entityId: true,
      actorId: true,
      actorLabel: true,
      at: true,
      before: true,
      after: true,
    },
  });

  const userIds = [
    ...new Set(
      [
        ...events.map((e) => e.actorId),
        ...reviews.map((r) => r.reviewerId),
        // Audit events before issue 18 name the reviewer "assignedReviewerId".
        ...idsUnder(events, ["reviewerId", "assignedReviewerId", "writerId"]),
      ].filter((x): x is string => !!x),
    ),
  ];
  const ratingIds = [
    ...new Set(
      [
        ...reviews.flatMap((r) => [r.ratingId, r.proposedRatingId]),
        ...idsUnder(events, ["proposedRatingId", "ratingId"]),
      ].filter((x): x is string => !!x),
    ),
  ];
  const [users, ratings, claimants, sources, claims, corrections, links] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
    db.rating.findMany({
      where: { id: { in: ratingIds }, scale: { workspaceId: workspace.id } },
      select: { id: true, label: true },
    }),
    db.claimant.findMany({
      where: { id: { in: idsUnder(events, ["claimantId", "reportedById"]) }, workspaceId: workspace.id },
      select: { id: true, name: true },
    }),
    db.source.findMany({
      where: { id: { in: idsUnder(events, ["sourceId", "reportingSourceId"]) }, workspaceId: workspace.id },
      select: { id: true, title: true },
    }),
    db.claim.findMany({
      where: { id: { in: idsUnder(events, ["fromClaimId", "toClaimId"]) }, workspaceId: workspace.id },
      select: { id: true, headline: true },
    }),
    db.correction.findMany({
      where: { claimId },
      orderBy: { createdAt: "desc" },
      select: { kind: true, why: true, revision: { select: { number: true } } },
    }),
    db.evidence.findMany({ where: { claimId }, select: { sourceId: true, stance: true } }),
  ]);
  const map = <T extends { id: string }>(rows: T[], f: (r: T) => string) => {
    const m = new Map(rows.map((r) => [r.id, f(r)]));
    return (id: string | null) => (id ? (m.get(id) ?? null) : null);
  };
  const review = new Map(reviews.map((r) => [r.id, r]));
  const restored = new Set(
    events
      .filter((e) => e.action === "evidence.restore")
      .map((e) => (e.after as { restoredFrom?: string } | null)?.restoredFrom),
  );
  const linked = new Set(links.map((e) => `${e.sourceId}:${e.stance}`));
  const lookup: Lookup = {
    claimId,
    user: map(users, (u) => u.name ?? u.email),
    rating: map(ratings, (r) => r.label),
    claimant: map(claimants, (c) => c.name),
    source: map(sources, (s) => s.title),
    claim: map(claims, (c) => c.headline),
    review: (id) => review.get(id),
    correctionWhy: (n, kind) =>
      corrections.find((c) => c.kind === kind && (kind === "retraction" || c.revision?.number === n))?.why ?? null,
    restored: (id) => restored.has(id),
    linked: (sourceId, stance) => linked.has(`${sourceId}:${stance}`),
  };
  return timelineEntries(events, lookup);
}
