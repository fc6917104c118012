import "server-only";
// The desk dashboard (issue 18) for owners and editors: throughput, time to publication, open
// work, overdue items, verdicts over time and published claims nothing contests, each computed in
// SQL over the workspace's claims (the same statements on PGlite and PostgreSQL).
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { DUE_SQL, REVIEWER_STEPS, WRITER_STEPS } from "@/lib/claims/filters";
import type { ClaimStatus } from "@/lib/db/generated/enums";

const DAY_MS = 24 * 3600 * 1000;
const OPEN_STEPS: ClaimStatus[] = [...WRITER_STEPS, ...REVIEWER_STEPS];
const LIST_MAX = 50;

/** Monday 00:00 UTC of the week holding `d` (PostgreSQL's date_trunc('week') on UTC timestamps). */
export function weekStart(d: Date): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
}
const isoDay = (d: Date) => new Date(d).toISOString().slice(0, 10);

export interface DashboardOptions {
  /** How many weeks the charts cover, this one included (default 12). */
  weeks?: number;
  /** "Now", for overdue items and the window (tests pin it). */
  now?: Date;
}

export async function deskDashboard(db: Db, actor: Actor, slug: string, opts: DashboardOptions = {}) {
  const { workspace } = await authorize(db, actor, slug, "dashboard.read");
  const now = opts.now ?? new Date();
  const weeks = Math.min(Math.max(Math.trunc(opts.weeks ?? 12), 1), 104);
  const first = new Date(weekStart(now).getTime() - (weeks - 1) * 7 * DAY_MS);
  const weekList = Array.from({ length: weeks }, (_, i) => isoDay(new Date(first.getTime() + i * 7 * DAY_MS)));
  const ws = workspace.id;

  const [created, published, median, open, overdue, verdicts, uncontested, uncontestedTotal] = await Promise.all([
    db.$queryRaw<{ week: Date; n: number }[]>`
      SELECT date_trunc('week', c."createdAt") AS week, count(*)::int AS n FROM "Claim" c
      WHERE c."workspaceId" = ${ws} AND c."createdAt" >= ${first} GROUP BY 1`,
    db.$queryRaw<{ week: Date; n: number }[]>`
      SELECT date_trunc('week', c."publishedAt") AS week, count(*)::int AS n FROM "Claim" c
      WHERE c."workspaceId" = ${ws} AND c."publishedAt" >= ${first} GROUP BY 1`,
    // From creation (a claim starts as a draft) to first publication, over claims first published in the window.
    db.$queryRaw<{ seconds: number | null; n: number }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c."publishedAt" - c."createdAt"))::float8 AS seconds,
        count(*)::int AS n
      FROM "Claim" c WHERE c."workspaceId" = ${ws} AND c."publishedAt" >= ${first}`,
    db.$queryRaw<{ status: ClaimStatus; assigneeId: string | null; n: number }[]>`
      SELECT c.status::text AS status,
        CASE WHEN c.status::text IN ('draft', 'changes_requested') THEN c."writerId" ELSE c."reviewerId" END AS "assigneeId",
        count(*)::int AS n
      FROM "Claim" c WHERE c."workspaceId" = ${ws} AND c.status::text IN (${Prisma.join(OPEN_STEPS)})
      GROUP BY 1, 2`,
    db.$queryRaw<{ id: string; headline: string; status: ClaimStatus; dueAt: Date; assigneeId: string | null }[]>`
      SELECT c.id, c.headline, c.status::text AS status, ${DUE_SQL} AS "dueAt",
        CASE WHEN c.status::text IN ('draft', 'changes_requested') THEN c."writerId" ELSE c."reviewerId" END AS "assigneeId"
      FROM "Claim" c WHERE c."workspaceId" = ${ws} AND ${DUE_SQL} < ${now}
      ORDER BY 4, c.id LIMIT ${LIST_MAX}`,
    db.$queryRaw<{ week: Date; ratingId: string | null; n: number }[]>`
      SELECT date_trunc('week', c."publishedAt") AS week, c."ratingId", count(*)::int AS n FROM "Claim" c
      WHERE c."workspaceId" = ${ws} AND c.status::text = 'published' AND c."publishedAt" >= ${first}
      GROUP BY 1, 2`,
    db.$queryRaw<{ id: string; headline: string; publishedAt: Date }[]>`
      SELECT c.id, c.headline, c."publishedAt" FROM "Claim" c
      WHERE c."workspaceId" = ${ws} AND c.status::text = 'published'
        AND NOT EXISTS (SELECT 1 FROM "Evidence" e WHERE e."claimId" = c.id AND e.stance::text = 'contests')
      ORDER BY c."publishedAt" DESC, c.id LIMIT ${LIST_MAX}`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Claim" c
      WHERE c."workspaceId" = ${ws} AND c.status::text = 'published'
        AND NOT EXISTS (SELECT 1 FROM "Evidence" e WHERE e."claimId" = c.id AND e.stance::text = 'contests')`,
  ]);

  const userIds = [...new Set([...open, ...overdue].map((r) => r.assigneeId).filter((x): x is string => !!x))];
  const ratingIds = [...new Set(verdicts.map((v) => v.ratingId).filter((x): x is string => !!x))];
  const [users, ratings] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
    db.rating.findMany({
      where: { id: { in: ratingIds } },
      select: { id: true, label: true, color: true, position: true },
      orderBy: { position: "asc" },
    }),
  ]);
  const userName = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  const nameOf = (id: string | null) => (id ? (userName.get(id) ?? "former member") : "unassigned");
  const perWeek = (rows: { week: Date; n: number }[]) => {
    const byWeek = new Map(rows.map((r) => [isoDay(r.week), r.n]));
    return weekList.map((week) => ({ week, count: byWeek.get(week) ?? 0 }));
  };
  const verdictKinds = [
    ...ratings.map((r) => ({ id: r.id as string | null, label: r.label, color: r.color })),
    ...(verdicts.some((v) => !v.ratingId) ? [{ id: null, label: "No verdict", color: "#a8a29e" }] : []),
  ];

  return {
    weeks: weekList,
    createdPerWeek: perWeek(created),
    publishedPerWeek: perWeek(published),
    medianDaysToPublish: median[0]?.seconds == null ? null : Math.round((median[0].seconds / 86400) * 10) / 10,
    publishedInWindow: median[0]?.n ?? 0,
    openWork: open
      .map((r) => ({ status: r.status, assigneeId: r.assigneeId, assignee: nameOf(r.assigneeId), count: r.n }))
      .sort(
        (a, b) =>
          OPEN_STEPS.indexOf(a.status) - OPEN_STEPS.indexOf(b.status) ||
          b.count - a.count ||
          a.assignee.localeCompare(b.assignee),
      ),
    overdue: overdue.map((r) => ({
      id: r.id,
      headline: r.headline,
      status: r.status,
      dueAt: new Date(r.dueAt),
      assignee: nameOf(r.assigneeId),
    })),
    verdicts: {
      kinds: verdictKinds,
      perWeek: weekList.map((week) => ({
        week,
        counts: verdictKinds.map((k) => verdicts.find((v) => isoDay(v.week) === week && v.ratingId === k.id)?.n ?? 0),
      })),
    },
    uncontested: uncontested.map((r) => ({ ...r, publishedAt: new Date(r.publishedAt) })),
    uncontestedTotal: uncontestedTotal[0]?.n ?? 0,
  };
}
export type Dashboard = Awaited<ReturnType<typeof deskDashboard>>;
