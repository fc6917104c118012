// OpenAPI 3.1 for /api/v1, generated from the same zod schemas the lib functions parse with,
// so the document cannot drift from what the API accepts.
import { z } from "zod";
import { createClaimInput, listClaimsInput, relationInput, updateClaimInput } from "@/lib/claims/schemas";
import { importInput } from "@/lib/documents/input";
import { proposalInput } from "@/lib/review/proposal-schema";
import { createSourceInput, listSourcesInput, rateSourceInput, updateSourceInput } from "@/lib/sources/schemas";
import { workspaceSettingsInput } from "@/lib/workspaces/settings-schema";

const json = (schema: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
};
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: json(schema) } } });
const query = (schema: z.ZodObject) =>
  Object.entries(schema.shape).map(([name, s]) => ({ name, in: "query", required: !(s as z.ZodType).safeParse(undefined).success, schema: json(s as z.ZodType) }));
const ok = (description: string) => ({ description, content: { "application/json": { schema: {} } } });
const problem = { description: "Problem details (RFC 9457)", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
const errors = { "400": problem, "401": problem, "403": problem, "404": problem, "409": problem, "413": problem, "422": problem, "429": problem };
const op = (summary: string, extra: Record<string, unknown> = {}, success: Record<string, unknown> = { "200": ok("OK") }) => ({ summary, responses: { ...success, ...errors }, ...extra });

const ws = "/workspaces/{slug}";
const id = { name: "id", in: "path", required: true, schema: { type: "string" } };

// Inputs that the route builds itself (the path supplies `workspace`, `claimId`, …) are omitted.
const importBody = importInput.omit({ workspace: true }).extend({ text: z.string(), preview: z.boolean().optional() });
const evidenceBody = z.object({
  claimId: z.string(), sourceId: z.string(), stance: z.enum(["supports", "contests", "context"]), strength: z.enum(["weak", "moderate", "strong"]).optional(),
  excerpt: z.string().max(2000).optional(), locator: z.string().max(200).optional(), note: z.string().optional(), fromCitation: z.boolean().optional(),
});
const reviewBody = z.object({
  claimId: z.string(), decision: z.enum(["approve", "request_changes"]),
  version: z.number().int().optional().describe("the claim version reviewed; a review of an older version is refused (409)"),
  ratingId: z.string().optional(), verdict: z.string().optional().describe("a rating's label, instead of ratingId"), confidence: z.enum(["low", "medium", "high"]).optional(),
  rationale: z.string().optional().describe("required to request changes or to approve a verdict other than the proposed one"), dissent: z.boolean().optional(),
});

export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    info: { title: "Corroborate API", version: "1", description: "Claims, evidence, review and publication. Anonymous callers see published data only." },
    servers: [{ url: `${origin}/api/v1` }],
    security: [{ bearer: [] }, {}],
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "API token created by a workspace owner (read or write scope)." } },
      schemas: { Problem: { type: "object", properties: { type: { type: "string" }, title: { type: "string" }, status: { type: "integer" }, detail: { type: "string" }, errors: { type: "array" } } } },
    },
    paths: {
      // Operations probes live beside /api/v1, not under it.
      "/health": { servers: [{ url: `${origin}/api` }], get: { summary: "Liveness: the process is up", security: [], responses: { "200": ok("{ \"status\": \"ok\" }") } } },
      "/ready": {
        servers: [{ url: `${origin}/api` }],
        get: { summary: "Readiness: the database answers and migrations are current", security: [], responses: { "200": ok("{ \"status\": \"ready\" }"), "503": problem } },
      },
      [`${ws}/documents`]: {
        get: op("List documents", { parameters: query(z.object({ cursor: z.string().optional(), limit: z.number().int().optional() })) }),
        post: op("Import a document (or preview it)", { requestBody: body(importBody) }, { "201": ok("Imported"), "200": ok("Unchanged or preview") }),
      },
      [`${ws}/claims`]: {
        get: op("List and search claims", { parameters: query(listClaimsInput) }),
        post: op("Create a claim", { requestBody: body(createClaimInput) }, { "201": ok("Created") }),
      },
      [`${ws}/claims/{id}`]: {
        get: op("A claim with relations and suggested sources", { parameters: [id] }),
        patch: op("Update a claim; `version` must match (409 with the current state if stale)", { parameters: [id], requestBody: body(updateClaimInput) }),
      },
      [`${ws}/claims/{id}/relations`]: {
        get: op("Relations seen from this claim", { parameters: [id] }),
        post: op("Relate this claim to another", { parameters: [id], requestBody: body(relationInput.omit({ fromClaimId: true })) }, { "201": ok("Created") }),
      },
      [`${ws}/claims/{id}/submit`]: { post: op("Submit for review with the proposed verdict ({ ratingId | verdict, confidence, rationale })", { parameters: [id], requestBody: body(proposalInput) }) },
      [`${ws}/claims/{id}/publish`]: {
        post: op("Publish an approved claim or correction; refused (409) unless the standing approval matches the content now", { parameters: [id], requestBody: body(z.object({ why: z.string().optional() })) }),
      },
      [`${ws}/claims/{id}/corrections`]: { post: op("Open a correction draft of a published claim", { parameters: [id] }, { "201": ok("Correction draft opened") }) },
      [`${ws}/settings`]: {
        get: op("The workspace's editorial settings"),
        patch: op("Change the workspace's editorial settings (owners)", { requestBody: body(workspaceSettingsInput) }),
      },
      [`${ws}/claims/{id}/retract`]: { post: op("Retract a published claim", { parameters: [id], requestBody: body(z.object({ why: z.string().min(1) })) }) },
      [`${ws}/claims/similar`]: { get: op("Similar claims (trigram)", { parameters: query(z.object({ text: z.string(), threshold: z.number().optional(), exclude: z.string().optional() })) }) },
      [`${ws}/relations/{id}`]: { delete: op("Remove a relation", { parameters: [id] }, { "204": { description: "Removed" } }) },
      [`${ws}/claimants`]: { get: op("List claimants"), post: op("Create a claimant", {}, { "201": ok("Created") }) },
      [`${ws}/sources`]: {
        get: op("List and search sources", { parameters: query(listSourcesInput) }),
        post: op("Create a source (409 names a probable duplicate)", { requestBody: body(createSourceInput) }, { "201": ok("Created") }),
      },
      [`${ws}/sources/{id}`]: { get: op("A source with its claims and documents", { parameters: [id] }), patch: op("Update a source", { parameters: [id], requestBody: body(updateSourceInput) }) },
      [`${ws}/sources/{id}/reliability`]: { post: op("Rate a source's reliability", { parameters: [id], requestBody: body(rateSourceInput) }) },
      [`${ws}/evidence`]: {
        get: op("A claim's evidence and balance", { parameters: query(z.object({ claimId: z.string() })) }),
        post: op("Link evidence", { requestBody: body(evidenceBody) }, { "201": ok("Created") }),
      },
      [`${ws}/evidence/{id}`]: { patch: op("Update evidence", { parameters: [id] }), delete: op("Remove evidence", { parameters: [id] }, { "204": { description: "Removed" } }) },
      [`${ws}/reviews`]: {
        get: op("Review queue, or a claim's reviews with ?claimId=", { parameters: query(z.object({ claimId: z.string().optional(), status: z.string().optional(), view: z.string().optional() })) }),
        post: op("Record a review; the review carries the claimVersion and content digest it approved", { requestBody: body(reviewBody) }, { "201": ok("Created") }),
      },
    },
  };
}
