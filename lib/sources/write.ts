import "server-only";
// Creating, editing and rating sources. Creation refuses a probable duplicate (same normalized
// URL, DOI, ISBN or title + year) and names it, so the editor can use the existing source.
import type { Db, Prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan, authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { normalizeUrl } from "@/lib/documents/parse";
import { SourceIndex } from "@/lib/documents/source-match";
import { AppError, notFound } from "@/lib/errors";
import { createSourceInput, rateSourceInput, updateSourceInput } from "./schemas";
import { liveSourceWhere } from "./live";

export async function findDuplicateSource(
  db: Db | Prisma.TransactionClient,
  workspaceId: string,
  s: { url?: string | null; doi?: string | null; isbn?: string | null; title?: string | null; date?: string | null },
  excludeId?: string,
) {
  const known = await db.source.findMany({
    where: { workspaceId, ...liveSourceWhere, ...(excludeId ? { NOT: { id: excludeId } } : {}) },
    select: { id: true, title: true, url: true, doi: true, isbn: true, date: true },
  });
  const index = new SourceIndex();
  for (const k of known) index.add(k.id, k);
  const id = index.find(s);
  return id ? known.find((k) => k.id === id)! : null;
}

export async function createSource(db: Db, actor: Actor, slug: string, raw: unknown) {
  const { force, ...data } = createSourceInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "source.write");
  return db.$transaction(async (tx) => {
    const dup = force ? null : await findDuplicateSource(tx, workspace.id, data);
    if (dup)
      throw new AppError(
        "conflict",
        `this looks like an existing source: “${dup.title}”. Use it, or create anyway with force.`,
        { existing: { id: dup.id, title: dup.title } },
      );
    const source = await tx.source.create({
      data: { ...data, workspaceId: workspace.id, normalizedUrl: data.url ? normalizeUrl(data.url) : null },
    });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "source.create",
      entityType: "Source",
      entityId: source.id,
      after: source,
    });
    return source;
  });
}

export async function updateSource(db: Db, actor: Actor, slug: string, sourceId: string, raw: unknown) {
  const { version, ...data } = updateSourceInput.parse(raw);
  const { workspace } = await authorize(db, actor, slug, "source.write");
  return db.$transaction(async (tx) => {
    const before = await tx.source.findFirst({ where: { id: sourceId, workspaceId: workspace.id } });
    if (!before) throw notFound("source");
    const patch: Prisma.SourceUpdateManyMutationInput = { ...data, version: { increment: 1 } };
    if (data.url !== undefined) patch.normalizedUrl = data.url ? normalizeUrl(data.url) : null;
    const { count } = await tx.source.updateMany({ where: { id: sourceId, version }, data: patch });
    if (!count)
      throw new AppError(
        "conflict",
        `the source was changed by someone else (now version ${before.version}); reload and re-apply`,
        { current: before },
      );
    const after = await tx.source.findUniqueOrThrow({ where: { id: sourceId } });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "source.update",
      entityType: "Source",
      entityId: sourceId,
      before,
      after,
    });
    return after;
  });
}

/** Reliability changes need a rationale and are audited with the old and new rating. */
export async function rateSource(db: Db, actor: Actor, slug: string, sourceId: string, raw: unknown) {
  const data = rateSourceInput.parse(raw);
  const access = await authorize(db, actor, slug, "workspace.read");
  assertCan(access, "source.rate");
  return db.$transaction(async (tx) => {
    const before = await tx.source.findFirst({ where: { id: sourceId, workspaceId: access.workspace.id } });
    if (!before) throw notFound("source");
    const { count } = await tx.source.updateMany({
      where: { id: sourceId, version: data.version },
      data: { reliability: data.reliability, reliabilityRationale: data.rationale, version: { increment: 1 } },
    });
    if (!count)
      throw new AppError(
        "conflict",
        `the source was changed by someone else (now version ${before.version}); reload and re-apply`,
        { current: before },
      );
    const after = await tx.source.findUniqueOrThrow({ where: { id: sourceId } });
    await recordAudit(tx, actor, {
      workspaceId: access.workspace.id,
      action: "source.rate",
      entityType: "Source",
      entityId: sourceId,
      before: { reliability: before.reliability, rationale: before.reliabilityRationale },
      after: { reliability: after.reliability, rationale: after.reliabilityRationale },
    });
    return after;
  });
}
