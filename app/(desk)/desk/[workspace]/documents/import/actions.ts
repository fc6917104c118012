"use server";
// Import form: both buttons read the same form; preview writes nothing.
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { getDb } from "@/lib/db/server";
import { currentActor } from "@/lib/auth/session";
import { importDocument, previewImport } from "@/lib/documents";
import { describeResult, importFiles } from "@/lib/documents/bulk";
import { AppError } from "@/lib/errors";
import { formatZodError } from "@/lib/validation";

export type ImportState =
  | { kind: "idle" }
  | { kind: "error"; message: string }
  | { kind: "preview"; preview: Awaited<ReturnType<typeof previewImport>> }
  | { kind: "unchanged"; message: string }
  | { kind: "results"; results: { file: string; ok: boolean; line: string; href: string | null }[] };

const uploaded = (form: FormData) => form.getAll("file").filter((f): f is File => f instanceof File && f.name !== "");

async function readForm(slug: string, form: FormData) {
  const [file] = uploaded(form);
  const pasted = String(form.get("text") ?? "");
  const text = file ? new Uint8Array(await file.arrayBuffer()) : pasted;
  // No title typed: the importer takes the document's own, else the file name.
  const title = String(form.get("title") ?? "").trim() || undefined;
  return { workspace: slug, text, title, fileName: file?.name, format: String(form.get("format") ?? "auto") as "auto" };
}

/** Several files: each imported on its own; the page lists what happened to each. */
async function importMany(slug: string, form: FormData): Promise<ImportState> {
  const actor = await currentActor();
  const files = await Promise.all(uploaded(form).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const results = await importFiles(await getDb(), actor, { workspace: slug, format: String(form.get("format") ?? "auto") }, files);
  return { kind: "results", results: results.map((r) => ({ file: r.file, ok: r.ok, line: describeResult(r), href: r.ok && r.summary.documentId ? `/desk/${slug}/documents/${r.summary.documentId}` : null })) };
}

function failure(err: unknown): ImportState {
  if (err instanceof ZodError) return { kind: "error", message: formatZodError(err) };
  if (err instanceof AppError) return { kind: "error", message: err.message };
  throw err;
}

export async function importAction(slug: string, _prev: ImportState, form: FormData): Promise<ImportState> {
  if (uploaded(form).length > 1 && form.get("intent") !== "preview") {
    try {
      return await importMany(slug, form);
    } catch (err) {
      return failure(err);
    }
  }
  const actor = await currentActor();
  const db = await getDb();
  let documentId: string | null = null;
  try {
    const input = await readForm(slug, form);
    if (form.get("intent") === "preview") return { kind: "preview", preview: await previewImport(db, actor, input) };
    const result = await importDocument(db, actor, input);
    if (result.status === "unchanged") return { kind: "unchanged", message: `“${result.title}” version ${result.version} already has exactly this text; nothing was saved.` };
    documentId = result.documentId;
  } catch (err) {
    return failure(err);
  }
  redirect(`/desk/${slug}/documents/${documentId}`);
}
