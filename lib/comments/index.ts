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
    const claim = await tx.claim.findFirst({ where: { id: claimId, workspaceId: workspace.id }, select: { id: true } });
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
  const rows = await db.comment.findMany({
    where: { claimId, claim: { workspaceId: workspace.id } },
    orderBy: { createdAt: "asc" },
  });
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
    where: { mentions: { has: me }, claim: { workspaceId: workspace.id } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, body: true, createdAt: true, claim: { select: { id: true, headline: true } } },
  });
}

/** What a deleted comment that others replied to shows: the thread keeps its shape. */
export const DELETED_BODY = "*(comment deleted)*";

/**
 * Deletes a comment: its author may, and editors and owners may delete any (a body that once
 * broke rendering, or one that should not stand). A comment with replies keeps its place in the
 * thread with its text removed; the audit event keeps what it said.
 */
export async function deleteComment(db: Db, actor: Actor, slug: string, commentId: string) {
  const access = await authorize(db, actor, slug, "workspace.read");
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findFirst({
      where: { id: commentId, claim: { workspaceId: access.workspace.id } },
      include: { _count: { select: { replies: true } } },
    });
    if (!comment) throw notFound("comment");
    assertCan(access, "comment.delete", { createdById: comment.authorId });
    const { _count, ...before } = comment;
    if (_count.replies > 0)
      await tx.comment.update({
        where: { id: comment.id },
        data: { body: DELETED_BODY, mentions: [], version: { increment: 1 } },
      });
    else await tx.comment.delete({ where: { id: comment.id } });
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "comment.delete",
      entityType: "Comment",
      entityId: comment.id,
      before,
    });
    return { id: comment.id, claimId: comment.claimId };
  });
}
