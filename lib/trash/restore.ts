import "server-only";
// Bringing a record back from the trash. A restore that would clash with what changed since
// (a title or name now taken, a parent still in the trash) is refused, saying what conflicts.
import type { Db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan, workspaceAccess, type WorkspaceAccess } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { restoreInput, type TrashType } from "./schemas";
import { sameTextIgnoringCase } from "@/lib/db/like";

type Tx = Prisma.TransactionClient;
const LIVE = { deletedAt: null, deletedById: null };
const conflict = (message: string) => new AppError("conflict", message);

/** Restores one record: `{ type, id }`. */
export async function restoreRecord(db: Db, actor: Actor, slug: string, raw: unknown) {
  const input = restoreInput.parse(raw);
  const access = await workspaceAccess(db, actor, slug);
  return db.$transaction(async (tx) => {
    const { before, after } = await RESTORERS[input.type](tx, access, input.id);
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: `${input.type}.restore`,
      entityType: ENTITY[input.type],
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}

const ENTITY: Record<TrashType, string> = {
  document: "Document",
  claim: "Claim",
  source: "Source",
  claimant: "Claimant",
  comment: "Comment",
};

type Restorer = (tx: Tx, access: WorkspaceAccess, id: string) => Promise<{ before: object; after: object }>;

const RESTORERS: Record<TrashType, Restorer> = {
  async document(tx, access, id) {
    assertCan(access, "document.delete");
    const doc = await tx.document.findFirst({
      where: { id, workspaceId: access.workspace.id, deletedAt: { not: null } },
    });
    if (!doc) throw notFound("deleted document");
    const taken = await tx.document.findFirst({
      where: { workspaceId: doc.workspaceId, title: doc.title, deletedAt: null, id: { not: doc.id } },
    });
    if (taken) throw conflict(`another document is now titled “${doc.title}”; rename it before restoring this one`);
    // The claims that went to the trash with the document come back with it.
    await tx.claim.updateMany({ where: { documentId: doc.id, deletedAt: doc.deletedAt }, data: LIVE });
    return { before: doc, after: await tx.document.update({ where: { id }, data: LIVE }) };
  },

  async claim(tx, access, id) {
    const claim = await tx.claim.findFirst({
      where: { id, workspaceId: access.workspace.id, deletedAt: { not: null } },
      include: {
        document: { select: { title: true, deletedAt: true } },
        claimant: { select: { name: true, deletedAt: true } },
        reportedBy: { select: { name: true, deletedAt: true } },
        evidence: { select: { source: { select: { title: true, deletedAt: true } } } },
      },
    });
    if (!claim) throw notFound("deleted claim");
    assertCan(access, "claim.delete", { createdById: claim.createdById });
    const { document, claimant, reportedBy, evidence, ...before } = claim;
    if (document?.deletedAt)
      throw conflict(
        `its document “${document.title}” is in the trash; restore the document, which brings the claim back`,
      );
    for (const who of [claimant, reportedBy])
      if (who?.deletedAt) throw conflict(`its claimant “${who.name}” is in the trash; restore the claimant first`);
    const gone = evidence.filter((e) => e.source.deletedAt).map((e) => `“${e.source.title}”`);
    if (gone.length)
      throw conflict(`sources of its evidence are in the trash (${gone.join(", ")}); restore them first`);
    return { before, after: await tx.claim.update({ where: { id }, data: LIVE }) };
  },

  async source(tx, access, id) {
    assertCan(access, "source.delete");
    const source = await tx.source.findFirst({
      where: { id, workspaceId: access.workspace.id, deletedAt: { not: null } },
    });
    if (!source) throw notFound("deleted source");
    return { before: source, after: await tx.source.update({ where: { id }, data: LIVE }) };
  },

  async claimant(tx, access, id) {
    assertCan(access, "claimant.delete");
    const claimant = await tx.claimant.findFirst({
      where: { id, workspaceId: access.workspace.id, deletedAt: { not: null } },
    });
    if (!claimant) throw notFound("deleted claimant");
    const taken = await tx.claimant.findFirst({
      where: {
        workspaceId: claimant.workspaceId,
        deletedAt: null,
        id: { not: claimant.id },
        OR: [{ name: sameTextIgnoringCase(claimant.name) }, { aliases: { has: claimant.name } }],
      },
      select: { name: true },
    });
    if (taken) throw conflict(`the claimant “${taken.name}” now goes by the name “${claimant.name}”`);
    return { before: claimant, after: await tx.claimant.update({ where: { id }, data: LIVE }) };
  },

  async comment(tx, access, id) {
    const comment = await tx.comment.findFirst({
      where: { id, deletedAt: { not: null }, claim: { workspaceId: access.workspace.id } },
      include: { claim: { select: { headline: true, deletedAt: true } } },
    });
    if (!comment) throw notFound("deleted comment");
    assertCan(access, "comment.delete", { createdById: comment.authorId });
    const { claim, ...before } = comment;
    if (claim.deletedAt) throw conflict(`its claim “${claim.headline}” is in the trash; restore the claim first`);
    return { before, after: await tx.comment.update({ where: { id }, data: LIVE }) };
  },
};
