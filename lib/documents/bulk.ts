import "server-only";
// Many documents at once (the CLI's `import <file|folder…>` and the desk's multi-file form): each
// file is imported on its own, in its own transaction, so one bad file is reported and the rest
// still import.
import { z } from "zod";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/access";
import { AppError } from "@/lib/errors";
import { formatZodError } from "@/lib/validation";
import { importDocument, type ImportSummary } from "./import";
import { FORMATS } from "./input";

export const MAX_BULK_FILES = 500;

const bulkOptions = z.object({
  workspace: z.string().min(1, "workspace is required"),
  format: z.enum(FORMATS, { error: `format must be one of ${FORMATS.join(", ")}` }).default("auto"),
  titleFrom: z.enum(["document", "filename"], { error: "titleFrom must be document or filename" }).default("document"),
});

export interface BulkFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export type BulkResult =
  { file: string; ok: true; summary: ImportSummary; note?: string } | { file: string; ok: false; error: string };

/** The one-line reason a file failed, worded as the single-file import words it. */
export function importErrorMessage(err: unknown): string {
  if (err instanceof z.ZodError) return formatZodError(err);
  if (err instanceof AppError) return err.message;
  return err instanceof Error ? err.message.split("\n")[0] : String(err);
}

/**
 * Imports each file in turn; `onProgress` is told before each one. Errors a file causes are caught
 * and listed; only bad options (or a caller without the right to import) throw.
 */
export async function importFiles(
  db: Db,
  actor: Actor,
  rawOptions: unknown,
  files: BulkFile[],
  onProgress?: (done: number, total: number, file: string) => void,
): Promise<BulkResult[]> {
  const opts = bulkOptions.parse(rawOptions);
  if (files.length > MAX_BULK_FILES)
    throw new AppError("unprocessable", `at most ${MAX_BULK_FILES} files per import`, { field: "files" });
  // A caller without the right to import is refused once, not once per file.
  await authorize(db, actor, opts.workspace, "document.import");
  const results: BulkResult[] = [];
  // Documents this batch created, by id: a later file with the same title versions them.
  const createdBy = new Map<string, string>();
  for (const [i, f] of files.entries()) {
    onProgress?.(i, files.length, f.name);
    try {
      const summary = await importDocument(db, actor, {
        workspace: opts.workspace,
        format: opts.format,
        titleFrom: opts.titleFrom,
        fileName: f.name,
        text: f.bytes,
      });
      const earlier = summary.documentId ? createdBy.get(summary.documentId) : undefined;
      if (summary.status === "created" && summary.documentId) createdBy.set(summary.documentId, f.name);
      const note =
        earlier && summary.status !== "created"
          ? `same title as ${earlier}; use the file names as titles to keep them apart`
          : undefined;
      results.push({ file: f.name, ok: true, summary, ...(note && { note }) });
    } catch (err) {
      results.push({ file: f.name, ok: false, error: importErrorMessage(err) });
    }
  }
  onProgress?.(files.length, files.length, "");
  return results;
}

/** One summary line per file, shared by the CLI and the desk. */
export function describeResult(r: BulkResult): string {
  if (!r.ok) return `failed: ${r.file}: ${r.error}`;
  const s = r.summary;
  const note = r.note ? ` (${r.note})` : "";
  if (s.status === "unchanged")
    return `unchanged: ${r.file} → "${s.title}" version ${s.version} already has this exact text${note}`;
  return `${s.status === "created" ? "imported" : "new version of"}: ${r.file} → "${s.title}" (v${s.version}, ${s.format}): ${s.sections} sections, ${s.citations} citations, sources ${s.sourcesNew} new / ${s.sourcesReused} reused, ${s.warnings.length} warnings${note}`;
}
