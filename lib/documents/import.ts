import "server-only";
// importDocument: parse → match sources against the workspace → store document version,
// new sources and every citation in one transaction. previewImport runs the same steps
// without writing, for the desk's preview.
import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { decodeDocumentText, importInput, type ImportInput } from "./input";
import { normalizeUrl, type ParsedDocument, type ParsedSource } from "./parse";
import { parseDocumentBounded } from "./parse-pool";
import { SourceIndex } from "./source-match";
import { documentTitle, titleFromFileName, type DocumentMetadata } from "./title";
import { reanchorDocumentClaims, type ReanchorSummary } from "@/lib/claims/reanchor";
import { liveSourceWhere } from "@/lib/trash/live";

export interface ImportSummary {
  status: "created" | "versioned" | "unchanged";
  documentId: string | null;
  version: number;
  title: string;
  format: ParsedDocument["format"];
  sections: number;
  citations: number;
  sourcesNew: number;
  sourcesReused: number;
  flags: ParsedDocument["flags"];
  warnings: ParsedDocument["warnings"];
  /** On a new version: how the document's claims were re-found in the new text. */
  claims?: ReanchorSummary;
}

const SOURCE_TYPE: Record<string, string> = {
  book: "book",
  news: "news_article",
  newspaper: "news_article",
  journal: "academic_paper",
  web: "web_page",
  report: "official_report",
  interview: "interview",
  court: "court_record",
};

function defaultTitle(parsed: ParsedDocument): string {
  const first = parsed.sections[0]?.title || parsed.text.split("\n").find((l) => l.trim()) || "Untitled";
  return first.trim().slice(0, 300);
}

async function prepare(db: Db, actor: Actor, raw: ImportInput) {
  const input = importInput.parse(raw);
  const { workspace } = await authorize(db, actor, input.workspace, "document.import");
  const text = decodeDocumentText(input.text);
  // In the parse worker, within its time budget: a slow document must not stall other requests.
  const parsed = await parseDocumentBounded(text, input.format);
  // An explicit title wins; then the document's own (unless the file name is asked for); then the file name.
  const stated = documentTitle(text, parsed.format);
  const fromFile = input.fileName ? titleFromFileName(input.fileName) : undefined;
  const title =
    input.title ??
    (input.titleFrom === "filename" ? fromFile : undefined) ??
    stated.title ??
    fromFile ??
    defaultTitle(parsed);
  const metadata: DocumentMetadata = stated.metadata;
  const contentHash = crypto.createHash("sha256").update(text).digest("hex");
  const known = await db.source.findMany({
    where: { workspaceId: workspace.id, ...liveSourceWhere },
    select: { id: true, url: true, doi: true, isbn: true, title: true, date: true },
  });
  const index = new SourceIndex();
  for (const s of known) index.add(s.id, s);
  // Resolve each parsed source to an existing source or to a new one (which later parsed
  // sources of the same work then share).
  const resolved = new Map<string, { id: string; isNew: boolean }>();
  const newSources: ParsedSource[] = [];
  for (const s of parsed.sources) {
    const existing = index.find(s);
    if (existing) {
      resolved.set(s.key, { id: existing, isNew: !known.some((k) => k.id === existing) });
      continue;
    }
    const id = crypto.randomUUID();
    index.add(id, s);
    resolved.set(s.key, { id, isNew: true });
    newSources.push({ ...s, key: id });
  }
  const existingDoc = await db.document.findFirst({
    where: { workspaceId: workspace.id, title },
    select: { id: true, deletedAt: true, currentVersion: { select: { id: true, number: true, contentHash: true } } },
  });
  // Titles are unique per workspace, the trash included: a new version would land in the trash.
  if (existingDoc?.deletedAt)
    throw new AppError(
      "conflict",
      `a document titled “${title}” is in the trash; restore it, or import this one under another title`,
      { field: "title" },
    );
  const usedIds = new Set(parsed.citations.map((c) => resolved.get(c.sourceKey)?.id).filter(Boolean));
  const newIds = new Set(newSources.map((s) => s.key));
  const summary: ImportSummary = {
    status: !existingDoc
      ? "created"
      : existingDoc.currentVersion?.contentHash === contentHash
        ? "unchanged"
        : "versioned",
    documentId: existingDoc?.id ?? null,
    version: existingDoc
      ? (existingDoc.currentVersion?.number ?? 0) + (existingDoc.currentVersion?.contentHash === contentHash ? 0 : 1)
      : 1,
    title,
    format: parsed.format,
    sections: parsed.sections.length,
    citations: parsed.citations.length,
    sourcesNew: [...usedIds].filter((id) => newIds.has(id!)).length,
    sourcesReused: [...usedIds].filter((id) => !newIds.has(id!)).length,
    flags: parsed.flags,
    warnings: parsed.warnings,
  };
  return { workspace, text, parsed, title, metadata, contentHash, resolved, newSources, existingDoc, summary };
}

export async function previewImport(db: Db, actor: Actor, input: ImportInput) {
  const p = await prepare(db, actor, input);
  return {
    ...p.summary,
    sectionList: p.parsed.sections,
    sourcesList: p.parsed.sources.map((s) => ({ ...s, isNew: p.resolved.get(s.key)?.isNew ?? true })),
  };
}

export async function importDocument(db: Db, actor: Actor, input: ImportInput): Promise<ImportSummary> {
  const p = await prepare(db, actor, input);
  if (p.summary.status === "unchanged") return p.summary;
  const createdById = actor.kind === "user" ? actor.userId : null;
  return db.$transaction(
    async (tx) => {
      const doc = p.existingDoc
        ? await tx.document.update({
            where: { id: p.existingDoc.id },
            data: { version: { increment: 1 }, format: p.parsed.format },
          })
        : await tx.document.create({
            data: { workspaceId: p.workspace.id, title: p.title, format: p.parsed.format, createdById, ...p.metadata },
          });
      const version = await tx.documentVersion.create({
        data: {
          documentId: doc.id,
          number: p.summary.version,
          rawText: p.text,
          text: p.parsed.text,
          sections: p.parsed.sections as object[],
          flags: p.parsed.flags as object[],
          warnings: p.parsed.warnings as object[],
          quotations: p.parsed.quotations as object[],
          marks: (p.parsed.marks ?? []) as object[],
          contentHash: p.contentHash,
          createdById,
        },
      });
      await tx.document.update({ where: { id: doc.id }, data: { currentVersionId: version.id } });
      let claims: ReanchorSummary | undefined;
      if (p.existingDoc?.currentVersion) {
        const old = await tx.documentVersion.findUniqueOrThrow({
          where: { id: p.existingDoc.currentVersion.id },
          select: { id: true, text: true },
        });
        claims = await reanchorDocumentClaims(tx, actor, doc.id, old, { id: version.id, text: p.parsed.text });
      }
      if (p.newSources.length) {
        await tx.source.createMany({
          data: p.newSources.map((s) => ({
            id: s.key,
            workspaceId: p.workspace.id,
            title: s.title || s.raw.slice(0, 300) || "Untitled source",
            chapter: s.chapter,
            authors: s.authors,
            publisher: s.publisher,
            date: s.date,
            url: s.url,
            normalizedUrl: s.url ? normalizeUrlSafe(s.url) : null,
            archiveUrl: s.archiveUrl,
            archiveDate: s.archiveDate,
            isbn: s.isbn,
            doi: s.doi,
            page: s.page,
            accessDate: s.accessDate,
            type: (SOURCE_TYPE[s.kind ?? ""] ?? "other") as never,
          })),
        });
      }
      if (p.parsed.citations.length) {
        await tx.citation.createMany({
          data: p.parsed.citations.map((c) => ({
            documentVersionId: version.id,
            sourceId: p.resolved.get(c.sourceKey)!.id,
            start: c.position,
            end: c.position,
            refName: c.refName,
            label: c.label,
          })),
        });
      }
      await recordAudit(tx, actor, {
        workspaceId: p.workspace.id,
        action: p.existingDoc ? "document.version" : "document.import",
        entityType: "Document",
        entityId: doc.id,
        after: {
          title: p.title,
          version: version.number,
          contentHash: p.contentHash,
          citations: p.summary.citations,
          sourcesNew: p.summary.sourcesNew,
        },
      });
      return { ...p.summary, documentId: doc.id, ...(claims && { claims }) };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

function normalizeUrlSafe(url: string): string | null {
  try {
    return normalizeUrl(url);
  } catch {
    return null;
  }
}
