import "server-only";
// notify(tx, …): called by lib writers inside their transaction, so a notification exists exactly
// when the change committed. One row per member and event (the dedupe key), never for the actor's
// own act, only for members of the workspace. Members who want email immediately get an outbox
// row in the same transaction (lib/notifications/outbox.ts sends it).
import type { Prisma } from "@/lib/db";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import type { NotificationKind } from "./kinds";
import { immediateEmail, mailConfigured, noteMailOff } from "./mail";

type Tx = Prisma.TransactionClient;

export interface NotifyInput {
  workspaceId: string;
  kind: NotificationKind;
  claimId: string | null;
  commentId?: string | null;
  /** Names the event: the same key for the same member is stored once. */
  event: string;
  recipients: readonly (string | null | undefined)[];
}

export async function notify(tx: Tx, actor: Actor, input: NotifyInput): Promise<number> {
  const actorId = actorUserId(actor);
  const wanted = [...new Set(input.recipients.filter((r): r is string => !!r && r !== actorId))];
  if (!wanted.length) return 0;
  const members = await tx.membership.findMany({
    where: { workspaceId: input.workspaceId, userId: { in: wanted } },
    // Addresses are read below, only for a message to send (a relation here is a second query on every notice).
    select: { userId: true, emailMode: true },
  });
  if (!members.length) return 0;
  const created = await tx.notification.createManyAndReturn({
    data: members.map((m) => ({
      workspaceId: input.workspaceId,
      recipientId: m.userId,
      kind: input.kind,
      claimId: input.claimId,
      commentId: input.commentId ?? null,
      actorId,
      dedupeKey: input.event,
    })),
    skipDuplicates: true,
    select: { id: true, recipientId: true },
  });
  const mailTo = members.filter(
    (m) => m.emailMode === "immediately" && created.some((c) => c.recipientId === m.userId),
  );
  if (!mailTo.length) return created.length;
  if (!mailConfigured()) {
    noteMailOff();
    return created.length;
  }
  const recipients = await tx.user.findMany({
    where: { id: { in: mailTo.map((m) => m.userId) } },
    select: { id: true, email: true },
  });
  for (const r of recipients) {
    const email = await immediateEmail(tx, {
      workspaceId: input.workspaceId,
      recipientId: r.id,
      toAddress: r.email,
      kind: input.kind,
      claimId: input.claimId,
      actorId,
    });
    await tx.emailOutbox.create({ data: email });
    await tx.notification.updateMany({
      where: { id: { in: created.filter((c) => c.recipientId === r.id).map((c) => c.id) } },
      data: { emailedAt: new Date() },
    });
  }
  return created.length;
}

/** Whoever last assigned the claim: they want to hear how the review ended. */
export async function lastAssigner(tx: Tx, claimId: string): Promise<string | null> {
  const e = await tx.auditEvent.findFirst({
    where: { entityType: "Claim", entityId: claimId, action: "claim.assign" },
    orderBy: { at: "desc" },
    select: { actorId: true },
  });
  return e?.actorId ?? null;
}
