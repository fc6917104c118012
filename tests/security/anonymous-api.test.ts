// Anonymous callers of the HTTP API, on PGlite and PostgreSQL. Every GET the OpenAPI document
// declares is called without credentials through its real route handler, so a new path is covered
// the day it is documented: on a public workspace, the operations whose security allows anonymous
// callers answer its published data (and 404 for an unpublished record), the others 401; every
// answer matches the schema the document declares for its status, and no body holds anything
// unpublished. A private workspace answers 401 (its export 404) and says nothing.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../support/db";
import { buildNewsroom, type Newsroom } from "../integration/exports/fixture";
import { unzip } from "../integration/exports/unzip";
import { useAppDatabase } from "../support/app-database";
import { withRequest } from "../support/next-headers";

vi.mock("@/lib/db/server", () => import("../support/app-database"));
vi.mock("next/headers", () => import("../support/next-headers"));

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Schema = Record<string, unknown>;
interface Operation {
  security?: Record<string, unknown>[];
  parameters?: { name: string; in: string; required: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

const doc = openApiDocument("http://localhost");
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "doc", components: doc.components }, "doc");
const paths = doc.paths as unknown as Record<string, { get?: Operation }>;
const W = "/workspaces/{slug}";
const FORMATS = ["csv", "json", "ndjson", "claimreview", "annotations", "datapackage"];

/** The operation lets callers without credentials in: an empty security requirement. */
const allowsAnonymous = (op: Operation) => (op.security ?? doc.security).some((req) => Object.keys(req).length === 0);

function schemaFor(op: Operation, status: number, type: string): Schema | null | undefined {
  const res = op.responses[String(status)];
  if (!res) return undefined;
  if (!res.content) return null;
  const media = Object.keys(res.content).find((m) => type.startsWith(m));
  return media
    ? JSON.parse(JSON.stringify(res.content[media].schema).replaceAll('"#/components/', '"doc#/components/'))
    : undefined;
}

interface Probe {
  template: string;
  params: Record<string, string>;
  query: Record<string, string>;
  /** Names a published record (or none): the answer must be 200 where anonymous reads are allowed. */
  published: boolean;
}

describe.each(DB_TARGETS)("anonymous API on $name", (target) => {
  let t: TestDatabase;
  let n: Newsroom;
  let closed: Newsroom;
  let captureId: string;
  const secrets: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(target);
    useAppDatabase(t);
    process.env.NEXTAUTH_URL ??= "http://localhost"; // next-auth reads it on the anonymous session lookup
    process.env.NEXTAUTH_SECRET ??= "anonymous-api-test-secret-not-used-for-signing";
    n = await buildNewsroom(t.prisma);
    closed = await buildNewsroom(t.prisma, { isPublic: false });
    captureId = (
      await t.prisma.sourceCapture.create({
        data: {
          workspaceId: n.ws.id,
          sourceId: n.sources.cited.id,
          status: "done",
          requestedUrl: "https://example.org/report",
          raw: new Uint8Array([60, 112, 62]),
          text: "CAPTURE-TEXT-SECRET",
          capturedAt: new Date(),
        },
      })
    ).id;
    const draftClaimant = await t.prisma.claim.findUniqueOrThrow({
      where: { id: n.claims.draft.id },
      select: { claimantId: true },
    });
    // The unpublished records' ids too: a list that names one has leaked it.
    secrets.push(
      ...n.secrets,
      "CAPTURE-TEXT-SECRET",
      ...n.hiddenClaimIds,
      n.sources.hidden.id,
      n.docB.id,
      draftClaimant.claimantId!,
      n.editor.user.id,
      n.reviewer.user.id,
    );
  }, 120_000);
  afterAll(async () => {
    useAppDatabase(undefined);
    await t?.drop();
  });

  /** Every GET of the document under /workspaces/{slug}, with published and unpublished ids and each query it needs. */
  function probes(): Probe[] {
    const out: Probe[] = [];
    for (const [template, item] of Object.entries(paths)) {
      if (!template.startsWith(W) || !item.get) continue;
      const query = (item.get.parameters ?? []).filter((p) => p.in === "query");
      const required = query.filter((p) => p.required).map((p) => p.name);
      const declared = new Set(query.map((p) => p.name));
      const ids: [Record<string, string>, boolean][] = template.startsWith(`${W}/claims/{id}`)
        ? [
            [{ id: n.claims.c1.id }, true],
            ...n.hiddenClaimIds.map((id): [Record<string, string>, boolean] => [{ id }, false]),
          ]
        : template.startsWith(`${W}/sources/{id}`)
          ? [
              [{ id: n.sources.cited.id, captureId }, true],
              [{ id: n.sources.hidden.id, captureId }, false],
            ]
          : template.includes("{id}")
            ? [[{ id: n.claims.draft.id }, false]]
            : [[{}, true]];
      const queries: [Record<string, string>, boolean][] = required.includes("claimId")
        ? [
            [{ claimId: n.claims.c1.id }, true],
            ...n.hiddenClaimIds.map((id): [Record<string, string>, boolean] => [{ claimId: id }, false]),
          ]
        : required.includes("text")
          ? [
              [{ text: "the cocaine ring sold tons of cocaine" }, true],
              [{ text: "The agency DRAFT-SECRET ran the whole operation" }, true],
            ]
          : required.includes("format")
            ? FORMATS.map((format): [Record<string, string>, boolean] => [{ format }, true])
            : [
                [{}, true],
                ...(declared.has("q") ? [[{ q: "agency" }, true] as [Record<string, string>, boolean]] : []),
                ...(template === `${W}/claims` && declared.has("status")
                  ? [[{ status: "draft" }, true] as [Record<string, string>, boolean]]
                  : []),
              ];
      for (const [params, a] of ids)
        for (const [query, b] of queries) out.push({ template, params, query, published: a && b });
    }
    return out;
  }

  async function get(slug: string, p: Probe) {
    const params: Record<string, string> = { slug, ...p.params };
    const url = p.template.replace(/\{(\w+)\}/g, (_, k: string) => params[k]);
    const file = `v1${p.template}`.replace(/\{(\w+)\}/g, "[$1]");
    const mod = (await import(/* @vite-ignore */ `@/app/api/${file}/route`)) as Record<string, Handler>;
    const qs = new URLSearchParams(p.query).toString();
    const req = new Request(`http://localhost/api/v1${url}${qs ? `?${qs}` : ""}`);
    const res = await withRequest(req, () => mod.GET(req, { params: Promise.resolve(params) }));
    const bytes = Buffer.from(await res.arrayBuffer());
    const type = res.headers.get("content-type") ?? "";
    const text = type.includes("zip")
      ? [...unzip(bytes)].map(([k, v]) => `${k}\n${v}`).join("\n")
      : bytes.toString("utf8");
    return { status: res.status, type, text, label: `GET ${url}${qs ? `?${qs}` : ""}` };
  }

  function leaksIn(label: string, text: string): string[] {
    const unjson = text.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return secrets.filter((s) => text.includes(s) || unjson.includes(s)).map((s) => `${label}: ${s}`);
  }

  it("a public workspace: published data at every anonymous read, 404 for unpublished records, 401 elsewhere", async () => {
    const all = probes();
    // The walk reaches the routes it must: the lists, a record, and at least one desk-only read.
    const templates = new Set(all.map((p) => p.template));
    for (const path of ["claims", "claims/{id}", "documents", "sources", "sources/{id}", "claimants", "evidence"])
      expect(templates, path).toContain(`${W}/${path}`);
    const problems: string[] = [];
    const leaks: string[] = [];
    const seen = new Map<string, string>();
    let anonymousReads = 0;
    for (const p of all) {
      const op = paths[p.template].get!;
      const res = await get(n.ws.slug, p);
      const want = !allowsAnonymous(op) ? 401 : p.published ? 200 : 404;
      if (res.status !== want)
        problems.push(`${res.label}: ${res.status}, expected ${want}: ${res.text.slice(0, 200)}`);
      if (res.status === 200) anonymousReads++;
      const schema = schemaFor(op, res.status, res.type);
      if (schema === undefined) problems.push(`${res.label}: ${res.status} ${res.type} is not documented`);
      else if (schema && /json/.test(res.type) && !/ndjson/.test(res.type)) {
        const validate = ajv.compile(schema);
        if (!validate(JSON.parse(res.text))) problems.push(`${res.label}: ${JSON.stringify(validate.errors)}`);
      }
      leaks.push(...leaksIn(res.label, res.text));
      seen.set(res.label, res.text);
    }
    expect(problems, problems.join("\n")).toEqual([]);
    expect(leaks, leaks.join("\n")).toEqual([]);
    // What the public sees does come through: the published claims, their document, their sources.
    const body = (path: string) => seen.get(`GET /workspaces/${n.ws.slug}/${path}`) ?? "";
    expect(body("claims")).toContain(n.claims.c1.id);
    expect(body("claims")).toContain(n.claims.c2.id);
    expect(body("documents")).toContain(n.docA.id);
    expect(body("sources")).toContain(n.sources.cited.id);
    expect(body("claimants")).toContain("Kerry Committee");
    expect(body(`claims/${n.claims.c1.id}`)).toContain("Kerry Committee");
    expect(body(`evidence?claimId=${n.claims.c1.id}`)).toContain("@excerpt, with comma");
    expect(anonymousReads).toBeGreaterThanOrEqual(10);
    console.log(`anonymous API on ${target.name}: ${all.length} GETs, ${anonymousReads} answered 200, no leaks`);
  });

  it("a private workspace: 401 at every read (the export 404), the same as a workspace that does not exist", async () => {
    const problems: string[] = [];
    const leaks: string[] = [];
    secrets.push(closed.claims.c1.id, "Kerry Committee");
    for (const p of probes()) {
      const probe = {
        ...p,
        params: Object.fromEntries(Object.entries(p.params).map(([k]) => [k, k === "id" ? closed.claims.c1.id : "x"])),
        query: p.query.claimId ? { claimId: closed.claims.c1.id } : p.query,
      };
      for (const slug of [closed.ws.slug, "no-such-workspace"]) {
        const res = await get(slug, probe);
        const want = p.template === `${W}/export` ? 404 : 401;
        if (res.status !== want) problems.push(`${res.label}: ${res.status}, expected ${want}`);
        leaks.push(...leaksIn(res.label, res.text));
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
    expect(leaks, leaks.join("\n")).toEqual([]);
  });
});
