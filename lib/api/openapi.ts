// OpenAPI 3.1 for /api/v1, generated from the zod schemas that lib and the routes parse with
// (requests) and from ./responses.ts (responses), so the document cannot drift from the API.
// A test compares its paths and methods with the route handlers on disk.
import { z } from "zod";
import {
  createClaimInput,
  claimantInput,
  listClaimsInput,
  claimantUpdate,
  relationInput,
  updateClaimInput,
} from "@/lib/claims/schemas";
import { assignInput } from "@/lib/claims/assign";
import { linkCheckInput } from "@/lib/capture/linkcheck";
import { documentMetadataInput } from "@/lib/documents/metadata";
import { mergeInput } from "@/lib/merge/schemas";
import { evidenceInput, evidenceUpdate } from "@/lib/evidence/links";
import { listNotificationsInput, markReadInput } from "@/lib/notifications/schemas";
import { reviewInput, retractInput } from "@/lib/review/actions";
import { proposalInput } from "@/lib/review/proposal-schema";
import { publishInput } from "@/lib/review/publish";
import { createSourceInput, listSourcesInput, rateSourceInput, updateSourceInput } from "@/lib/sources/schemas";
import { createViewInput, updateViewInput } from "@/lib/views/schemas";
import { workspaceSettingsInput } from "@/lib/workspaces/settings-schema";
import {
  claimantsQuery,
  documentImportBody,
  documentListQuery,
  evidenceQuery,
  exportQuery,
  reviewsQuery,
  similarClaimsQuery,
} from "./schemas";
import * as R from "./responses";
import { TRASH_OPERATIONS } from "./openapi-trash";

type Schema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: "input" | "output"): Schema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Schema;
  return rest;
};

const problemRef = { $ref: "#/components/schemas/Problem" };
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemRef } },
});
// Every operation can meet these: bad path or query (400), a bad or missing token (401), a role
// that may not (403), an unknown workspace or record (404), the rate limit (429).
const COMMON = {
  "400": problem("Bad request"),
  "401": problem("Not authenticated"),
  "403": problem("Forbidden"),
  "404": problem("Not found"),
  "429": problem("Rate limit exceeded"),
};
const INVALID = { "422": problem("Input failed validation; `errors` names each field") };
// The importer's workers are all busy and its queue is full: try again after Retry-After seconds.
const BUSY = { "503": problem("The importer is busy; retry after the Retry-After header's seconds") };
const WRITE = { "409": problem("Conflict: stale version or duplicate"), "413": problem("Request body too large") };

export interface Op {
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Status → response schema (undefined: no body). */
  ok: Record<string, { description: string; schema?: z.ZodType; content?: Record<string, unknown> }>;
  /** Error statuses this operation can answer beyond COMMON (422 only where input is validated). */
  errors?: Record<string, unknown>;
  security?: unknown[];
}

/** Reads an anonymous caller may make of a public workspace: its published data only
 * (lib/publishing/read-scope.ts); a private workspace answers 401 without credentials. */
const PUBLIC_READS = new Set([
  "listDocuments",
  "listClaims",
  "findSimilarClaims",
  "getClaim",
  "listClaimRelations",
  "listClaimants",
  "listSources",
  "getSource",
  "getClaimEvidence",
  "exportWorkspace",
]);
const BEARER_OR_ANONYMOUS = [{ bearer: [] }, {}];

function operation(operationId: string, o: Op) {
  const security = o.security ?? (PUBLIC_READS.has(operationId) ? BEARER_OR_ANONYMOUS : undefined);
  const parameters = o.query
    ? Object.entries(o.query.shape).map(([name, s]) => ({
        name,
        in: "query",
        required: !(s as z.ZodType).safeParse(undefined).success,
        schema: toSchema(s as z.ZodType, "input"),
      }))
    : undefined;
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(o.ok)) {
    responses[status] = r.content
      ? { description: r.description, content: r.content }
      : r.schema
        ? { description: r.description, content: { "application/json": { schema: toSchema(r.schema, "output") } } }
        : { description: r.description };
  }
  return {
    operationId,
    summary: o.summary,
    ...(parameters ? { parameters } : {}),
    ...(o.body
      ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(o.body, "input") } } } }
      : {}),
    ...(security ? { security } : {}),
    responses: { ...responses, ...COMMON, ...o.errors },
  };
}

/** Path parameters from the template: `{slug}` and `{id}`. */
function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    description: name === "slug" ? "the workspace's slug" : "the record's id",
    schema: name === "slug" ? { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$" } : { type: "string" },
  }));
}

const ws = "/workspaces/{slug}";
const json = (description: string, schema: z.ZodType) => ({ description, schema });

// Inputs the route builds itself from the path (`workspace`, `fromClaimId`, `claimId`) are omitted.
const evidenceBody = z.union([
  evidenceInput.extend({ fromCitation: z.literal(false).optional() }),
  z
    .object({
      claimId: z.string(),
      sourceId: z.string(),
      fromCitation: z.literal(true),
      stance: evidenceInput.shape.stance.optional(),
    })
    .describe("evidence taken from the document's citation of the source"),
]);
const reviewBody = z.object({ claimId: z.string().min(1) }).and(reviewInput);

const OPERATIONS: Record<string, Record<string, [string, Op]>> = {
  [`${ws}/documents`]: {
    get: [
      "listDocuments",
      {
        summary: "List documents",
        query: documentListQuery,
        ok: { "200": json("A page of documents", R.documentPage) },
        errors: INVALID,
      },
    ],
    post: [
      "importDocument",
      {
        summary: "Import a document (or preview it)",
        body: documentImportBody,
        ok: { "201": json("Imported", R.importResult), "200": json("Unchanged, or a preview", R.importResult) },
        errors: { ...INVALID, ...WRITE, ...BUSY },
      },
    ],
  },
  [`${ws}/claims`]: {
    get: [
      "listClaims",
      {
        summary: "List and search claims",
        query: listClaimsInput,
        ok: { "200": json("A page of claims", R.claimPage) },
        errors: INVALID,
      },
    ],
    post: [
      "createClaim",
      {
        summary: "Create a claim",
        body: createClaimInput,
        ok: { "201": json("Created", R.claim) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/claims/similar`]: {
    get: [
      "findSimilarClaims",
      {
        summary: "Similar claims (trigram)",
        query: similarClaimsQuery,
        ok: { "200": json("Similar claims", R.items(R.claimSummary)) },
        errors: INVALID,
      },
    ],
  },
  [`${ws}/claims/{id}`]: {
    get: [
      "getClaim",
      { summary: "A claim with relations and suggested sources", ok: { "200": json("The claim", R.claim) } },
    ],
    patch: [
      "updateClaim",
      {
        summary:
          "Update a claim; `version` (or If-Match) must match: 409 (412 with If-Match) with the current state if stale",
        body: updateClaimInput,
        ok: { "200": json("Updated", R.claim) },
        errors: { ...INVALID, ...WRITE, "412": problem("If-Match is stale") },
      },
    ],
  },
  [`${ws}/claims/{id}/assign`]: {
    post: [
      "assignClaim",
      {
        summary:
          "Assign the claim's writer and/or reviewer and their due dates (a date in the past is accepted and shown overdue); 409 with the current state if `version` is stale",
        body: assignInput,
        ok: { "200": json("Assigned", R.claim) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/notifications`]: {
    get: [
      "listNotifications",
      {
        summary: "The calling member's notifications, newest first (`unread=1`: only unread), with the unread count",
        query: listNotificationsInput,
        ok: { "200": json("Notifications", R.notificationList) },
        errors: INVALID,
      },
    ],
  },
  [`${ws}/notifications/read`]: {
    post: [
      "markNotificationsRead",
      {
        summary: "Mark the caller's own notifications read: `{ ids: [...] }` or `{ all: true }`",
        body: markReadInput,
        ok: { "200": json("How many were marked read", R.markedRead) },
        errors: { ...INVALID, "413": WRITE["413"] },
      },
    ],
  },
  [`${ws}/claims/{id}/relations`]: {
    get: [
      "listClaimRelations",
      { summary: "Relations seen from this claim", ok: { "200": json("Relations", R.items(R.relation)) } },
    ],
    post: [
      "relateClaim",
      {
        summary: "Relate this claim to another",
        body: relationInput.omit({ fromClaimId: true }),
        ok: { "201": json("Created", R.relation) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/claims/{id}/submit`]: {
    post: [
      "submitClaim",
      {
        summary: "Submit for review with the proposed verdict",
        body: proposalInput,
        ok: { "200": json("Submitted", R.claimState) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/claims/{id}/publish`]: {
    post: [
      "publishClaim",
      {
        summary:
          "Publish an approved claim or correction; refused (409) unless the standing approval matches the content now",
        body: publishInput,
        ok: { "200": json("Published", R.claimState) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/claims/{id}/corrections`]: {
    post: [
      "openCorrection",
      {
        summary: "Open a correction draft of a published claim",
        ok: { "201": json("Correction draft opened", R.claimState) },
        errors: WRITE,
      },
    ],
  },
  [`${ws}/claims/{id}/retract`]: {
    post: [
      "retractClaim",
      {
        summary: "Retract a published claim",
        body: retractInput,
        ok: { "200": json("Retracted", R.claimState) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/claims/{id}/version`]: {
    get: [
      "getClaimVersion",
      {
        summary: "The claim's version and who changed it last (cheap to poll before saving)",
        ok: { "200": json("The version", R.claimVersion) },
      },
    ],
  },
  [`${ws}/views`]: {
    get: [
      "listSavedViews",
      {
        summary: "Saved claims-list views: the caller's own and the workspace's shared ones, each with its count",
        ok: { "200": json("The views", R.items(R.savedView)) },
      },
    ],
    post: [
      "createSavedView",
      {
        summary: "Save the claims list's filters as a view (unknown filter keys or values are refused by name)",
        body: createViewInput,
        ok: { "201": json("Created", R.savedView) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/claims/{id}/merge`]: {
    post: [
      "mergeClaim",
      {
        summary:
          "Merge this claim into another (`into`); it is hidden and its public URL redirects. Refused (422) into itself, another workspace's record or a merged or deleted one",
        body: mergeInput,
        ok: { "200": json("Merged", R.mergeResult) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/views/{id}`]: {
    get: ["getSavedView", { summary: "A saved view with its count", ok: { "200": json("The view", R.savedView) } }],
    patch: [
      "updateSavedView",
      {
        summary: "Rename, share or unshare a view, or change its filters (its owner); `version` must match",
        body: updateViewInput,
        ok: { "200": json("Updated", R.savedView) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
    delete: [
      "deleteSavedView",
      {
        summary: "Delete a view (its owner; owners and editors also delete shared ones)",
        ok: { "204": { description: "Deleted" } },
      },
    ],
  },
  [`${ws}/relations/{id}`]: {
    delete: ["removeRelation", { summary: "Remove a relation", ok: { "204": { description: "Removed" } } }],
  },
  [`${ws}/claimants`]: {
    get: [
      "listClaimants",
      {
        summary: "List claimants",
        query: claimantsQuery,
        ok: { "200": json("Claimants", R.items(R.claimant)) },
        errors: INVALID,
      },
    ],
    post: [
      "createClaimant",
      {
        summary: "Create a claimant (or find the one with that name or alias)",
        body: claimantInput,
        ok: { "201": json("Created", R.claimant) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/claimants/{id}`]: {
    get: ["getClaimant", { summary: "A claimant", ok: { "200": json("The claimant", R.claimant) } }],
    patch: [
      "updateClaimant",
      {
        summary: "Edit a claimant (name, kind, description, aliases, Wikidata item); `version` must match",
        body: claimantUpdate,
        ok: { "200": json("Updated", R.claimant) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/claimants/{id}/merge`]: {
    post: [
      "mergeClaimant",
      {
        summary:
          "Merge this claimant into another (`into`); it is hidden and its public URL redirects. Refused (422) into itself, another workspace's record or a merged or deleted one",
        body: mergeInput,
        ok: { "200": json("Merged", R.mergeResult) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/sources`]: {
    get: [
      "listSources",
      {
        summary: "List and search sources",
        query: listSourcesInput,
        ok: { "200": json("A page of sources", R.sourcePage) },
        errors: INVALID,
      },
    ],
    post: [
      "createSource",
      {
        summary: "Create a source (409 names a probable duplicate)",
        body: createSourceInput,
        ok: { "201": json("Created", R.source) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/sources/{id}`]: {
    get: [
      "getSource",
      { summary: "A source with its claims and documents", ok: { "200": json("The source", R.source) } },
    ],
    patch: [
      "updateSource",
      {
        summary: "Update a source",
        body: updateSourceInput,
        ok: { "200": json("Updated", R.source) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/sources/{id}/merge`]: {
    post: [
      "mergeSource",
      {
        summary:
          "Merge this source into another (`into`); it is hidden and its public URL redirects. Refused (422) into itself, another workspace's record or a merged or deleted one",
        body: mergeInput,
        ok: { "200": json("Merged", R.mergeResult) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/sources/{id}/reliability`]: {
    post: [
      "rateSource",
      {
        summary: "Rate a source's reliability",
        body: rateSourceInput,
        ok: { "200": json("Rated", R.source) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/sources/{id}/captures`]: {
    get: [
      "listSourceCaptures",
      {
        summary: "The source's captured snapshots, newest first (no bytes, no text)",
        ok: { "200": json("The captures", z.array(R.capture)) },
      },
    ],
    post: [
      "captureSource",
      {
        summary: "Queue a capture of the source's URL (the pending one if a capture is already queued)",
        ok: { "202": json("Queued", R.capture) },
        errors: INVALID,
      },
    ],
  },
  [`${ws}/sources/{id}/captures/{captureId}/raw`]: {
    get: [
      "downloadSourceCapture",
      {
        summary: "The captured bytes as an attachment (Content-Security-Policy: sandbox; never rendered)",
        ok: {
          "200": {
            description: "The raw response body",
            content: { "application/octet-stream": { schema: { type: "string", contentEncoding: "binary" } } },
          },
        },
      },
    ],
  },
  [`${ws}/sources/link-check`]: {
    post: [
      "checkSourceLinks",
      {
        summary:
          "Queue a link check: capture again the sources already captured (scope captured) or every web source (scope all)",
        body: linkCheckInput,
        ok: { "202": json("How many were queued", R.captureBatch) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/documents/{id}`]: {
    patch: [
      "updateDocument",
      {
        summary:
          "Edit a document's title and publication metadata (originalUrl, author, publisher, publishedAt, language, licence); `version` must match: 409 with the current metadata if stale",
        body: documentMetadataInput,
        ok: { "200": json("Updated", R.document) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/documents/{id}/captures`]: {
    post: [
      "captureDocumentSources",
      {
        summary: "Queue a capture of every web source the document's current version cites",
        ok: { "202": json("How many were queued", R.captureBatch) },
      },
    ],
  },
  [`${ws}/evidence`]: {
    get: [
      "getClaimEvidence",
      {
        summary: "A claim's evidence and balance",
        query: evidenceQuery,
        ok: { "200": json("Evidence and balance", R.claimEvidence) },
        errors: INVALID,
      },
    ],
    post: [
      "addEvidence",
      {
        summary: "Link evidence",
        body: evidenceBody,
        ok: { "201": json("Created", R.evidence) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/evidence/{id}`]: {
    patch: [
      "updateEvidence",
      {
        summary: "Update evidence; `version` must match",
        body: evidenceUpdate,
        ok: { "200": json("Updated", R.evidence) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
    delete: [
      "removeEvidence",
      { summary: "Remove evidence", ok: { "204": { description: "Removed" } }, errors: WRITE },
    ],
  },
  [`${ws}/reviews`]: {
    get: [
      "listReviews",
      {
        summary: "Review queue, or a claim's reviews with ?claimId=",
        query: reviewsQuery,
        ok: { "200": json("The queue, or the claim's history", R.loose) },
        errors: INVALID,
      },
    ],
    post: [
      "reviewClaim",
      {
        summary: "Record a review; it carries the claim version and content digest it approved",
        body: reviewBody,
        ok: { "201": json("Created", R.review) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/settings`]: {
    get: [
      "getWorkspaceSettings",
      { summary: "The workspace's editorial settings", ok: { "200": json("Settings", R.settings) } },
    ],
    patch: [
      "updateWorkspaceSettings",
      {
        summary: "Change the workspace's editorial settings (owners)",
        body: workspaceSettingsInput,
        ok: { "200": json("Settings", R.settings) },
        errors: { ...INVALID, ...WRITE },
      },
    ],
  },
  [`${ws}/export`]: {
    get: [
      "exportWorkspace",
      {
        summary:
          "Download the workspace as a dataset (anonymous callers and non-members: published data of a public workspace)",
        query: exportQuery,
        ok: {
          "200": {
            description: "The export, as an attachment",
            content: {
              "application/json": { schema: { type: "object", description: "format=json" } },
              "application/x-ndjson": {
                schema: { type: "string", description: "format=ndjson: one typed object a line" },
              },
              "text/csv": { schema: { type: "string", description: "format=csv: RFC 4180" } },
              "application/ld+json": {
                schema: {
                  description:
                    "format=claimreview (an array of ClaimReview) or format=annotations (an AnnotationCollection, or with page its AnnotationPage)",
                },
              },
              "application/zip": {
                schema: {
                  type: "string",
                  contentEncoding: "binary",
                  description: "format=datapackage: a Frictionless Data Package",
                },
              },
            },
          },
        },
        errors: INVALID,
      },
    ],
  },
};

const PROBES = {
  "/openapi.json": {
    get: {
      operationId: "getOpenApiDocument",
      summary: "This document",
      security: [],
      responses: {
        "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } },
      },
    },
  },
  // Operations probes live beside /api/v1, not under it.
  "/health": {
    get: {
      operationId: "getHealth",
      summary: "Liveness: the process is up",
      security: [],
      responses: {
        "200": { description: "Up", content: { "application/json": { schema: toSchema(R.health, "output") } } },
      },
    },
  },
  "/ready": {
    get: {
      operationId: "getReadiness",
      summary: "Readiness: the database answers and migrations are current",
      security: [],
      responses: {
        "200": { description: "Ready", content: { "application/json": { schema: toSchema(R.health, "output") } } },
        "503": problem("Not ready: names what is missing"),
      },
    },
  },
};

export function openApiDocument(origin: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const all: typeof OPERATIONS = { ...OPERATIONS };
  for (const [path, ops] of Object.entries(TRASH_OPERATIONS)) all[path] = { ...all[path], ...ops };
  for (const [path, ops] of Object.entries(all)) {
    paths[path] = { parameters: pathParameters(path) };
    for (const [method, [id, o]] of Object.entries(ops)) paths[path][method] = operation(id, o);
  }
  const probeServer = [{ url: `${origin}/api` }];
  return {
    openapi: "3.1.0",
    info: {
      title: "Corroborate API",
      version: "1",
      description:
        "Claims, evidence, review and publication. Bearer tokens act for their workspace. Without one, the reads of a public workspace (the operations whose security allows anonymous callers) answer with its published data only: drafts, claims in review, their evidence, unpublished document text, reviews, comments, settings and captures never appear.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: `${origin}/api/v1` }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: {
        bearer: {
          type: "http",
          scheme: "bearer",
          description: "API token created by a workspace owner (read or write scope).",
        },
      },
      schemas: { Problem: toSchema(R.problem, "output") },
    },
    paths: {
      ...paths,
      "/openapi.json": PROBES["/openapi.json"],
      "/health": { servers: probeServer, ...PROBES["/health"] },
      "/ready": { servers: probeServer, ...PROBES["/ready"] },
    },
  };
}

/** Method and path of every operation, `GET /workspaces/{slug}/claims`, for tests. */
export function operationsOf(doc: ReturnType<typeof openApiDocument>): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((k) => ["get", "post", "put", "patch", "delete"].includes(k))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );
}
