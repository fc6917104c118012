import "server-only";
// notify(tx, …): called by lib writers inside their transaction, so a notification exists exactly
// when the change committed. One row per member and event (the dedupe key), never for the actor's
// own act, only for members of the workspace. Members who want email immediately get an outbox
// row in the same transaction (lib/notifications/outbox.ts sends it).
import { Prisma } from "@/lib/db";
import { newId } from "@/lib/db/ids";
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
  // One statement: the wanted people who are members get a row each, once per event (the dedupe
  // key); it returns the rows it made with each member's email mode. Addresses are read below, only
  // for members mailed at once (most notices mail nobody).
  const created = await sql.rows<{ id: string; recipientId: string; emailMode: string }>(Prisma.sql`
    WITH m AS (
      SELECT w.id, m."userId", m."emailMode"
      FROM unnest(${wanted.map(() => newId())}::text[], ${wanted}::text[]) AS w(id, "userId")
        JOIN "Membership" m ON m."userId" = w."userId" AND m."workspaceId" = ${input.workspaceId}
    ), made AS (
      INSERT INTO "Notification" (id, "workspaceId", "recipientId", kind, "claimId", "commentId", "actorId", "dedupeKey", "createdAt")
      SELECT m.id, ${input.workspaceId}, m."userId", ${input.kind}, ${input.claimId}, ${input.commentId ?? null},
        ${actorId}, ${input.event}, ${new Date()}::timestamp(3)
      FROM m
      ON CONFLICT ("recipientId", "dedupeKey") DO NOTHING
      RETURNING id, "recipientId"
    )
    SELECT made.id, made."recipientId", m."emailMode" FROM made JOIN m ON m.id = made.id`);
  const mailTo = created.filter((c) => c.emailMode === "immediately");
  if (!mailTo.length) return created.length;
  if (!mailConfigured()) {
    noteMailOff();
    return created.length;
  }
  const recipients = await sql.rows<{ id: string; email: string }>(
    Prisma.sql`SELECT id, email FROM "User" WHERE id IN (${Prisma.join(mailTo.map((m) => m.recipientId))})`,
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
    const now = new Date();
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
