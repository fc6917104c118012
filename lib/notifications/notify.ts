import "server-only";
// notify(tx, …): called by lib writers inside their transaction, so a notification exists exactly
// when the change committed. One row per member and event (the dedupe key), never for the actor's
// own act, only for members of the workspace. Members who want email immediately get an outbox
// row in the same transaction (lib/notifications/outbox.ts sends it).
import { Prisma } from "@/lib/db";
import { insertSql, sqlOf, type SqlExecutor } from "@/lib/db/sql";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import type { NotificationKind } from "./kinds";
import { immediateEmail, mailConfigured, noteMailOff } from "./mail";

export interface NotifyInput {
  workspaceId: string;
  kind: NotificationKind;
  claimId: string | null;
  commentId?: string | null;
  /** Names the event: the same key for the same member is stored once. */
  event: string;
  recipients: readonly (string | null | undefined)[];
}

export async function notify(tx: SqlExecutor, actor: Actor, input: NotifyInput): Promise<number> {
  const sql = sqlOf(tx);
  const actorId = actorUserId(actor);
  const wanted = [...new Set(input.recipients.filter((r): r is string => !!r && r !== actorId))];
  if (!wanted.length) return 0;
  // Addresses are read only for members who are mailed at once (most notices mail nobody).
  const members = await sql.rows<{ userId: string; emailMode: string }>(Prisma.sql`
    SELECT "userId", "emailMode" FROM "Membership"
    WHERE "workspaceId" = ${input.workspaceId} AND "userId" IN (${Prisma.join(wanted)})`);
  if (!members.length) return 0;
  const now = new Date();
  // One row per member and event: a repeated event (the dedupe key) is stored once.
  const created = await sql.rows<{ id: string; recipientId: string }>(Prisma.sql`
    ${insertSql(
      "Notification",
      members.map((m) => ({
        workspaceId: input.workspaceId,
        recipientId: m.userId,
        kind: input.kind,
        claimId: input.claimId,
        commentId: input.commentId ?? null,
        actorId,
        dedupeKey: input.event,
        createdAt: now,
      })),
    )}
    ON CONFLICT ("recipientId", "dedupeKey") DO NOTHING RETURNING id, "recipientId"`);
  const mailTo = members.filter(
    (m) => m.emailMode === "immediately" && created.some((c) => c.recipientId === m.userId),
  );
  if (!mailTo.length) return created.length;
  if (!mailConfigured()) {
    noteMailOff();
    return created.length;
  }
  const recipients = await sql.rows<{ id: string; email: string }>(
    Prisma.sql`SELECT id, email FROM "User" WHERE id IN (${Prisma.join(mailTo.map((m) => m.userId))})`,
  );
  for (const r of recipients) {
    const email = await immediateEmail(sql, {
      workspaceId: input.workspaceId,
      recipientId: r.id,
      toAddress: r.email,
      kind: input.kind,
      claimId: input.claimId,
      actorId,
    });
    await sql.rows(insertSql("EmailOutbox", [{ ...email, createdAt: now, runAfter: now, updatedAt: now }]));
    await sql.rows(Prisma.sql`
      UPDATE "Notification" SET "emailedAt" = ${new Date()}
      WHERE id IN (${Prisma.join(created.filter((c) => c.recipientId === r.id).map((c) => c.id))})`);
  }
  return created.length;
}

/** Whoever last assigned the claim: they want to hear how the review ended. */
export async function lastAssigner(tx: SqlExecutor, claimId: string): Promise<string | null> {
  const [e] = await sqlOf(tx).rows<{ actorId: string | null }>(Prisma.sql`
    SELECT "actorId" FROM "AuditEvent"
    WHERE "entityType" = 'Claim' AND "entityId" = ${claimId} AND action = 'claim.assign'
    ORDER BY at DESC LIMIT 1`);
  return e?.actorId ?? null;
}
