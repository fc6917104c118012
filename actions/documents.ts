"use server";
// Document actions: import (one pasted text or file, a preview, or several files each on its own,
// the page then listing what happened to each) and publishing a new version.
import { redirect } from "next/navigation";
import { z } from "zod";
import { importDocument, previewImport, publishDocumentVersion, updateDocumentMetadata } from "@/lib/documents";
import { describeResult, importFiles } from "@/lib/documents/bulk";
import { defineAction, slugArg, trimmedFields } from "@/lib/http/action";

export const publishVersionAction = defineAction(
  z.object({ slug: slugArg, documentId: z.string() }),
  ({ slug, documentId }, { db, actor }) => publishDocumentVersion(db, actor, slug, documentId),
  { revalidate: ({ slug, documentId }) => `/desk/${slug}/documents/${documentId}` },
);

export type ImportOutcome =
  | { kind: "preview"; preview: Awaited<ReturnType<typeof previewImport>> }
  | { kind: "unchanged"; message: string }
  | { kind: "results"; results: { file: string; ok: boolean; line: string; href: string | null }[] };

const importForm = z.object({
  slug: slugArg,
  // One file arrives as a File, several as an array of them (defineAction keeps repeated fields).
  file: z.unknown().optional(),
  text: z.string().optional().default(""),
  title: z.string().optional().default(""),
  format: z.string().optional().default("auto"),
  intent: z.string().optional(),
});

const filesOf = (v: unknown): File[] =>
  (Array.isArray(v) ? v : [v]).filter((f): f is File => f instanceof File && f.size > 0);

export const importAction = defineAction(
  importForm,
  async (f, { db, actor }): Promise<ImportOutcome> => {
    const files = filesOf(f.file);
    if (files.length > 1 && f.intent !== "preview") {
      const read = await Promise.all(
        files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
      );
      const results = await importFiles(db, actor, { workspace: f.slug, format: f.format }, read);
      return {
        kind: "results",
        results: results.map((r) => ({
          file: r.file,
          ok: r.ok,
          line: describeResult(r),
          href: r.ok && r.summary.documentId ? `/desk/${f.slug}/documents/${r.summary.documentId}` : null,
        })),
      };
    }
    const [file] = files;
    // No title typed: the importer takes the document's own, else the file name.
    const input = {
      workspace: f.slug,
      text: file ? new Uint8Array(await file.arrayBuffer()) : f.text,
      title: f.title.trim() || undefined,
      fileName: file?.name,
      format: f.format as "auto",
    };
    if (f.intent === "preview") return { kind: "preview", preview: await previewImport(db, actor, input) };
    const result = await importDocument(db, actor, input);
    if (result.status === "unchanged")
      return {
        kind: "unchanged",
        message: `“${result.title}” version ${result.version} already has exactly this text; nothing was saved.`,
      };
    // Next's redirect is a throw the wrapper passes through.
    redirect(`/desk/${f.slug}/documents/${result.documentId}`);
  },
  {
    // A pasted document is one long string: the importer names its size limit (IMPORT_MAX_BYTES);
    // the request body limit bounds it before that.
    maxChars: Number.POSITIVE_INFINITY,
  },
);

/** The document page's metadata form (useFormAction): its fields beside the ids, `version` the one it was opened on (409 when stale). */
export const updateDocumentMetadataAction = defineAction(
  z.object({ slug: slugArg, documentId: z.string() }).catchall(z.unknown()),
  async ({ slug, documentId, ...fields }, { db, actor }) => ({
    version: (await updateDocumentMetadata(db, actor, slug, documentId, trimmedFields(fields))).version,
  }),
  { revalidate: ({ slug, documentId }) => `/desk/${slug}/documents/${documentId}` },
);
