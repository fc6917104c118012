import "server-only";
// Append-only audit trail. Pass the transaction client so the event commits with the change.
import type { Prisma } from "@/lib/db";
import { actorLabel, actorUserId, type Actor } from "@/lib/auth/actor";

type AuditClient = Pick<Prisma.TransactionClient, "auditEvent">;

export interface AuditInput {
  workspaceId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const asJson = (v: unknown) => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));

/** Returns the event's id (an undo names the event it reverses). */
export async function recordAudit(tx: AuditClient, actor: Actor, input: AuditInput): Promise<string> {
  const event = await tx.auditEvent.create({
    data: {
      workspaceId: input.workspaceId,
      actorId: actorUserId(actor),
      actorLabel: actorLabel(actor),
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: asJson(input.before),
      after: asJson(input.after),
    },
    select: { id: true },
  });
  return event.id;
}
export { workspaceActivity } from "./feed";
