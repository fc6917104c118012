import "server-only";
// Link checks: capture a source again to see whether its page still answers and whether its content
// changed since the last snapshot (the queue compares hashes and marks `changed`). On request for a
// workspace, and on a schedule for every source captured before (LINK_CHECK_DAYS).
import { z } from "zod";
import type { Db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { log } from "@/lib/platform/log";
import { wakeCaptureWorker } from "./queue";

type Tx = Prisma.TransactionClient;
interface Candidate {
  id: string;
  url: string | null;
  captures: { id: string }[];
}

const PENDING: Prisma.SourceCaptureWhereInput = { status: { in: ["queued", "running"] } };
const WEB = /^https?:\/\//i;

/** The selection `queueCaptures` needs: the source's URL and whether a capture of it is pending. */
export const CANDIDATE_SELECT = {
  id: true,
  url: true,
  captures: { where: PENDING, select: { id: true }, take: 1 },
} satisfies Prisma.SourceSelect;

/**
 * Queues one capture for each web source that has none pending; returns the counts. Shared by the
 * document's "capture cited sources", the workspace link check and the schedule.
 */
export async function queueCaptures(tx: Tx, workspaceId: string, sources: Candidate[], actor: Actor) {
  const web = sources.filter((s) => s.url && WEB.test(s.url));
  const todo = web.filter((s) => s.captures.length === 0);
  await tx.sourceCapture.createMany({
    data: todo.map((s) => ({
      workspaceId,
      sourceId: s.id,
      requestedUrl: s.url!,
      requestedById: actor.kind === "user" ? actor.userId : null,
    })),
  });
  return { queued: todo.length, pending: web.length - todo.length, sources: web.length };
}

/** Queues captures of the workspace's web sources that match `where`, as queueCaptures does. */
export async function queueSourceCaptures(tx: Tx, workspaceId: string, where: Prisma.SourceWhereInput, actor: Actor) {
  const sources = await tx.source.findMany({
    where: { workspaceId, url: { not: null }, ...where },
    select: CANDIDATE_SELECT,
  });
  return queueCaptures(tx, workspaceId, sources, actor);
}

export const linkCheckInput = z
  .object({
    /** `captured`: sources with a snapshot already (re-check); `all`: every web source. */
    scope: z.enum(["captured", "all"], { error: "scope must be captured or all" }).default("captured"),
  })
  .strict();

/** Queues a link check of the workspace's sources (202 in the API); the capture worker runs them. */
export async function requestLinkCheck(db: Db, actor: Actor, slug: string, raw: unknown = {}) {
  const input = linkCheckInput.parse(raw ?? {});
  const { workspace } = await authorize(db, actor, slug, "source.write");
  const result = await db.$transaction(async (tx) => {
    const which = input.scope === "captured" ? { captures: { some: {} } } : {};
    const counts = await queueSourceCaptures(tx, workspace.id, which, actor);
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "source.link_check",
      entityType: "Workspace",
      entityId: workspace.id,
      after: { scope: input.scope, queued: counts.queued },
    });
    return { scope: input.scope, ...counts };
  });
  wakeCaptureWorker();
  return result;
}

/**
 * The schedule: every source captured before whose newest capture is older than `maxAgeMs` (and
 * none pending) gets a new one, at most `limit` per call. Returns how many were queued.
 */
export async function queueDueLinkChecks(db: Db, maxAgeMs: number, now = new Date(), limit = 500): Promise<number> {
  const cutoff = new Date(now.getTime() - maxAgeMs);
  const due = await db.source.findMany({
    where: {
      url: { not: null },
      captures: { some: {}, none: { OR: [PENDING, { createdAt: { gt: cutoff } }] } },
    },
    select: { ...CANDIDATE_SELECT, workspaceId: true },
    orderBy: { id: "asc" },
    take: limit,
  });
  let queued = 0;
  const byWorkspace = new Map<string, typeof due>();
  for (const s of due) byWorkspace.set(s.workspaceId, [...(byWorkspace.get(s.workspaceId) ?? []), s]);
  for (const [workspaceId, sources] of byWorkspace) {
    queued += await db.$transaction(async (tx) => {
      const counts = await queueCaptures(tx, workspaceId, sources, SCHEDULE);
      if (counts.queued)
        await recordAudit(tx, SCHEDULE, {
          workspaceId,
          action: "source.link_check",
          entityType: "Workspace",
          entityId: workspaceId,
          after: { scope: "scheduled", queued: counts.queued },
        });
      return counts.queued;
    });
  }
  if (queued) log.info({ queued }, "scheduled link checks queued");
  return queued;
}

const SCHEDULE = systemActor("link check");

/** LINK_CHECK_DAYS (default 7; 0 turns the schedule off) in milliseconds, or null when off. */
export function linkCheckMaxAge(env: Record<string, string | undefined> = process.env): number | null {
  const raw = env.LINK_CHECK_DAYS;
  const days = raw === undefined || raw === "" ? 7 : Number(raw);
  if (!Number.isFinite(days) || days < 0) throw new Error(`LINK_CHECK_DAYS must be a number of days, not "${raw}"`);
  return days === 0 ? null : days * 86_400_000;
}
