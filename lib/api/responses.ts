// What the API answers, as zod schemas for the OpenAPI document: the fields a client relies on,
// each object open to more (`loose`), so a new field is not a breaking change. The API test
// validates real responses against the generated JSON Schemas.
import { z } from "zod";

const id = z.string().min(1);
const when = z.union([z.string(), z.null()]).describe("ISO 8601");

export const loose = z.object({}).loose();
export const items = (item: z.ZodType) => z.object({ items: z.array(item) }).loose();
const page = (item: z.ZodType) =>
  z.object({ items: z.array(item), nextCursor: z.union([z.string(), z.null()]) }).loose();

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }).loose())
      .optional()
      .describe("422: one entry per invalid field"),
    details: z.object({}).loose().optional(),
  })
  .loose();

export const health = z.object({ status: z.string() }).loose();

export const document = z
  .object({
    id,
    title: z.string(),
    format: z.string(),
    version: z.number().int(),
    originalUrl: z.union([z.string(), z.null()]),
    author: z.union([z.string(), z.null()]),
    publisher: z.union([z.string(), z.null()]),
    datePublished: z.union([z.string(), z.null()]),
    language: z.union([z.string(), z.null()]),
    licence: z.union([z.string(), z.null()]),
  })
  .loose();
export const documentPage = page(document);
export const importResult = z.object({ status: z.string() }).loose();

const assignment = {
  writerId: z.union([id, z.null()]),
  writerDueAt: when,
  reviewerId: z.union([id, z.null()]),
  reviewerDueAt: when,
};
export const claimSummary = z
  .object({
    id,
    text: z.string(),
    writerId: assignment.writerId.optional(),
    reviewerId: assignment.reviewerId.optional(),
    writerDueAt: when.optional(),
    reviewerDueAt: when.optional(),
  })
  .loose();
export const claim = z
  .object({
    id,
    text: z.string(),
    headline: z.string(),
    status: z.string(),
    version: z.number().int(),
    ...assignment,
  })
  .loose();
export const claimPage = page(claimSummary);
export const claimState = z.object({ id, status: z.string() }).loose();
export const relation = z.object({ id, type: z.string() }).loose();
export const claimant = z.object({ id, name: z.string(), kind: z.enum(["person", "organization"]) }).loose();

/** A merge's answer: the merged record, the one kept, and how many rows moved of each kind. */
export const mergeResult = z.object({ id, into: z.string(), moved: z.record(z.string(), z.number().int()) }).loose();
export const source = z.object({ id, title: z.string(), version: z.number().int() }).loose();
export const sourcePage = page(z.object({ id, title: z.string() }).loose());

export const evidence = z
  .object({
    id,
    claimId: id,
    sourceId: id,
    stance: z.enum(["supports", "contests", "context"]),
    version: z.number().int(),
  })
  .loose();
export const claimEvidence = loose.describe("the claim's evidence links with their sources, and the evidence balance");

export const review = z
  .object({ id, claimId: id, decision: z.enum(["approve", "request_changes"]), createdAt: when.optional() })
  .loose();
export const settings = z.object({ name: z.string(), isPublic: z.boolean() }).loose();

export const capture = z
  .object({
    id,
    sourceId: id,
    status: z.enum(["queued", "running", "done", "failed"]),
    requestedUrl: z.string(),
    finalUrl: z.union([z.string(), z.null()]),
    httpStatus: z.union([z.number().int(), z.null()]),
    sha256: z.union([z.string(), z.null()]),
    capturedAt: when,
    title: z.union([z.string(), z.null()]),
    error: z.union([z.string(), z.null()]),
  })
  .loose();
export const captureBatch = z
  .object({ queued: z.number().int(), pending: z.number().int(), sources: z.number().int() })
  .loose();

export const notification = z
  .object({
    id,
    kind: z.string(),
    claimId: z.union([id, z.null()]),
    actorId: z.union([id, z.null()]),
    summary: z.string(),
    readAt: when,
    createdAt: z.string(),
  })
  .loose();
export const notificationList = z
  .object({ items: z.array(notification), unreadCount: z.number().int() })
  .loose()
  .describe("the calling member's notifications, newest first");
export const markedRead = z.object({ updated: z.number().int() }).loose();
export const savedView = z
  .object({
    id,
    name: z.string(),
    shared: z.boolean(),
    filters: loose.describe("the claims list's filters (the query parameters of GET …/claims)"),
    mine: z.boolean(),
    count: z.union([z.number().int(), z.null()]).describe("claims matching the filters now"),
    version: z.number().int(),
  })
  .loose();
export const claimVersion = z
  .object({
    id,
    version: z.number().int(),
    updatedAt: when,
    updatedBy: z.union([z.object({ id, name: z.string() }).loose(), z.null()]),
  })
  .loose();
