"use server";
import { z } from "zod";
import { publishDocumentVersion, updateDocumentMetadata } from "@/lib/documents";
import { defineAction, slugArg } from "@/lib/http/action";

export const publishVersionAction = defineAction(
  z.object({ slug: slugArg, documentId: z.string() }),
  ({ slug, documentId }, { db, actor }) => publishDocumentVersion(db, actor, slug, documentId),
  { revalidate: ({ slug, documentId }) => `/desk/${slug}/documents/${documentId}` },
);

/** The document page's metadata form; `input.version` is the one the form was opened on (409 when stale). */
export const updateDocumentMetadataAction = defineAction(
  z.object({ slug: slugArg, documentId: z.string(), input: z.record(z.string(), z.unknown()) }),
  async ({ slug, documentId, input }, { db, actor }) => ({
    version: (await updateDocumentMetadata(db, actor, slug, documentId, input)).version,
  }),
  { revalidate: ({ slug, documentId }) => `/desk/${slug}/documents/${documentId}` },
);
