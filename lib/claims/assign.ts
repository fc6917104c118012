import "server-only";
// Assignment (issue 18): a claim's writer and reviewer, each with an optional due date. Editors
// assign; the writer must be a member who may write claims, the reviewer one who may review. A due
// date in the past is accepted (the claim is then shown overdue). Audited as `claim.assign` with
// before and after; the newly assigned are notified in the same transaction.
import { z } from "zod";
import type { Db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize, type WorkspaceAccess } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { ROLE_MATRIX } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { boundedDate } from "@/lib/validation";

type Tx = Prisma.TransactionClient;
const id = z.string().trim().min(1).max(64);

/** A date (YYYY-MM-DD: due by the end of that day, UTC) or a date-time. */
export const dueDate = z.preprocess(
  (v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? `${v.trim()}T23:59:59.999Z` : v),
  boundedDate("a due date must be a date (YYYY-MM-DD) or a date-time"),
);

export const assignmentFields = z.object({
  writerId: id.nullable().optional(),
  writerDueAt: dueDate.nullable().optional(),
  reviewerId: id.nullable().optional(),
  reviewerDueAt: dueDate.nullable().optional(),
});
const anyField = (v: z.infer<typeof assignmentFields>) =>
  v.writerId !== undefined ||
  v.writerDueAt !== undefined ||
  v.reviewerId !== undefined ||
  v.reviewerDueAt !== undefined;

export const assignInput = assignmentFields
  .extend({ version: z.number().int().min(1, "version is required") })
  .refine(anyField, { message: "give a writer, a reviewer or a due date", path: ["writerId"] });
export type AssignInput = z.input<typeof assignInput>;

export type Assignment = z.infer<typeof assignmentFields>;

const FIELDS = ["writerId", "writerDueAt", "reviewerId", "reviewerDueAt"] as const;

/** Refuses someone outside the workspace or without the role for the part they are given. */
export async function checkAssignees(tx: Tx, workspaceId: string, a: Assignment) {
  const checks = [
    { userId: a.writerId, roles: ROLE_MATRIX["claim.create"], field: "writerId", what: "write claims" },
    { userId: a.reviewerId, roles: ROLE_MATRIX["claim.review"], field: "reviewerId", what: "review claims" },
  ];
  for (const c of checks) {
    if (!c.userId) continue;
    const m = await tx.membership.findFirst({ where: { workspaceId, userId: c.userId }, select: { role: true } });
    if (!m) throw new AppError("unprocessable", "that person is not a member of this workspace", { field: c.field });
    if (!c.roles.includes(m.role))
      throw new AppError("unprocessable", `a ${m.role} cannot ${c.what} in this workspace`, { field: c.field });
  }
}

type ClaimRow = { id: string; version: number } & Record<(typeof FIELDS)[number], string | Date | null>;

/** Writes one claim's assignment (the version check is part of the write), audits and notifies. */
export async function applyAssignment(
  tx: Tx,
  actor: Actor,
  access: WorkspaceAccess,
  before: ClaimRow,
  a: Assignment,
  version: number = before.version,
) {
  const data: Prisma.ClaimUncheckedUpdateManyInput = {};
  for (const k of FIELDS) if (a[k] !== undefined) data[k] = a[k];
  const { count } = await tx.claim.updateMany({
    where: { id: before.id, version },
    data: { ...data, version: { increment: 1 }, updatedById: actorUserId(actor) },
  });
  if (!count) {
    const current = await tx.claim.findUniqueOrThrow({ where: { id: before.id } });
    throw new AppError(
      "conflict",
      `the claim was changed by someone else (you edited version ${version}, it is now version ${current.version}); reload and assign again`,
      { current },
    );
  }
  const after = await tx.claim.findUniqueOrThrow({ where: { id: before.id } });
  const pick = (c: ClaimRow) => Object.fromEntries(FIELDS.map((k) => [k, c[k]]));
  await recordAudit(tx, actor, {
    workspaceId: access.workspace.id,
    action: "claim.assign",
    entityType: "Claim",
    entityId: before.id,
    before: { ...pick(before), version: before.version },
    after: { ...pick(after), version: after.version },
  });
  for (const role of ["writer", "reviewer"] as const) {
    const who = after[`${role}Id`];
    const changed = who !== before[`${role}Id`] || +(after[`${role}DueAt`] ?? 0) !== +(before[`${role}DueAt`] ?? 0);
    if (who && changed)
      await notify(tx, actor, {
        workspaceId: access.workspace.id,
        kind: role === "writer" ? "assigned_writer" : "assigned_reviewer",
        claimId: before.id,
        event: `assign:${before.id}:v${after.version}:${role}`,
        recipients: [who],
      });
  }
  return after;
}

export async function assignClaim(db: Db, actor: Actor, slug: string, claimId: string, raw: unknown) {
  const input = assignInput.parse(raw);
  const access = await authorize(db, actor, slug, "claim.assign");
  return db.$transaction(async (tx) => {
    const before = await tx.claim.findFirst({ where: { id: claimId, workspaceId: access.workspace.id } });
    if (!before) throw notFound("claim");
    await checkAssignees(tx, access.workspace.id, input);
    return applyAssignment(tx, actor, access, before, input, input.version);
  });
}

/** Members who may be given each part, for the assignment forms. */
export async function assignableMembers(db: Db, actor: Actor, slug: string) {
  const access = await authorize(db, actor, slug, "workspace.read");
  const members = await db.membership.findMany({
    where: { workspaceId: access.workspace.id },
    select: { userId: true, role: true, user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  const person = (m: (typeof members)[number]) => ({ id: m.userId, name: m.user.name ?? m.user.email, role: m.role });
  return {
    writers: members.filter((m) => ROLE_MATRIX["claim.create"].includes(m.role)).map(person),
    reviewers: members.filter((m) => ROLE_MATRIX["claim.review"].includes(m.role)).map(person),
  };
}
