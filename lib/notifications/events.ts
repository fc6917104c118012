import "server-only";
// Who hears about what happens to a claim. A claim's people are its author, writer, reviewer and
// whoever opened its correction; the editor who last assigned it hears how the review ended.
// Commenters follow a claim once they have said something on it.
import type { Prisma } from "@/lib/db";
import type { SqlExecutor } from "@/lib/db/sql";
import type { Actor } from "@/lib/auth/actor";
import type { NotificationKind } from "./kinds";
import { lastAssigner, notify } from "./notify";

type Tx = Prisma.TransactionClient;

interface ClaimPeople {
  id: string;
  createdById: string | null;
  writerId: string | null;
  reviewerId: string | null;
  correctionOpenedById?: string | null;
}

export async function notifyWorkflow(
  tx: SqlExecutor,
  actor: Actor,
  workspaceId: string,
  claim: ClaimPeople,
  kind: Extract<NotificationKind, "review_requested" | "changes_requested" | "approved" | "published" | "corrected">,
  event: string,
) {
  const recipients =
    kind === "review_requested"
      ? [claim.reviewerId]
      : [
          claim.createdById,
          claim.writerId,
          claim.correctionOpenedById,
          ...(kind === "published" || kind === "corrected" ? [claim.reviewerId] : [await lastAssigner(tx, claim.id)]),
        ];
  return notify(tx, actor, { workspaceId, kind, claimId: claim.id, event, recipients });
}

/** Mentions first (the same comment reaches a mentioned follower once, as a mention), then followers. */
export async function notifyComment(
  tx: Tx,
  actor: Actor,
  workspaceId: string,
  comment: { id: string; claimId: string; mentions: string[] },
) {
  const event = `comment:${comment.id}`;
  const base = { workspaceId, claimId: comment.claimId, commentId: comment.id, event };
  await notify(tx, actor, { ...base, kind: "mention", recipients: comment.mentions });
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: comment.claimId },
    select: { createdById: true, writerId: true, reviewerId: true },
  });
  const commenters = await tx.comment.findMany({
    where: { claimId: comment.claimId, id: { not: comment.id }, authorId: { not: null } },
    distinct: ["authorId"],
    select: { authorId: true },
    take: 100,
  });
  await notify(tx, actor, {
    ...base,
    kind: "comment",
    recipients: [claim.createdById, claim.writerId, claim.reviewerId, ...commenters.map((c) => c.authorId)],
  });
}
