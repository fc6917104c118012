import "server-only";
// "Suggest claims": check-worthy sentences of a document's current version that are neither
// claimed already nor dismissed. Accepting one creates a draft claim anchored to it.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { suggestClaims, sentenceHash } from "./suggest";
import { createClaim } from "./create";
import { liveDocumentWhere } from "@/lib/trash/live";

async function currentVersion(db: Db, workspaceId: string, documentId: string) {
  const doc = await db.document.findFirst({
    where: { id: documentId, workspaceId, ...liveDocumentWhere },
    select: { id: true, currentVersion: { select: { id: true, text: true, sections: true } } },
  });
  if (!doc?.currentVersion) throw notFound("document");
  return doc.currentVersion;
}

export async function documentSuggestions(
  db: Db,
  actor: Actor,
  slug: string,
  documentId: string,
  opts: { minScore?: number } = {},
) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const v = await currentVersion(db, workspace.id, documentId);
  const [dismissed, claimed] = await Promise.all([
    db.suggestionDismissal.findMany({ where: { documentId }, select: { textHash: true } }),
    db.claim.findMany({
      where: { documentId, documentVersionId: v.id, anchorStart: { not: null } },
      select: { anchorStart: true, anchorEnd: true },
    }),
  ]);
  const hidden = new Set(dismissed.map((d) => d.textHash));
  const overlaps = (s: { start: number; end: number }) =>
    claimed.some((c) => c.anchorStart! < s.end && c.anchorEnd! > s.start);
  return suggestClaims(v.text, { minScore: opts.minScore, sections: v.sections as never })
    .filter((s) => !hidden.has(s.textHash) && !overlaps(s))
    .map((s) => ({ ...s, documentVersionId: v.id }));
}

/** Accepts a suggestion as a draft claim; the claimant guess is used unless the editor gives one. */
export async function acceptSuggestion(
  db: Db,
  actor: Actor,
  slug: string,
  documentId: string,
  input: { start: number; end: number; documentVersionId?: string; claimant?: { name: string } | { id: string } },
) {
  const { workspace } = await authorize(db, actor, slug, "claim.create");
  const v = await currentVersion(db, workspace.id, documentId);
  const suggestion = suggestClaims(v.text, { minScore: 0 }).find((s) => s.start === input.start && s.end === input.end);
  if (!suggestion)
    throw new AppError("unprocessable", "no suggestion at that position; refresh the suggestions", { field: "start" });
  return createClaim(db, actor, slug, {
    documentId,
    documentVersionId: input.documentVersionId,
    start: input.start,
    end: input.end,
    claimType: suggestion.claimType,
    claimant:
      input.claimant ?? (suggestion.claimant ? { name: suggestion.claimant, kind: "person", aliases: [] } : undefined),
  });
}

export async function dismissSuggestion(db: Db, actor: Actor, slug: string, documentId: string, raw: unknown) {
  const sentence = z.string({ error: "sentence must be text" }).min(1, "sentence is required").parse(raw);
  const { workspace } = await authorize(db, actor, slug, "claim.create");
  await currentVersion(db, workspace.id, documentId);
  const textHash = sentenceHash(sentence);
  await db.$transaction(async (tx) => {
    const row = await tx.suggestionDismissal.upsert({
      where: { documentId_textHash: { documentId, textHash } },
      create: { documentId, textHash },
      update: {},
    });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "suggestion.dismiss",
      entityType: "Document",
      entityId: documentId,
      after: { textHash: row.textHash },
    });
  });
  return { textHash };
}
