"use server";
import { z } from "zod";
import { publishDocumentVersion } from "@/lib/documents";
import { defineAction, slugArg } from "@/lib/http/action";

export const publishVersionAction = defineAction(
  z.object({ slug: slugArg, documentId: z.string() }),
  ({ slug, documentId }, { db, actor }) => publishDocumentVersion(db, actor, slug, documentId),
  { revalidate: ({ slug, documentId }) => `/desk/${slug}/documents/${documentId}` },
);
