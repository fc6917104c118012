"use server";
// Import form: both buttons read the same form; preview writes nothing.
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { getDb } from "@/lib/db/server";
import { currentActor } from "@/lib/auth/session";
import { importDocument, previewImport } from "@/lib/documents";
import { AppError } from "@/lib/errors";
import { formatZodError } from "@/lib/validation";

export type ImportState =
  | { kind: "idle" }
  | { kind: "error"; message: string }
  | { kind: "preview"; preview: Awaited<ReturnType<typeof previewImport>> }
  | { kind: "unchanged"; message: string };

async function readForm(slug: string, form: FormData) {
  const file = form.get("file");
  const pasted = String(form.get("text") ?? "");
  const hasFile = file instanceof File && file.size > 0;
  const text = hasFile ? new Uint8Array(await file.arrayBuffer()) : pasted;
  const title = String(form.get("title") ?? "").trim() || (hasFile ? file.name.replace(/\.[^.]+$/, "") : undefined);
  return { workspace: slug, text, title, format: String(form.get("format") ?? "auto") as "auto" };
}

function failure(err: unknown): ImportState {
  if (err instanceof ZodError) return { kind: "error", message: formatZodError(err) };
  if (err instanceof AppError) return { kind: "error", message: err.message };
  throw err;
}

export async function importAction(slug: string, _prev: ImportState, form: FormData): Promise<ImportState> {
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
