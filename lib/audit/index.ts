import "server-only";
// Append-only audit trail. Pass the transaction (Prisma's or lib/db/sql's) so the event commits
// with the change. One SQL statement, whoever calls: it is written on every change.
import { newId } from "@/lib/db/ids";
import { insertSql, sqlJson, sqlOf, type SqlExecutor } from "@/lib/db/sql";
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
  await sqlOf(tx).rows(
    insertSql("AuditEvent", [
      {
        id,
        workspaceId: input.workspaceId,
        actorId: actorUserId(actor),
        actorLabel: actorLabel(actor),
        action: input.action,
        entityType: input.entityType,
        entityId: input.entityId,
        before: sqlJson(input.before),
        after: sqlJson(input.after),
        at: new Date(),
      },
    ]),
  );
  return id;
}
export { workspaceActivity } from "./feed";
