"use server";
// Import form: both buttons read the same form; preview writes nothing.
import { redirect } from "next/navigation";
import { z } from "zod";
import { importDocument, previewImport } from "@/lib/documents";
import { defineAction, slugArg } from "@/lib/http/action";

export type ImportOutcome =
  | { kind: "preview"; preview: Awaited<ReturnType<typeof previewImport>> }
  | { kind: "unchanged"; message: string };

const importForm = z.object({
  slug: slugArg,
  file: z.unknown().optional(),
  text: z.string().optional().default(""),
  title: z.string().optional().default(""),
  format: z.string().optional().default("auto"),
  intent: z.string().optional(),
});

export const importAction = defineAction(importForm, async (f, { db, actor }): Promise<ImportOutcome> => {
  const hasFile = f.file instanceof File && f.file.size > 0;
  const file = hasFile ? (f.file as File) : null;
  const input = {
    workspace: f.slug,
    text: file ? new Uint8Array(await file.arrayBuffer()) : f.text,
    title: f.title.trim() || (file ? file.name.replace(/\.[^.]+$/, "") : undefined),
    format: f.format as "auto",
  };
  if (f.intent === "preview") return { kind: "preview", preview: await previewImport(db, actor, input) };
  const result = await importDocument(db, actor, input);
  if (result.status === "unchanged") return { kind: "unchanged", message: `“${result.title}” version ${result.version} already has exactly this text; nothing was saved.` };
  // Next's redirect is a throw the wrapper passes through.
  redirect(`/desk/${f.slug}/documents/${result.documentId}`);
});
