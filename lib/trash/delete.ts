import "server-only";
// Moving records to the trash (issue 15). A deleted record keeps its row with deletedAt and
// deletedById set; readers leave it out through lib/trash/live.ts, restore brings it back
// (./restore.ts) and a purge deletes it for good (./purge.ts).
import type { Db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan, workspaceAccess } from "@/lib/auth/access";
import { actorUserId, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { PUBLIC_STATUSES } from "@/lib/publishing/visibility";
import { liveClaimWhere, liveDocumentWhere } from "./live";
import { deleteInput } from "./schemas";

type Tx = Prisma.TransactionClient;

function assertVersion(what: string, expected: number | undefined, current: { version: number }) {
  if (expected !== undefined && expected !== current.version)
    throw new AppError(
      "conflict",
      `the ${what} was changed by someone else (you saw version ${expected}, it is now version ${current.version}); reload it before deleting`,
      { current },
    );
}

const stamp = (actor: Actor) => ({ deletedAt: new Date(), deletedById: actorUserId(actor) });

/**
 * Deletes a document: it goes to the trash with its claims that were never published (they
 * come back with it). Published and retracted claims stay where they are, so their public pages
 * keep their passage and published revision.
 */
export async function deleteDocument(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = deleteInput.parse(raw);
  const access = await workspaceAccess(db, actor, slug);
  assertCan(access, "document.delete");
  return db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id: input.id, workspaceId: access.workspace.id, ...liveDocumentWhere },
    });
    if (!doc) throw notFound("document");
    assertVersion("document", input.version, doc);
    const mark = stamp(actor);
    const drafts = await tx.claim.findMany({
      where: { documentId: doc.id, ...liveClaimWhere, status: { notIn: PUBLIC_STATUSES } },
      select: { id: true },
    });
    await tx.claim.updateMany({ where: { id: { in: drafts.map((c) => c.id) } }, data: mark });
    const after = await tx.document.update({ where: { id: doc.id }, data: mark });
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "document.delete",
      entityType: "Document",
      entityId: doc.id,
      before: doc,
      after: { ...after, trashedClaimIds: drafts.map((c) => c.id) },
    });
    return after;
  });
}

/** Deletes a claim that was never published; a published one is retracted instead. */
export async function deleteClaim(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = deleteInput.parse(raw);
  const access = await workspaceAccess(db, actor, slug);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: input.id, workspaceId: access.workspace.id, ...liveClaimWhere },
    });
    if (!claim) throw notFound("claim");
    assertCan(access, "claim.delete", { createdById: claim.createdById });
    if (PUBLIC_STATUSES.includes(claim.status))
      throw new AppError(
        "conflict",
        claim.status === "published"
          ? "a published claim cannot be deleted: retract it instead (the retraction notice stays public)"
          : "a retracted claim cannot be deleted: its public page keeps the retraction notice",
      );
    assertVersion("claim", input.version, claim);
    const after = await tx.claim.update({ where: { id: claim.id }, data: stamp(actor) });
    await audit(tx, actor, access.workspace.id, "claim.delete", "Claim", claim, after);
    return after;
  });
}

/** Deletes a source that nothing live uses; one cited by published evidence names those claims. */
export async function deleteSource(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = deleteInput.parse(raw);
  const access = await workspaceAccess(db, actor, slug);
  assertCan(access, "source.delete");
  return db.$transaction(async (tx) => {
    const source = await tx.source.findFirst({
      where: { id: input.id, workspaceId: access.workspace.id, deletedAt: null },
    });
    if (!source) throw notFound("source");
    assertVersion("source", input.version, source);
    const published = await tx.claim.findMany({
      where: { ...liveClaimWhere, status: { in: PUBLIC_STATUSES }, evidence: { some: { sourceId: source.id } } },
      select: { id: true, headline: true },
      orderBy: { id: "asc" },
      take: 10,
    });
    if (published.length)
      throw new AppError(
        "conflict",
        `the source is evidence for published claims, so it cannot be deleted: ${published.map((c) => `“${c.headline}”`).join(", ")}`,
        { claims: published },
      );
    const [evidence, reporting, citations] = await Promise.all([
      tx.evidence.count({ where: { sourceId: source.id, claim: liveClaimWhere } }),
      tx.claim.count({ where: { reportingSourceId: source.id, ...liveClaimWhere } }),
      tx.citation.count({
        where: { sourceId: source.id, documentVersion: { currentOf: { is: liveDocumentWhere } } },
      }),
    ]);
    const uses = [
      evidence && `${evidence} evidence link${evidence === 1 ? "" : "s"}`,
      reporting && `${reporting} claim${reporting === 1 ? "" : "s"} reported through it`,
      citations && `${citations} citation${citations === 1 ? "" : "s"} in documents`,
    ].filter(Boolean);
    if (uses.length) throw new AppError("conflict", `the source is in use (${uses.join(", ")}); delete it when unused`);
    const after = await tx.source.update({ where: { id: source.id }, data: stamp(actor) });
    await audit(tx, actor, access.workspace.id, "source.delete", "Source", source, after);
    return after;
  });
}

/** Deletes a claimant no live claim names. */
export async function deleteClaimant(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = deleteInput.parse(raw);
  const access = await workspaceAccess(db, actor, slug);
  assertCan(access, "claimant.delete");
  return db.$transaction(async (tx) => {
    const claimant = await tx.claimant.findFirst({
      where: { id: input.id, workspaceId: access.workspace.id, deletedAt: null },
    });
    if (!claimant) throw notFound("claimant");
    assertVersion("claimant", input.version, claimant);
    const used = await tx.claim.count({
      where: { ...liveClaimWhere, OR: [{ claimantId: claimant.id }, { reportedById: claimant.id }] },
    });
    if (used)
      throw new AppError(
        "conflict",
        `the claimant is in use by ${used} claim${used === 1 ? "" : "s"}; delete it when unused`,
      );
    const after = await tx.claimant.update({ where: { id: claimant.id }, data: stamp(actor) });
    await audit(tx, actor, access.workspace.id, "claimant.delete", "Claimant", claimant, after);
    return after;
  });
}

/** Deletes a comment: its author may, and editors and owners may delete any. */
export async function deleteCommentToTrash(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = deleteInput.parse(raw);
  const access = await workspaceAccess(db, actor, slug);
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findFirst({
      where: { id: input.id, deletedAt: null, claim: { workspaceId: access.workspace.id, ...liveClaimWhere } },
    });
    if (!comment) throw notFound("comment");
    assertCan(access, "comment.delete", { createdById: comment.authorId });
    assertVersion("comment", input.version, comment);
    const after = await tx.comment.update({ where: { id: comment.id }, data: stamp(actor) });
    await audit(tx, actor, access.workspace.id, "comment.delete", "Comment", comment, after);
    return after;
  });
}

async function audit(
  tx: Tx,
  actor: Actor,
  workspaceId: string,
  action: string,
  entityType: string,
  before: { id: string },
  after: unknown,
) {
  await recordAudit(tx, actor, { workspaceId, action, entityType, entityId: before.id, before, after });
}
