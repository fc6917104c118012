import "server-only";
// Requesting and reading captures. Captures are desk material: every reader here needs a member or
// a token of the workspace (anonymous callers never reach them), and the workspace is in each where.
import { z } from "zod";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors";
import { locateExcerpt } from "./excerpt";
import { queueSourceCaptures } from "./linkcheck";
import { wakeCaptureWorker } from "./queue";
import { liveSourceWhere } from "@/lib/trash/live";

const id = z.string().min(1).max(64);
const CAPTURE_SELECT = {
  id: true,
  sourceId: true,
  status: true,
  requestedUrl: true,
  finalUrl: true,
  httpStatus: true,
  contentType: true,
  sha256: true,
  byteLength: true,
  capturedAt: true,
  title: true,
  author: true,
  publisher: true,
  datePublished: true,
  canonicalUrl: true,
  language: true,
  error: true,
  notes: true,
  changed: true,
  attempts: true,
  createdAt: true,
} as const;

/** Queues a capture of the source's URL (202 in the API); the worker fetches it in the background. */
export async function requestCapture(db: Db, actor: Actor, slug: string, rawSourceId: unknown) {
  const sourceId = id.parse(rawSourceId);
  const { workspace } = await authorize(db, actor, slug, "source.write");
  const capture = await db.$transaction(async (tx) => {
    const source = await tx.source.findFirst({
      where: { id: sourceId, workspaceId: workspace.id, ...liveSourceWhere },
      select: { id: true, url: true },
    });
    if (!source) throw notFound("source");
    if (!source.url)
      throw new AppError("unprocessable", "this source has no URL to capture; add its URL first", { field: "url" });
    const pending = await tx.sourceCapture.findFirst({
      where: { sourceId, status: { in: ["queued", "running"] } },
      select: CAPTURE_SELECT,
    });
    if (pending) return pending;
    const c = await tx.sourceCapture.create({
      data: {
        workspaceId: workspace.id,
        sourceId,
        requestedUrl: source.url,
        requestedById: actor.kind === "user" ? actor.userId : null,
      },
      select: CAPTURE_SELECT,
    });
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "source.capture",
      entityType: "Source",
      entityId: sourceId,
      after: { captureId: c.id, url: source.url },
    });
    return c;
  });
  wakeCaptureWorker();
  return capture;
}

/** A source's captures, newest first, without their bytes or text. */
export async function listCaptures(db: Db, actor: Actor, slug: string, rawSourceId: unknown) {
  const sourceId = id.parse(rawSourceId);
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const source = await db.source.findFirst({
    where: { id: sourceId, workspaceId: workspace.id, ...liveSourceWhere },
    select: { id: true },
  });
  if (!source) throw notFound("source");
  return db.sourceCapture.findMany({
    where: { sourceId, workspaceId: workspace.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: CAPTURE_SELECT,
  });
}

/** One capture with its readable text (the desk shows the text, never the raw HTML). */
export async function captureWithText(db: Db, actor: Actor, slug: string, rawCaptureId: unknown) {
  const captureId = id.parse(rawCaptureId);
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const c = await db.sourceCapture.findFirst({
    where: { id: captureId, workspaceId: workspace.id },
    select: { ...CAPTURE_SELECT, text: true },
  });
  if (!c) throw notFound("capture");
  return c;
}

/** The raw bytes, for a download served as a sandboxed attachment. */
export async function captureRaw(db: Db, actor: Actor, slug: string, rawCaptureId: unknown) {
  const captureId = id.parse(rawCaptureId);
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const c = await db.sourceCapture.findFirst({
    where: { id: captureId, workspaceId: workspace.id, raw: { not: null } },
    select: { raw: true, contentType: true, sha256: true },
  });
  if (!c?.raw) throw notFound("capture");
  return { bytes: Buffer.from(c.raw), contentType: c.contentType, sha256: c.sha256 };
}

/**
 * The source's link status from its latest captures: live, changed since the previous capture,
 * or failing — and the newest successful snapshot to fall back on.
 */
export function linkStatus(
  captures: { status: string; changed: boolean | null; error: string | null; capturedAt: Date | null; id: string }[],
) {
  const latest = captures.find((c) => c.status === "done" || c.status === "failed");
  const snapshot = captures.find((c) => c.status === "done") ?? null;
  if (!latest) return { state: "unchecked" as const, snapshot, detail: null };
  if (latest.status === "failed") return { state: "failing" as const, snapshot, detail: latest.error };
  return { state: latest.changed ? ("changed" as const) : ("live" as const), snapshot, detail: null };
}

/**
 * Each evidence excerpt of the source located in its newest snapshot: selectors when found, a flag
 * when not. Null when the source has no snapshot yet.
 */
export async function excerptsInSnapshot(db: Db, actor: Actor, slug: string, rawSourceId: unknown) {
  const sourceId = id.parse(rawSourceId);
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const snap = await db.sourceCapture.findFirst({
    where: { sourceId, workspaceId: workspace.id, status: "done", text: { not: null } },
    orderBy: { capturedAt: "desc" },
    select: { id: true, text: true, capturedAt: true },
  });
  if (!snap?.text) return null;
  const evidence = await db.evidence.findMany({
    where: { sourceId, claim: { workspaceId: workspace.id }, excerpt: { not: null } },
    select: { id: true, claimId: true, excerpt: true, claim: { select: { headline: true } } },
  });
  return {
    captureId: snap.id,
    capturedAt: snap.capturedAt,
    excerpts: evidence.map((e) => {
      const a = locateExcerpt(snap.text!, e.excerpt!);
      return {
        evidenceId: e.id,
        claimId: e.claimId,
        excerpt: e.excerpt!,
        headline: e.claim.headline,
        found: !!a,
        selectors: a
          ? [
              { type: "TextQuoteSelector", exact: a.exact, prefix: a.prefix, suffix: a.suffix },
              { type: "TextPositionSelector", start: a.start, end: a.end },
            ]
          : null,
      };
    }),
  };
}

/**
 * Queues a capture of every web source the document's current version cites (after an import, on
 * request). Sources with a capture already pending are left as they are; returns the counts.
 */
export async function requestDocumentCaptures(db: Db, actor: Actor, slug: string, rawDocumentId: unknown) {
  const documentId = id.parse(rawDocumentId);
  const { workspace } = await authorize(db, actor, slug, "source.write");
  const result = await db.$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id: documentId, workspaceId: workspace.id, deletedAt: null },
      select: { id: true, currentVersionId: true },
    });
    if (!doc) throw notFound("document");
    const cited = { citations: { some: { documentVersionId: doc.currentVersionId ?? "" } } };
    const counts = await queueSourceCaptures(tx, workspace.id, cited, actor);
    await recordAudit(tx, actor, {
      workspaceId: workspace.id,
      action: "document.capture_sources",
      entityType: "Document",
      entityId: doc.id,
      after: { queued: counts.queued },
    });
    return counts;
  });
  wakeCaptureWorker();
  return result;
}

/** What the desk source page shows about captures: the list, the link status, the newest snapshot's text and the excerpt checks. */
export async function sourceCaptures(db: Db, actor: Actor, slug: string, rawSourceId: unknown) {
  const captures = await listCaptures(db, actor, slug, rawSourceId);
  const status = linkStatus(captures);
  const snapshot = status.snapshot ? await captureWithText(db, actor, slug, status.snapshot.id) : null;
  const excerpts = snapshot ? await excerptsInSnapshot(db, actor, slug, rawSourceId) : null;
  return { captures, status, snapshot, excerpts: excerpts?.excerpts ?? [] };
}
