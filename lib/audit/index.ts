import "server-only";
// Append-only audit trail. Pass the transaction (Prisma's or lib/db/sql's) so the event commits
// with the change. One SQL statement, whoever calls: it is written on every change.
import { Prisma } from "@/lib/db";
import { newId } from "@/lib/db/ids";
import { jsonParam, sqlOf, type SqlExecutor } from "@/lib/db/sql";
import { actorLabel, actorUserId, type Actor } from "@/lib/auth/actor";

export interface AuditInput {
  workspaceId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Returns the event's id (an undo names the event it reverses). */
export async function recordAudit(tx: SqlExecutor, actor: Actor, input: AuditInput): Promise<string> {
  const id = newId();
  // `at` is the column's default, the transaction's start: the events of one change share it.
  await sqlOf(tx).rows(Prisma.sql`
    INSERT INTO "AuditEvent" (id, "workspaceId", "actorId", "actorLabel", action, "entityType", "entityId", before, after)
    VALUES (${id}, ${input.workspaceId}, ${actorUserId(actor)}, ${actorLabel(actor)}, ${input.action},
      ${input.entityType}, ${input.entityId}, ${jsonParam(input.before)}::jsonb, ${jsonParam(input.after)}::jsonb)`);
  return id;
}
export { workspaceActivity } from "./feed";
