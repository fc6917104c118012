// Query and body schemas that API routes parse themselves (the rest are lib's own input schemas),
// kept here so the routes and the OpenAPI document (./openapi.ts) read the same ones.
import { z } from "zod";
import { FORMATS as DOCUMENT_FORMATS } from "@/lib/documents/input";
import { ENTITY_NAMES, FORMATS as EXPORT_FORMATS } from "@/lib/exports/types";
import { SIMILAR_TEXT_MAX } from "@/lib/http/input";

export const documentListQuery = z.object({
  cursor: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const documentImportBody = z.object({
  text: z.string({ error: "text is required" }),
  format: z.enum(DOCUMENT_FORMATS).default("auto"),
  title: z.string().optional(),
  preview: z.boolean().default(false).describe("true: parse and report without storing"),
});

export const similarClaimsQuery = z.object({
  text: z.string().trim().min(1, "text is required").max(SIMILAR_TEXT_MAX),
  threshold: z.coerce.number().min(0.05).max(1).optional(),
  exclude: z.string().optional(),
});

export const evidenceQuery = z.object({ claimId: z.string().min(1, "claimId is required") });

export const reviewsQuery = z.object({
  claimId: z.string().optional().describe("that claim's reviews and revisions instead of the queue"),
  view: z.enum(["all", "mine", "unassigned"]).optional(),
  status: z.enum(["in_review", "changes_requested", "approved"]).optional(),
  claimant: z.string().optional(),
  document: z.string().optional(),
});

export const claimantsQuery = z.object({ q: z.string().optional() });

export const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default("json"),
  entity: z.enum(ENTITY_NAMES).optional().describe("format=csv: the table (claims by default)"),
  public: z
    .enum(["1", "true", "0", "false"])
    .optional()
    .describe("members: limit the export to what anonymous visitors see"),
  page: z.coerce.number().int().min(1).optional().describe("format=annotations: the AnnotationPage alone"),
});
