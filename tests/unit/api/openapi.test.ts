import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with request schemas taken from the zod schemas", () => {
    const doc = openApiDocument("https://facts.example.org");
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0].url).toBe("https://facts.example.org/api/v1");
    const create = doc.paths["/workspaces/{slug}/claims"].post as unknown as { requestBody: { content: Record<string, { schema: { properties: Record<string, { enum?: string[] }> } }> } };
    const props = create.requestBody.content["application/json"].schema.properties;
    expect(props.claimType.enum).toEqual(["factual", "allegation", "statistic", "quotation", "opinion", "prediction"]);
    expect(Object.keys(props)).toEqual(expect.arrayContaining(["documentId", "start", "end", "text", "headline", "claimant", "tags"]));
    const patch = doc.paths["/workspaces/{slug}/claims/{id}"].patch as unknown as { requestBody: { content: Record<string, { schema: { required: string[] } }> } };
    expect(patch.requestBody.content["application/json"].schema.required).toEqual(["version"]);
    const probes = doc.paths as unknown as Record<string, { servers: { url: string }[]; get: { responses: Record<string, unknown> } }>;
    expect(probes["/health"].servers[0].url).toBe("https://facts.example.org/api");
    expect(probes["/ready"].get.responses["503"]).toBeDefined();
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (path === "/health" || path === "/ready") continue; // probes take no input
      for (const [method, o] of Object.entries(ops as Record<string, { responses: Record<string, unknown> }>)) {
        expect(o.responses["422"], `${method} ${path}`).toBeDefined();
      }
    }
  });
});
