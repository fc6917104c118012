import "server-only";
// Documents, sources, citations and claimants: what claims point at.
import { Prisma, readRows } from "@/lib/db";
import { afterBatch, children, fullOnly, iso, keyset } from "../paginate";
import { claimantWhere, documentWhere, sourceWhere } from "../scope";
import { liveSourceSql } from "@/lib/sources/live-sql";
import type { EntitySpec, ExportContext } from "../types";
import { scopedDocuments } from "./parents";
import { DOCUMENT_METADATA_SELECT, publicationMetadata } from "@/lib/documents/select";
import { SOURCE_CITATION_SELECT } from "@/lib/sources/select";
import { CLAIMANT_SELECT } from "@/lib/claims/select";

// A document row carries its whole text: far fewer per query than the other tables.
const DOCUMENTS_PER_BATCH = 20;

const versionSelect = { select: { id: true, number: true, text: true, contentHash: true } } as const;
const documentSelect = {
  id: true,
  ...DOCUMENT_METADATA_SELECT,
  createdAt: true,
  updatedAt: true,
  currentVersion: versionSelect,
} satisfies Prisma.DocumentSelect;
type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof documentSelect }>;
// The public sees the version its published claims are anchored in, not a newer import: only that
// version's text is read (both texts were, and one was thrown away).
const { currentVersion: _current, ...documentFields } = documentSelect;
const publishedDocumentSelect = { ...documentFields, publishedVersion: versionSelect } satisfies Prisma.DocumentSelect;

export const documents: EntitySpec<DocumentRow> = {
  name: "documents",
  type: "document",
  description:
    "Imported documents with the normalized plain text of their current version (anchors and citations index this text).",
  read: (ctx) =>
    keyset(
      (after, take): Promise<DocumentRow[]> =>
        ctx.scope.public
          ? ctx.db.document
              .findMany({ ...afterBatch(documentWhere(ctx.scope), after, take), select: publishedDocumentSelect })
              .then((rows) => rows.map(({ publishedVersion, ...d }) => ({ ...d, currentVersion: publishedVersion })))
          : ctx.db.document.findMany({ ...afterBatch(documentWhere(ctx.scope), after, take), select: documentSelect }),
      Math.min(ctx.batchSize, DOCUMENTS_PER_BATCH),
    ),
  json: (d) => ({
    id: d.id,
    title: d.title,
    format: d.format,
    version: d.currentVersion?.number ?? null,
    versionId: d.currentVersion?.id ?? null,
    text: d.currentVersion?.text ?? null,
    contentHash: d.currentVersion?.contentHash ?? null,
    ...publicationMetadata(d),
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.updatedAt),
  }),
  columns: [
    { name: "id", type: "string", get: (d) => d.id },
    { name: "title", type: "string", get: (d) => d.title },
    { name: "format", type: "string", get: (d) => d.format },
    { name: "version", type: "integer", get: (d) => d.currentVersion?.number },
    { name: "contentHash", type: "string", get: (d) => d.currentVersion?.contentHash },
    {
      name: "text",
      type: "string",
      get: (d) => d.currentVersion?.text,
      description: "normalized plain text of the current version",
    },
    {
      name: "originalUrl",
      type: "string",
      get: (d) => d.originalUrl,
      description: "where the document was first published",
    },
    { name: "author", type: "string", get: (d) => d.author },
    { name: "publisher", type: "string", get: (d) => d.publisher },
    // A string, not a date: sources give partial dates ("1996", "1996-08").
    {
      name: "datePublished",
      type: "string",
      get: (d) => d.datePublished,
      description: "ISO 8601, possibly partial (1996, 1996-08, 1996-08-18)",
    },
    { name: "language", type: "string", get: (d) => d.language, description: "BCP 47 tag" },
    { name: "licence", type: "string", get: (d) => d.licence },
    { name: "createdAt", type: "datetime", get: (d) => d.createdAt },
    { name: "updatedAt", type: "datetime", get: (d) => d.updatedAt },
  ],
  foreignKeys: [],
};

const sourceSelect = {
  ...SOURCE_CITATION_SELECT,
  chapter: true,
  archiveUrl: true,
  archiveDate: true,
  isbn: true,
  doi: true,
  page: true,
  accessDate: true,
  type: true,
  isPrimary: true,
  reliability: true,
  reliabilityRationale: true,
  notes: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourceSelect;
type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }> & { capture: CaptureSummary };

/** What the export says of a source's snapshots: never the page, only when, its hash and the link state. */
interface CaptureSummary {
  linkStatus: "unchecked" | "live" | "changed" | "failing";
  capturedAt: Date | null;
  sha256: string | null;
}

/**
 * The newest successful and the newest failed capture of each source in a batch (at most two rows
 * per source): the newer of the two gives the link state, the successful one the snapshot's time and hash.
 */
async function withCaptures(db: ExportContext["db"], rows: Prisma.SourceGetPayload<{ select: typeof sourceSelect }>[]) {
  if (!rows.length) return [];
  const latest = await readRows<{
    sourceId: string;
    status: "done" | "failed";
    changed: boolean | null;
    capturedAt: Date | null;
    sha256: string | null;
  }>(
    db,
    Prisma.sql`SELECT DISTINCT ON (c."sourceId", c.status) c."sourceId", c.status::text AS status, c.changed, c."capturedAt", c.sha256
      FROM "SourceCapture" c WHERE c."sourceId" IN (${Prisma.join(rows.map((r) => r.id))}) AND c.status IN ('done', 'failed')
      ORDER BY c."sourceId", c.status, c."capturedAt" DESC`,
  );
  // By source and status: a search of the list for each row was quadratic in the batch.
  const byKey = new Map(latest.map((c) => [`${c.status} ${c.sourceId}`, c]));
  return rows.map((r): SourceRow => {
    const done = byKey.get(`done ${r.id}`);
    const failed = byKey.get(`failed ${r.id}`);
    const newest = [done, failed].filter((c) => c).sort((a, b) => +b!.capturedAt! - +a!.capturedAt!)[0];
    const linkStatus = !newest
      ? "unchecked"
      : newest.status === "failed"
        ? "failing"
        : newest.changed
          ? "changed"
          : "live";
    return { ...r, capture: { linkStatus, capturedAt: done?.capturedAt ?? null, sha256: done?.sha256 ?? null } };
  });
}

export const sources: EntitySpec<SourceRow> = {
  name: "sources",
  type: "source",
  description: "Cited works with their reliability rating.",
  read: (ctx) =>
    keyset(
      // Public exports never even read `notes` (internal), so no writer can leak them.
      (after, take) =>
        ctx.db.source
          .findMany({
            ...afterBatch(sourceWhere(ctx.scope), after, take),
            select: { ...sourceSelect, notes: !ctx.scope.public },
          })
          .then((rows) => withCaptures(ctx.db, rows as Prisma.SourceGetPayload<{ select: typeof sourceSelect }>[])),
      ctx.batchSize,
    ),
  json: (s, ctx) => {
    const { notes, createdAt, updatedAt, capture, ...rest } = s;
    return {
      ...rest,
      notes: fullOnly(ctx.scope.public, notes ?? null),
      linkStatus: capture.linkStatus,
      capturedAt: iso(capture.capturedAt),
      captureSha256: capture.sha256,
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    };
  },
  columns: [
    { name: "id", type: "string", get: (s) => s.id },
    { name: "title", type: "string", get: (s) => s.title },
    { name: "chapter", type: "string", get: (s) => s.chapter },
    { name: "authors", type: "string", get: (s) => s.authors.join("; "), description: "authors separated by '; '" },
    { name: "publisher", type: "string", get: (s) => s.publisher },
    { name: "date", type: "string", get: (s) => s.date, description: "as cited (free form)" },
    { name: "url", type: "string", get: (s) => s.url },
    { name: "archiveUrl", type: "string", get: (s) => s.archiveUrl },
    { name: "archiveDate", type: "string", get: (s) => s.archiveDate },
    { name: "isbn", type: "string", get: (s) => s.isbn },
    { name: "doi", type: "string", get: (s) => s.doi },
    { name: "page", type: "string", get: (s) => s.page },
    { name: "accessDate", type: "string", get: (s) => s.accessDate },
    { name: "type", type: "string", get: (s) => s.type },
    { name: "isPrimary", type: "boolean", get: (s) => s.isPrimary },
    {
      name: "reliability",
      type: "integer",
      get: (s) => s.reliability,
      description: "1 (unreliable) to 5 (primary official record)",
    },
    { name: "reliabilityRationale", type: "string", get: (s) => s.reliabilityRationale },
    { name: "notes", type: "string", get: (s) => s.notes, fullOnly: true },
    {
      name: "linkStatus",
      type: "string",
      get: (s) => s.capture.linkStatus,
      description:
        "the newest capture's outcome: unchecked, live, changed (content differs from the capture before) or failing",
    },
    {
      name: "capturedAt",
      type: "datetime",
      get: (s) => s.capture.capturedAt,
      description: "when the newest successful snapshot of the page was taken",
    },
    {
      name: "captureSha256",
      type: "string",
      get: (s) => s.capture.sha256,
      description: "SHA-256 of the snapshot's raw bytes (the page itself is not exported)",
    },
    { name: "createdAt", type: "datetime", get: (s) => s.createdAt },
    { name: "updatedAt", type: "datetime", get: (s) => s.updatedAt },
  ],
  foreignKeys: [],
};

// The columns read in SQL below, in Prisma's terms.
type CitationRow = Prisma.CitationGetPayload<{
  select: {
    id: true;
    sourceId: true;
    start: true;
    end: true;
    refName: true;
    label: true;
    documentVersion: { select: { documentId: true; number: true } };
  };
}>;

export const citations: EntitySpec<CitationRow> = {
  name: "citations",
  type: "citation",
  description: "Where the current version of a document cites a source.",
  // Only current versions: citation positions index the exported text.
  read: (ctx) =>
    children(scopedDocuments(ctx), async (docs) => {
      const versions = docs.map((d) => d.versionId).filter((v): v is string => v !== null);
      if (!versions.length) return [];
      const rows = await readRows<Omit<CitationRow, "documentVersion"> & { documentId: string; number: number }>(
        ctx.db,
        Prisma.sql`SELECT ci.id, ci."sourceId", ci.start, ci."end", ci."refName", ci.label, v."documentId", v.number
          FROM "Citation" ci JOIN "DocumentVersion" v ON v.id = ci."documentVersionId" JOIN "Source" s ON s.id = ci."sourceId"
          WHERE ci."documentVersionId" IN (${Prisma.join(versions)}) AND ${liveSourceSql("s")}
          ORDER BY ci."documentVersionId", ci.start, ci.id`,
      );
      return rows.map((r): CitationRow => ({
        id: r.id,
        sourceId: r.sourceId,
        start: r.start,
        end: r.end,
        refName: r.refName,
        label: r.label,
        documentVersion: { documentId: r.documentId, number: r.number },
      }));
    }),
  json: (c) => ({
    id: c.id,
    documentId: c.documentVersion.documentId,
    documentVersion: c.documentVersion.number,
    sourceId: c.sourceId,
    start: c.start,
    end: c.end,
    refName: c.refName,
    label: c.label,
  }),
  columns: [
    { name: "id", type: "string", get: (c) => c.id },
    { name: "documentId", type: "string", get: (c) => c.documentVersion.documentId },
    { name: "documentVersion", type: "integer", get: (c) => c.documentVersion.number },
    { name: "sourceId", type: "string", get: (c) => c.sourceId },
    { name: "start", type: "integer", get: (c) => c.start },
    { name: "end", type: "integer", get: (c) => c.end },
    { name: "refName", type: "string", get: (c) => c.refName },
    { name: "label", type: "string", get: (c) => c.label },
  ],
  foreignKeys: [
    { fields: "documentId", reference: { resource: "documents", fields: "id" } },
    { fields: "sourceId", reference: { resource: "sources", fields: "id" } },
  ],
};

const claimantSelect = {
  ...CLAIMANT_SELECT,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ClaimantSelect;
type ClaimantRow = Prisma.ClaimantGetPayload<{ select: typeof claimantSelect }>;

export const claimants: EntitySpec<ClaimantRow> = {
  name: "claimants",
  type: "claimant",
  description: "People and organizations who assert claims.",
  read: (ctx) =>
    keyset(
      (after, take) =>
        ctx.db.claimant.findMany({
          ...afterBatch(claimantWhere(ctx.scope), after, take),
          select: claimantSelect,
        }),
      ctx.batchSize,
    ),
  json: (c) => ({ ...c, createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt) }),
  columns: [
    { name: "id", type: "string", get: (c) => c.id },
    { name: "name", type: "string", get: (c) => c.name },
    { name: "kind", type: "string", get: (c) => c.kind },
    { name: "description", type: "string", get: (c) => c.description },
    { name: "aliases", type: "string", get: (c) => c.aliases.join("; "), description: "aliases separated by '; '" },
    { name: "createdAt", type: "datetime", get: (c) => c.createdAt },
    { name: "updatedAt", type: "datetime", get: (c) => c.updatedAt },
  ],
  foreignKeys: [],
};
