import "server-only";
// Discussion on a claim: threaded comments with @mentions of workspace members, which land in
// the mentioned member's inbox. Comments are desk-only: never public, never exported publicly.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { notifyComment } from "@/lib/notifications/events";
import { deleteCommentToTrash } from "@/lib/trash/delete";
import { liveClaimWhere, liveCommentWhere } from "@/lib/trash/live";

export const commentInput = z.object({
  body: z.string().trim().min(1, "a comment must not be empty").max(10_000, "a comment is at most 10,000 characters"),
  parentId: z.string().min(1).optional(),
});

/** `@handle` names a member by the part of their email before the @ (or their whole email). */
export function mentionHandles(body: string): string[] {
  return [
    ...new Set(
      [...body.matchAll(/(?:^|[^\w.@])@([\w.+-]+(?:@[\w-]+(?:\.[\w-]+)+)?)/g)].map((m) =>
        m[1].toLowerCase().replace(/\.$/, ""),
      ),
    ),
  ];
}

export async function addComment(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown) {
  const input = commentInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "comment.create");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: claimId, workspaceId: workspace.id, ...liveClaimWhere },
      select: { id: true },
    });
    if (!claim) throw notFound("claim");
    if (input.parentId && !(await tx.comment.findFirst({ where: { id: input.parentId, claimId } }))) {
      throw new AppError("unprocessable", "the comment you reply to is not on this claim", { field: "parentId" });
    }
    const handles = mentionHandles(input.body);
    const members = handles.length
      ? await tx.membership.findMany({
          where: { workspaceId: workspace.id },
          select: { userId: true, user: { select: { email: true } } },
        })
      : [];
    const mentions = members
      .filter((m) => handles.some((h) => m.user.email === h || m.user.email.split("@")[0] === h))
      .map((m) => m.userId);
    const comment = await tx.comment.create({
      data: { claimId, authorId: actorUserId(actor), parentId: input.parentId, body: input.body, mentions },
    });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "comment.add",
      entityType: "Comment",
      entityId: comment.id,
      after: comment,
    });
    await notifyComment(tx, actor, workspace.id, comment);
    return comment;
  });
}

export async function claimComments(db: Db, actor: Actor, slug: string, claimId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  // A deleted comment stays only as the placeholder of a thread that goes on below it.
  const found = await db.comment.findMany({
    where: {
      claimId,
      claim: { workspaceId: workspace.id, ...liveClaimWhere },
      OR: [liveCommentWhere, { replies: { some: liveCommentWhere } }],
    },
    orderBy: { createdAt: "asc" },
  });
  const rows = found.map((r) => (r.deletedAt ? { ...r, body: DELETED_BODY, mentions: [] } : r));
  const users = await db.user.findMany({
    where: { id: { in: rows.map((r) => r.authorId).filter((x): x is string => !!x) } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  return rows.map((r) => ({ ...r, authorName: r.authorId ? (nameOf.get(r.authorId) ?? "unknown") : "system" }));
}

/** Comments that mention me, in this workspace, newest first. */
export async function inbox(db: Db, actor: Actor, slug: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const me = actorUserId(actor);
  if (!me) return [];
  return db.comment.findMany({
    where: { mentions: { has: me }, ...liveCommentWhere, claim: { workspaceId: workspace.id, ...liveClaimWhere } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, body: true, createdAt: true, claim: { select: { id: true, headline: true } } },
  });
}

/** What a deleted comment that others replied to shows: the thread keeps its shape. */
export const DELETED_BODY = "*(comment deleted)*";

/**
 * Deletes a comment into the trash (lib/trash): its author may, and editors and owners may delete
 * any (a body that once broke rendering, or one that should not stand). A deleted comment that
 * others replied to keeps its place in the thread with its text replaced (claimComments); the
 * trash can restore it.
 */
export async function deleteComment(db: Db, actor: Actor, slug: string, commentId: string) {
  const deleted = await deleteCommentToTrash(db, actor, slug, { id: commentId });
  return { id: deleted.id, claimId: deleted.claimId };
}

export const editCommentInput = z.object({
  body: commentInput.shape.body,
  /** The version the author edited; a newer one is a 409. */
  version: z.coerce.number().int().positive().optional(),
});

/** Its author edits a comment (nobody else may put words in their mouth); it is marked edited. */
export async function editComment(db: Db, actor: Actor, slug: string, commentId: string, raw: unknown) {
  const input = editCommentInput.parse(raw);
  const access = await authorize(db, actor, slug, "comment.create");
  return db.$transaction(async (tx) => {
    const before = await tx.comment.findFirst({
      where: { id: commentId, ...liveCommentWhere, claim: { workspaceId: access.workspace.id, ...liveClaimWhere } },
    });
    if (!before) throw notFound("comment");
    // The CLI (system) has full access, as everywhere; members and tokens only their own words.
    assertCan(access, "comment.update", { createdById: before.authorId });
    const { count } = await tx.comment.updateMany({
      where: { id: before.id, ...(input.version !== undefined ? { version: input.version } : {}) },
      data: { body: input.body, editedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0)
      throw new AppError("conflict", "the comment was changed meanwhile; reload it and edit again", {
        current: await tx.comment.findUnique({ where: { id: before.id } }),
      });
    const after = await tx.comment.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "comment.edit",
      entityType: "Comment",
      entityId: before.id,
      before,
      after,
    });
    return after;
  });
}
