import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openApiDocument, operationsOf } from "@/lib/api/openapi";
import { claimantInput, createClaimInput } from "@/lib/claims/schemas";
import { evidenceUpdate } from "@/lib/evidence/links";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

type Operation = {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, unknown>;
};
type Doc = ReturnType<typeof openApiDocument>;
const ops = (doc: Doc) =>
  Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODS.includes(m.toUpperCase()))
      .map(([m, o]) => ({ path: p, method: m, op: o as Operation, item })),
  );

/** Every route handler under app/api as `METHOD /path` in the document's terms (next-auth's own route aside). */
function routesOnDisk(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === "route.ts") {
        const rel = path.relative(path.join(ROOT, "app/api"), dir).split(path.sep);
        if (rel[0] === "auth") continue;
        const url = "/" + (rel[0] === "v1" ? rel.slice(1) : rel).map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/");
        const src = fs.readFileSync(full, "utf8");
        for (const m of src.matchAll(/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g))
          out.push(`${m[1]} ${url}`);
      }
    }
  };
  walk(path.join(ROOT, "app/api"));
  return out.sort();
}

/** Operations that validate input (a body or query parameters) but declare no 422. */
function missing422(doc: Doc): string[] {
  return ops(doc)
    .filter(({ op }) => (op.requestBody || op.parameters?.some((p) => p.in === "query")) && !op.responses["422"])
    .map(({ method, path: p }) => `${method} ${p}`);
}

describe("OpenAPI document", () => {
  const doc = openApiDocument("https://facts.example.org");

  it("documents exactly the route handlers on disk", () => {
    expect(operationsOf(doc).sort()).toEqual(routesOnDisk());
    expect(routesOnDisk()).toContain("GET /workspaces/{slug}/export");
  });

  it("has a unique operationId per operation and declares every path parameter", () => {
    const ids = ops(doc).map(({ op }) => op.operationId);
    expect(ids.every((x) => typeof x === "string" && x.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path: p, item, op } of ops(doc)) {
      const declared = [...((item.parameters as { name: string; in: string }[]) ?? []), ...(op.parameters ?? [])]
        .filter((x) => x.in === "path")
        .map((x) => x.name);
      expect(declared.sort(), p).toEqual([...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
    }
  });

  it("takes request bodies from lib's zod schemas, including POST /claimants and PATCH /evidence/{id}", () => {
    const body = (p: string, m: string) =>
      (doc.paths as unknown as Record<string, Record<string, Operation>>)[p][m].requestBody!.content["application/json"]
        .schema;
    const fromZod = (s: z.ZodType) => {
      const { $schema: _, ...rest } = z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as Record<
        string,
        unknown
      >;
      return rest;
    };
    expect(body("/workspaces/{slug}/claims", "post")).toEqual(fromZod(createClaimInput));
    expect(body("/workspaces/{slug}/claimants", "post")).toEqual(fromZod(claimantInput));
    expect(body("/workspaces/{slug}/evidence/{id}", "patch")).toEqual(fromZod(evidenceUpdate));
    const create = body("/workspaces/{slug}/claims", "post") as { properties: Record<string, { enum?: string[] }> };
    expect(create.properties.claimType.enum).toEqual([
      "factual",
      "allegation",
      "statistic",
      "quotation",
      "opinion",
      "prediction",
    ]);
    expect(body("/workspaces/{slug}/claims/{id}", "patch").required).toEqual(["version"]);
  });

  it("declares a response schema for every success status that has a body", () => {
    for (const { method, path: p, op } of ops(doc)) {
      for (const [status, r] of Object.entries(
        op.responses as Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>,
      )) {
        if (!status.startsWith("2") || !r.content) continue;
        for (const [type, c] of Object.entries(r.content))
          expect(c.schema && Object.keys(c.schema).length, `${method} ${p} ${status} ${type}`).toBeTruthy();
      }
    }
  });

  it("declares 422 on every operation that validates input, and the check finds one that does not", () => {
    expect(missing422(doc)).toEqual([]);
    // The same check on a document that lost one 422 names the operation.
    const broken = structuredClone(doc);
    delete (
      (broken.paths as unknown as Record<string, Record<string, Operation>>)["/workspaces/{slug}/claimants"].post
        .responses as Record<string, unknown>
    )["422"];
    expect(missing422(broken)).toEqual(["post /workspaces/{slug}/claimants"]);
  });

  it("keeps the probes beside /api/v1", () => {
    const probes = doc.paths as unknown as Record<
      string,
      { servers: { url: string }[]; get: { responses: Record<string, unknown> } }
    >;
    expect(doc.servers[0].url).toBe("https://facts.example.org/api/v1");
    expect(probes["/health"].servers[0].url).toBe("https://facts.example.org/api");
    expect(probes["/ready"].get.responses["503"]).toBeDefined();
  });

  it("passes @redocly/cli lint with the recommended rules: 0 errors", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openapi-"));
    try {
      const file = path.join(dir, "openapi.json");
      fs.writeFileSync(file, JSON.stringify(doc));
      const run = spawnSync(
        path.join(ROOT, "node_modules/.bin/redocly"),
        ["lint", file, "--extends=recommended", "--format=json"],
        { cwd: dir, encoding: "utf8", timeout: 120_000 },
      );
      const report = JSON.parse(run.stdout.slice(run.stdout.indexOf("{"))) as {
        totals: { errors: number };
        problems: { ruleId: string; severity: string; message: string }[];
      };
      expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(report.totals.errors).toBe(0);
      expect(run.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
