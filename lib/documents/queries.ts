import "server-only";
// Reads for the desk: the document list and the reader.
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import type { TextMark } from "@/lib/documents/blocks";
import { notFound } from "@/lib/errors";
import { readAccess } from "@/lib/publishing/read-scope";
import { visibleClaimWhere, visibleDocumentWhere } from "@/lib/publishing/visibility";
import { liveDocumentWhere } from "@/lib/trash/live";
import { DOCUMENT_METADATA_SELECT, publicationMetadata } from "./select";
import { SOURCE_CITATION_SELECT } from "@/lib/sources/select";

/** A workspace's documents, newest first; cursor pagination by id. Anonymous callers see the
 * public documents, with their published version's numbers and their public claims counted. */
export async function listDocuments(
  db: Db,
  actor: Actor,
  slug: string,
  page: { cursor?: string; limit?: number } = {},
) {
  const { scope } = await readAccess(db, actor, slug);
  const limit = Math.min(page.limit ?? 100, 200);
  const versionSelect = { select: { number: true, _count: { select: { citations: true } } } };
  const docs = await db.document.findMany({
    where: visibleDocumentWhere(scope),
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      ...DOCUMENT_METADATA_SELECT,
      version: true,
      updatedAt: true,
      currentVersion: versionSelect,
      publishedVersion: versionSelect,
      _count: { select: { claims: { where: visibleClaimWhere(scope) } } },
    },
  });
  const items = docs.slice(0, limit).map((d) => {
    const shown = scope.public ? d.publishedVersion : d.currentVersion;
    return {
      id: d.id,
      title: d.title,
      format: d.format,
      version: shown?.number ?? 0,
      updatedAt: d.updatedAt,
      citations: shown?._count.citations ?? 0,
      claims: d._count.claims,
      ...publicationMetadata(d),
    };
  });
  return { items, nextCursor: docs.length > limit ? items[items.length - 1].id : null };
}

export interface ReaderSection {
  title: string;
  level: number;
  start: number;
  end: number;
}
export interface ReaderFlag {
  kind: string;
  template: string;
  position: number;
  section?: string;
}

export async function getDocumentForReader(db: Db, actor: Actor, slug: string, documentId: string) {
  const { workspace } = await authorize(db, actor, slug, "workspace.read");
  const doc = await db.document.findFirst({
    where: { id: documentId, workspaceId: workspace.id, ...liveDocumentWhere },
    select: {
      id: true,
      title: true,
      format: true,
      publishedVersion: { select: { number: true } },
      currentVersion: {
        select: {
          id: true,
          number: true,
          text: true,
          sections: true,
          flags: true,
          warnings: true,
          quotations: true,
          marks: true,
          createdAt: true,
          citations: {
            orderBy: { start: "asc" },
            select: { id: true, start: true, end: true, refName: true, label: true, sourceId: true },
          },
        },
      },
    },
  });
  if (!doc?.currentVersion) throw notFound("document");
  const v = doc.currentVersion;
  const sourceIds = [...new Set(v.citations.map((c) => c.sourceId))];
  const sources = await db.source.findMany({
    where: { id: { in: sourceIds }, workspaceId: workspace.id },
    select: { ...SOURCE_CITATION_SELECT, archiveUrl: true, chapter: true, page: true },
  });
  return {
    id: doc.id,
    title: doc.title,
    format: doc.format,
    version: v.number,
    versionId: v.id,
    text: v.text,
    /** The version the public sees (null until a claim in it is published). */
    publishedVersion: doc.publishedVersion?.number ?? null,
    sections: v.sections as unknown as ReaderSection[],
    flags: v.flags as unknown as ReaderFlag[],
    warnings: v.warnings as unknown as { code: string; message: string; position: number }[],
    quotations: v.quotations as unknown as { start: number; end: number }[],
    marks: v.marks as unknown as TextMark[],
    citations: v.citations,
    sources,
  };
}
