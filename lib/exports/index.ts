import "server-only";
// exportWorkspace: the one entry point the API route, the desk page and the CLI share. Access is
// settled (and bad input refused) before the body starts streaming, so errors still get a status.
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { publicUrl } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { z } from "zod";
import { annotationsExport, checkAnnotationPage } from "./annotations";
import { claimReviewExport } from "./claimreview";
import { csvTable } from "./csv";
import { dataPackageExport } from "./datapackage";
import { ENTITIES, entitiesFor } from "./entities";
import { jsonExport, ndjsonExport } from "./json";
import { BATCH_SIZE, WHOLE_DATASET_BATCH_SIZE } from "./paginate";
import { refreshStaleStatistics } from "./statistics";
import { FORMATS, type EntityName, type ExportContext, type ExportFormat, type ExportResult } from "./types";
import { loadExportWorkspace } from "./workspace";

export { FORMATS, ENTITY_NAMES, type ExportFormat, type EntityName, type ExportResult } from "./types";
export { toReadableStream, collect } from "./stream";

export interface ExportInput {
  workspace: string;
  format: string;
  /** CSV table; defaults to claims. */
  entity?: string;
  /** Members and tokens: limit the export to what anonymous visitors see. */
  public?: boolean;
  /** format=annotations: the AnnotationPage alone (the collection's `first`/`last` name it). */
  page?: string | number;
}

const pageInput = z.coerce
  .number({ error: "page must be a whole number from 1" })
  .int("page must be a whole number from 1")
  .min(1, "page must be a whole number from 1");

export interface ExportOptions {
  batchSize?: number;
  origin?: string;
}

/** CSV tables in the order people ask for them (claims is the default). */
export const CSV_ENTITIES: readonly EntityName[] = [
  "claims",
  "sources",
  "evidence",
  "claimants",
  "documents",
  "relations",
  "citations",
  "corrections",
  "reviews",
  "comments",
];
/** The CSV tables a public export has (internal ones, such as reviews and comments, are left out). */
export const PUBLIC_CSV_ENTITIES: readonly EntityName[] = CSV_ENTITIES.filter((name) => !ENTITIES[name].internal);

const CONTENT: Record<ExportFormat, { type: string; ext: string }> = {
  csv: { type: "text/csv; charset=utf-8", ext: "csv" },
  json: { type: "application/json; charset=utf-8", ext: "json" },
  ndjson: { type: "application/x-ndjson; charset=utf-8", ext: "ndjson" },
  claimreview: { type: "application/ld+json; charset=utf-8", ext: "jsonld" },
  annotations: {
    type: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    ext: "jsonld",
  },
  datapackage: { type: "application/zip", ext: "zip" },
};

/** The workspace and scope this actor may export: members in full, everyone else published data only. */
async function resolveScope(db: Db, actor: Actor, slug: string, wantPublic: boolean) {
  if (actor.kind !== "anonymous") {
    try {
      const { workspace } = await authorize(db, actor, slug, "export.full");
      return { workspaceId: workspace.id, public: wantPublic };
    } catch (err) {
      // Not a member (or a token of another workspace): fall back to what anyone may download.
      if (!(err instanceof AppError && err.code === "not_found")) throw err;
    }
  }
  const ws = await db.workspace.findFirst({ where: { slug, isPublic: true }, select: { id: true } });
  if (!ws) throw notFound("workspace");
  return { workspaceId: ws.id, public: true };
}

function parseFormat(format: string): ExportFormat {
  if ((FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw new AppError("bad_request", `format must be one of ${FORMATS.join(", ")}`, { field: "format" });
}

export async function exportWorkspace(
  db: Db,
  actor: Actor,
  input: ExportInput,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const format = parseFormat(input.format);
  if (input.entity !== undefined && !CSV_ENTITIES.includes(input.entity as EntityName)) {
    throw new AppError("bad_request", `entity must be one of ${CSV_ENTITIES.join(", ")}`, { field: "entity" });
  }
  let page: number | undefined;
  if (input.page !== undefined) {
    if (format !== "annotations")
      throw new AppError("bad_request", "page applies to format=annotations only", { field: "page" });
    const parsed = pageInput.safeParse(input.page);
    if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0].message, { field: "page" });
    page = parsed.data;
  }
  const scope = await resolveScope(db, actor, input.workspace, input.public === true);
  const entity = ENTITIES[(input.entity ?? "claims") as EntityName];
  if (format === "csv" && !entitiesFor({ scope }).includes(entity)) {
    const allowed = CSV_ENTITIES.filter((name) => entitiesFor({ scope }).includes(ENTITIES[name]));
    throw new AppError(
      "bad_request",
      `${entity.name} are not part of public exports; entity must be one of ${allowed.join(", ")}`,
      { field: "entity" },
    );
  }
  await refreshStaleStatistics(db);
  const ctx: ExportContext = {
    db,
    scope,
    workspace: await loadExportWorkspace(db, scope.workspaceId),
    origin: (options.origin ?? publicUrl()).replace(/\/$/, ""),
    batchSize: options.batchSize ?? (format === "csv" ? BATCH_SIZE : WHOLE_DATASET_BATCH_SIZE),
  };
  const base = `${ctx.workspace.slug}${scope.public ? "-public" : ""}`;
  const { type, ext } = CONTENT[format];
  const filename =
    format === "csv"
      ? `${base}-${entity.name}.csv`
      : format === "json" || format === "ndjson"
        ? `${base}.${ext}`
        : `${base}-${format}.${ext}`;
  checkAnnotationPage(page);
  return { filename, contentType: type, body: bodyOf(format, ctx, entity, page) };
}

function bodyOf(
  format: ExportFormat,
  ctx: ExportContext,
  entity: (typeof ENTITIES)[EntityName],
  page?: number,
): AsyncIterable<string | Uint8Array> {
  switch (format) {
    case "csv":
      return csvTable(entity, ctx);
    case "json":
      return jsonExport(ctx);
    case "ndjson":
      return ndjsonExport(ctx);
    case "claimreview":
      return claimReviewExport(ctx);
    case "annotations":
      return annotationsExport(ctx, page);
    case "datapackage":
      return dataPackageExport(ctx);
  }
}
