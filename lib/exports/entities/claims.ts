import "server-only";
// Claims: the heart of every export. One row a claim, with its claimant, verdict, document and anchor.
import type { Prisma } from "@/lib/db";
import { fullOnly, iso, keyset } from "../paginate";
import { claimBatch, type ClaimFilter } from "./claims-sql";
import type { EntitySpec, ExportContext } from "../types";

// The row every claims writer reads (claims-sql.ts returns it), in Prisma's terms.
type ClaimRowSelect = {
  id: true;
  documentId: true;
  documentVersionId: true;
  text: true;
  headline: true;
  anchorExact: true;
  anchorPrefix: true;
  anchorSuffix: true;
  anchorStart: true;
  anchorEnd: true;
  anchorStatus: true;
  claimantId: true;
  reportedById: true;
  claimedAt: true;
  claimType: true;
  tags: true;
  checkWorthiness: true;
  status: true;
  ratingId: true;
  confidence: true;
  rationale: true;
  createdById: true;
  createdAt: true;
  updatedAt: true;
  publishedAt: true;
  dateModified: true;
  claimant: { select: { name: true; kind: true } };
  document: {
    select: { title: true; originalUrl: true; author: true; publisher: true; datePublished: true; language: true };
  };
  rating: { select: { value: true; label: true; alternateName: true; scaleId: true } };
};

export type ClaimRow = Prisma.ClaimGetPayload<{ select: ClaimRowSelect }>;

/** The scope's claims (narrowed by `filter`, e.g. published only), a batch at a time (./claims-sql.ts). */
export function readClaims(ctx: ExportContext, filter: ClaimFilter = {}): AsyncGenerator<ClaimRow[]> {
  return keyset((after, take) => claimBatch(ctx.db, ctx.scope, after.id?.gt, take, filter), ctx.batchSize);
}

export const claims: EntitySpec<ClaimRow> = {
  name: "claims",
  type: "claim",
  description:
    "One row a claim: the checkable statement, who made it, where it is anchored in a document and its verdict.",
  read: (ctx) => readClaims(ctx),
  json: (c, ctx) => ({
    id: c.id,
    documentId: c.documentId,
    documentVersionId: c.documentVersionId,
    text: c.text,
    headline: c.headline,
    status: c.status,
    verdict: c.rating?.label ?? null,
    verdictValue: c.rating?.value ?? null,
    confidence: c.confidence,
    rationale: c.rationale,
    claimantId: c.claimantId,
    reportedById: c.reportedById,
    // Users appear only as ids, and only to members: the public sees who said it, not who filed it.
    createdById: ctx.scope.public ? null : c.createdById,
    claimType: c.claimType,
    tags: c.tags,
    checkWorthiness: fullOnly(ctx.scope.public, c.checkWorthiness),
    claimedAt: iso(c.claimedAt),
    publishedAt: iso(c.publishedAt),
    dateModified: iso(c.dateModified),
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    anchor: {
      exact: c.anchorExact,
      prefix: c.anchorPrefix,
      suffix: c.anchorSuffix,
      start: c.anchorStart,
      end: c.anchorEnd,
    },
    anchorStatus: c.anchorStatus,
  }),
  columns: [
    { name: "id", type: "string", get: (c) => c.id },
    { name: "text", type: "string", get: (c) => c.text },
    { name: "headline", type: "string", get: (c) => c.headline },
    { name: "status", type: "string", get: (c) => c.status },
    { name: "claimantId", type: "string", get: (c) => c.claimantId },
    { name: "claimantName", type: "string", get: (c) => c.claimant?.name },
    { name: "reportedById", type: "string", get: (c) => c.reportedById },
    { name: "verdictLabel", type: "string", get: (c) => c.rating?.label },
    {
      name: "verdictValue",
      type: "integer",
      get: (c) => c.rating?.value,
      description: "empty when the verdict has no value (Unverifiable)",
    },
    { name: "confidence", type: "string", get: (c) => c.confidence },
    { name: "rationale", type: "string", get: (c) => c.rationale, description: "markdown" },
    { name: "documentId", type: "string", get: (c) => c.documentId },
    { name: "documentTitle", type: "string", get: (c) => c.document?.title },
    { name: "anchorExact", type: "string", get: (c) => c.anchorExact },
    { name: "anchorPrefix", type: "string", get: (c) => c.anchorPrefix },
    { name: "anchorSuffix", type: "string", get: (c) => c.anchorSuffix },
    {
      name: "anchorStart",
      type: "integer",
      get: (c) => c.anchorStart,
      description: "UTF-16 offset into the document's normalized text",
    },
    { name: "anchorEnd", type: "integer", get: (c) => c.anchorEnd },
    { name: "anchorStatus", type: "string", get: (c) => c.anchorStatus },
    { name: "claimType", type: "string", get: (c) => c.claimType },
    { name: "tags", type: "string", get: (c) => c.tags.join(";"), description: "tags separated by ';'" },
    { name: "checkWorthiness", type: "number", get: (c) => c.checkWorthiness, fullOnly: true },
    { name: "createdById", type: "string", get: (c) => c.createdById, fullOnly: true },
    { name: "claimedAt", type: "date", get: (c) => c.claimedAt },
    { name: "publishedAt", type: "datetime", get: (c) => c.publishedAt },
    { name: "dateModified", type: "datetime", get: (c) => c.dateModified },
    { name: "createdAt", type: "datetime", get: (c) => c.createdAt },
    { name: "updatedAt", type: "datetime", get: (c) => c.updatedAt },
  ],
  foreignKeys: [
    { fields: "claimantId", reference: { resource: "claimants", fields: "id" } },
    { fields: "reportedById", reference: { resource: "claimants", fields: "id" } },
    { fields: "documentId", reference: { resource: "documents", fields: "id" } },
  ],
};
