import "server-only";
// "My work" (issue 18), each member's desk landing page: claims I write, claims waiting for my
// review, what of either is overdue, and where I was mentioned. Served by the Claim indexes on
// (workspaceId, writerId, status) and (workspaceId, reviewerId, status).
import type { Db, Prisma } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import type { ClaimStatus } from "@/lib/db/generated/enums";

const SELECT = {
  id: true,
  headline: true,
  status: true,
  correctionStatus: true,
  writerId: true,
  writerDueAt: true,
  reviewerId: true,
  reviewerDueAt: true,
  updatedAt: true,
} satisfies Prisma.ClaimSelect;

/** States in which the writer still has work to do, and the one that waits for the reviewer. */
const WRITING: ClaimStatus[] = ["draft", "changes_requested"];
const OPEN: ClaimStatus[] = ["draft", "changes_requested", "in_review", "approved"];

export async function myWork(db: Db, actor: Actor, slug: string, now = new Date()) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const me = actorUserId(actor);
  if (!me) return { writing: [], reviewing: [], overdue: [], mentions: [] };
  const ws = workspace.id;
  const writingWhere: Prisma.ClaimWhereInput = {
    workspaceId: ws,
    writerId: me,
    OR: [{ status: { in: OPEN } }, { correctionStatus: { in: OPEN } }],
  };
  const reviewingWhere: Prisma.ClaimWhereInput = {
    workspaceId: ws,
    reviewerId: me,
    OR: [{ status: "in_review" }, { correctionStatus: "in_review" }],
  };
  const [writing, reviewing, overdue, mentions] = await Promise.all([
    db.claim.findMany({
      where: writingWhere,
      orderBy: [{ writerDueAt: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }],
      take: 200,
      select: SELECT,
    }),
    db.claim.findMany({
      where: reviewingWhere,
      orderBy: [{ reviewerDueAt: { sort: "asc", nulls: "last" } }, { updatedAt: "desc" }],
      take: 200,
      select: SELECT,
    }),
    db.claim.findMany({
      where: {
        workspaceId: ws,
        OR: [
          {
            writerId: me,
            writerDueAt: { lt: now },
            OR: [{ status: { in: WRITING } }, { correctionStatus: { in: WRITING } }],
          },
          { ...reviewingWhere, reviewerDueAt: { lt: now } },
        ],
      },
      orderBy: { updatedAt: "desc" },
      take: 200,
      select: SELECT,
    }),
    db.notification.findMany({
      where: { recipientId: me, workspaceId: ws, kind: "mention" },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, claimId: true, readAt: true, createdAt: true },
    }),
  ]);
  const headlines = await db.claim.findMany({
    where: { workspaceId: ws, id: { in: mentions.map((m) => m.claimId).filter((x): x is string => !!x) } },
    select: { id: true, headline: true },
  });
  return {
    writing,
    reviewing,
    overdue,
    mentions: mentions.map((m) => ({ ...m, headline: headlines.find((h) => h.id === m.claimId)?.headline ?? null })),
  };
}

/** Whether an assignment's due date has passed (shown as overdue). */
export const isOverdue = (due: Date | null, now = new Date()) => !!due && due < now;
