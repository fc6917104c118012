import "server-only";
// A member's notifications: the inbox, the unread count, mark read; email preferences, the
// one-click unsubscribe, and the owners' view of email that fails. Notifications are written by
// notify() (./notify.ts) inside the writers' transactions.
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import { actorUserId, systemActor, type Actor } from "@/lib/auth/actor";
import { actorMay } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { describeNotification } from "./kinds";
import { emailPreferenceInput, listNotificationsInput, markReadInput } from "./schemas";
import { verifyUnsubscribeToken } from "./mail";

export { notify, lastAssigner } from "./notify";
export { queueDigests, runEmailJobs, startEmailWorker, wakeEmailWorker, MAX_EMAIL_ATTEMPTS } from "./outbox";
export { unsubscribeToken, unsubscribeUrl } from "./mail";
export { EMAIL_MODES, NOTIFICATION_KINDS, type EmailMode, type NotificationKind } from "./kinds";

async function me(db: Db, actor: Actor, slug: string) {
  const access = await authorize(db, actor, slug, "workspace.read");
  return { access, userId: actorUserId(actor) };
}

/** The calling member's notifications in this workspace, newest first, with who acted and on what. */
export async function listNotifications(db: Db, actor: Actor, slug: string, raw: unknown = {}) {
  const input = listNotificationsInput.parse(raw ?? {});
  const { access, userId } = await me(db, actor, slug);
  if (!userId) return { items: [], unreadCount: 0 };
  const where = { recipientId: userId, workspaceId: access.workspace.id };
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: { ...where, ...(input.unread ? { readAt: null } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: input.limit,
    }),
    db.notification.count({ where: { ...where, readAt: null } }),
  ]);
  const [claims, users] = await Promise.all([
    db.claim.findMany({
      where: {
        id: { in: rows.map((r) => r.claimId).filter((x): x is string => !!x) },
        workspaceId: access.workspace.id,
      },
      select: { id: true, headline: true },
    }),
    db.user.findMany({
      where: { id: { in: rows.map((r) => r.actorId).filter((x): x is string => !!x) } },
      select: { id: true, name: true, email: true },
    }),
  ]);
  const items = rows.map((r) => {
    const u = users.find((x) => x.id === r.actorId);
    const actorName = u ? (u.name ?? u.email) : null;
    const headline = claims.find((c) => c.id === r.claimId)?.headline ?? null;
    return {
      id: r.id,
      kind: r.kind,
      claimId: r.claimId,
      commentId: r.commentId,
      actorId: r.actorId,
      actorName,
      claimHeadline: headline,
      summary: describeNotification(r.kind, actorName, headline),
      readAt: r.readAt,
      createdAt: r.createdAt,
    };
  });
  return { items, unreadCount };
}

/** For the desk navigation. */
export async function unreadNotificationCount(db: Db, actor: Actor, slug: string): Promise<number> {
  const { access, userId } = await me(db, actor, slug);
  if (!userId) return 0;
  return db.notification.count({ where: { recipientId: userId, workspaceId: access.workspace.id, readAt: null } });
}

/** Marks the caller's own notifications read: the named ones, or all of them. Others' ids match nothing. */
export async function markNotificationsRead(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = markReadInput.parse(raw);
  const { access, userId } = await me(db, actor, slug);
  if (!userId || !actorMay(actor.kind, "notification.own"))
    throw new AppError("forbidden", "notifications are marked read by the member they are for");
  const { count } = await db.notification.updateMany({
    where: {
      recipientId: userId,
      workspaceId: access.workspace.id,
      readAt: null,
      ...("ids" in input ? { id: { in: input.ids } } : {}),
    },
    data: { readAt: new Date() },
  });
  return { updated: count };
}

export async function emailPreference(db: Db, actor: Actor, slug: string) {
  const { access, userId } = await me(db, actor, slug);
  if (!userId) return null;
  const m = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: access.workspace.id, userId } },
    select: { emailMode: true },
  });
  return m ? { emailMode: m.emailMode } : null;
}

/** A member's own choice of how notifications reach them by email. */
export async function setEmailPreference(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = emailPreferenceInput.parse(raw);
  const { access, userId } = await me(db, actor, slug);
  if (!userId || !actorMay(actor.kind, "notification.own"))
    throw new AppError("forbidden", "email preferences belong to a member");
  return db.$transaction(async (tx) => {
    const before = await tx.membership.findUniqueOrThrow({
      where: { workspaceId_userId: { workspaceId: access.workspace.id, userId } },
      select: { id: true, emailMode: true },
    });
    await tx.membership.update({ where: { id: before.id }, data: { emailMode: input.emailMode } });
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "membership.email_mode",
      entityType: "Membership",
      entityId: before.id,
      before: { emailMode: before.emailMode },
      after: { emailMode: input.emailMode },
    });
    return { emailMode: input.emailMode };
  });
}

/** One-click unsubscribe (RFC 8058): the signed token is the authority, no sign-in needed. */
export async function unsubscribe(db: Db, token: unknown) {
  const membershipId = verifyUnsubscribeToken(token);
  if (!membershipId) throw new AppError("not_found", "this unsubscribe link is not valid");
  return db.$transaction(async (tx) => {
    const m = await tx.membership.findUnique({
      where: { id: membershipId },
      select: { id: true, workspaceId: true, emailMode: true, workspace: { select: { name: true } } },
    });
    if (!m) throw new AppError("not_found", "this unsubscribe link is not valid");
    if (m.emailMode !== "off") {
      await tx.membership.update({ where: { id: m.id }, data: { emailMode: "off" } });
      await recordAudit(tx, systemActor("unsubscribe"), {
        workspaceId: m.workspaceId,
        action: "membership.email_mode",
        entityType: "Membership",
        entityId: m.id,
        before: { emailMode: m.emailMode },
        after: { emailMode: "off" },
      });
    }
    return { workspaceName: m.workspace.name };
  });
}

/** For owners: email that could not be sent (given up, or still being retried after a failure). */
export async function emailFailures(db: Db, actor: Actor, slug: string) {
  const access = await authorize(db, actor, slug, "workspace.read");
  assertCan(access, "workspace.manage");
  const where = {
    workspaceId: access.workspace.id,
    OR: [{ status: "failed" }, { status: { in: ["queued", "sending"] }, firstFailedAt: { not: null } }],
  };
  const [count, first, last] = await Promise.all([
    db.emailOutbox.count({ where }),
    db.emailOutbox.findFirst({ where, orderBy: { firstFailedAt: "asc" }, select: { firstFailedAt: true } }),
    db.emailOutbox.findFirst({ where, orderBy: { updatedAt: "desc" }, select: { error: true } }),
  ]);
  return { count, since: first?.firstFailedAt ?? null, lastError: last?.error ?? null };
}
