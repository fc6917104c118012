// Every operation of the OpenAPI document, called through its real route handler with a Bearer
// token (or, where the API wants a person, a session cookie), and every answer (success or problem) checked by ajv against the schema the document
// declares for that status. An operation the walk does not reach fails the last test.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import crypto from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openApiDocument, operationsOf } from "@/lib/api/openapi";
import { createApiToken } from "@/lib/auth/tokens";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser } from "../../support/factories";
import { buildNewsroom, type Newsroom } from "./fixture";
import { useAppDatabase } from "../../support/app-database";

vi.mock("@/lib/db/server", () => import("../../support/app-database"));

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Schema = Record<string, unknown>;

const doc = openApiDocument("http://localhost");
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "doc", components: doc.components }, "doc");

function schemaFor(template: string, method: string, status: number, type: string): Schema | null | undefined {
  const op = (
    doc.paths as unknown as Record<
      string,
      Record<string, { responses: Record<string, { content?: Record<string, { schema: Schema }> }> }>
    >
  )[template][method];
  const res = op.responses[String(status)];
  if (!res) return undefined; // status not documented
  if (!res.content) return null; // documented without a body
  const media = Object.keys(res.content).find((m) => type.startsWith(m));
  return media
    ? JSON.parse(JSON.stringify(res.content[media].schema).replaceAll('"#/components/', '"doc#/components/'))
    : undefined;
}

describe.each(DB_TARGETS)("API contract on $name", (target) => {
  let t: TestDatabase;
  let n: Newsroom;
  let author: string;
  let authorSession: string;
  const called = new Set<string>();
  let reviewerSession: string;
  let reviewerId: string;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    useAppDatabase(t);
    n = await buildNewsroom(t.prisma);
    const a = await makeUser(t.prisma, { workspaceId: n.ws.id, role: "owner" });
    const b = await makeUser(t.prisma, { workspaceId: n.ws.id, role: "owner" });
    author = (await createApiToken(t.prisma, a.actor, n.ws.slug, { name: "author", scope: "write" })).secret;
    // Approving and changing settings take a person: next-auth reads these session cookies.
    process.env.NEXTAUTH_SECRET ??= crypto.randomBytes(32).toString("base64");
    process.env.NEXTAUTH_URL ??= "http://localhost";
    const cookie = async (u: typeof a) =>
      `next-auth.session-token=${await encode({ token: { sub: u.user.id, email: u.user.email }, secret: process.env.NEXTAUTH_SECRET! })}`;
    authorSession = await cookie(a);
    reviewerSession = await cookie(b);
    reviewerId = b.user.id;
  }, 120_000);
  afterAll(async () => {
    useAppDatabase(undefined);
    await t?.drop();
  });

  /** Calls the route handler for `template` and checks the answer against the document. */
  async function call(
    method: string,
    template: string,
    opts: {
      id?: string;
      params?: Record<string, string>;
      query?: Record<string, string>;
      body?: unknown;
      token?: string;
      session?: string;
    } = {},
  ) {
    const params: Record<string, string> = { slug: n.ws.slug, ...(opts.id ? { id: opts.id } : {}), ...opts.params };
    const url = template.replace(/\{(\w+)\}/g, (_, k: string) => params[k]);
    const file =
      template.startsWith("/workspaces") || template === "/openapi.json" ? `v1${template}` : template.slice(1);
    const mod = (await import(/* @vite-ignore */ `@/app/api/${file.replace(/\{(\w+)\}/g, "[$1]")}/route`)) as Record<
      string,
      Handler
    >;
    const prefix = file.startsWith("v1") ? "/api/v1" : "/api";
    const req = new Request(
      `http://localhost${prefix}${url}${opts.query ? `?${new URLSearchParams(opts.query)}` : ""}`,
      {
        method: method.toUpperCase(),
        headers: {
          ...(opts.session ? { cookie: opts.session } : { authorization: `Bearer ${opts.token ?? author}` }),
          ...(opts.body !== undefined ? { "content-type": "application/json" } : {}),
        },
        body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
      },
    );
    const res = await mod[method.toUpperCase()](req, { params: Promise.resolve(params) });
    const type = res.headers.get("content-type") ?? "";
    const schema = schemaFor(template, method, res.status, type);
    const text = await res.text();
    expect(schema, `${method} ${template} answered ${res.status} ${type}: ${text.slice(0, 300)}`).not.toBeUndefined();
    let body: unknown = text;
    if (/json/.test(type) && !/ndjson/.test(type)) body = JSON.parse(text);
    if (schema) {
      const validate = ajv.compile(schema);
      expect(validate(body), `${method} ${template} ${res.status}: ${JSON.stringify(validate.errors)}`).toBe(true);
    } else expect(text).toBe("");
    if (res.status < 300) called.add(`${method.toUpperCase()} ${template}`);
    return {
      status: res.status,
      body: body as Record<string, unknown> & { id: string; version: number; items: Record<string, unknown>[] },
    };
  }

  it("walks every documented operation, each answer matching its declared schema", async () => {
    const W = "/workspaces/{slug}";
    await call("get", "/health");
    await call("get", "/ready");
    await call("get", "/openapi.json");
    await call("get", `${W}/export`, { query: { format: "csv", entity: "sources" } });
    await call("get", `${W}/settings`);
    await call("patch", `${W}/settings`, { session: authorSession, body: { description: "Desk notes" } });

    expect(
      (await call("post", `${W}/documents`, { body: { text: "Preview only.\n\nA second paragraph.", preview: true } }))
        .status,
    ).toBe(200);
    const imported = await call("post", `${W}/documents`, {
      body: {
        text: "The river rose four metres in 2020.\n\nOfficials said so.",
        title: "Flood report",
        format: "text",
      },
    });
    expect(imported.status).toBe(201);
    const docs = await call("get", `${W}/documents`, { query: { limit: "10" } });
    const doc = docs.body.items.find((d) => d.title === "Flood report")!;
    expect(doc).toMatchObject({ originalUrl: null, author: null });

    const claimant = await call("post", `${W}/claimants`, { body: { name: "River Authority", kind: "organization" } });
    await call("get", `${W}/claimants`, { query: { q: "River" } });
    const claim = await call("post", `${W}/claims`, {
      body: { documentId: doc.id, start: 0, end: 35, claimant: { id: claimant.body.id } },
    });
    await call("get", `${W}/claims`, { query: { q: "river" } });
    await call("get", `${W}/claims/similar`, { query: { text: "The river rose four metres" } });
    const got = await call("get", `${W}/claims/{id}`, { id: claim.body.id });
    await call("patch", `${W}/claims/{id}`, {
      id: claim.body.id,
      body: { version: got.body.version, headline: "The river rose four metres" },
    });
    await call("get", `${W}/claims/{id}/version`, { id: claim.body.id });

    // Saved views (a person's): save, list with counts, rename, delete; an unknown filter is a 422.
    const view = await call("post", `${W}/views`, {
      session: authorSession,
      body: { name: "River claims", shared: true, filters: { q: "river" } },
    });
    expect(view.body).toMatchObject({ count: 1, shared: true });
    await call("get", `${W}/views`, { session: authorSession });
    await call("get", `${W}/views/{id}`, { id: view.body.id });
    await call("patch", `${W}/views/{id}`, {
      id: view.body.id,
      session: authorSession,
      body: { version: view.body.version, name: "Rivers" },
    });
    expect(
      (await call("post", `${W}/views`, { session: authorSession, body: { name: "Bad", filters: { colour: "red" } } }))
        .status,
    ).toBe(422);
    expect((await call("delete", `${W}/views/{id}`, { id: view.body.id, session: authorSession })).status).toBe(204);

    const rel = await call("post", `${W}/claims/{id}/relations`, {
      id: claim.body.id,
      body: { toClaimId: n.claims.c1.id, type: "refines" },
    });
    await call("get", `${W}/claims/{id}/relations`, { id: claim.body.id });
    await call("delete", `${W}/relations/{id}`, { id: rel.body.id });

    const source = await call("post", `${W}/sources`, {
      body: { title: "Gauge readings 2020", type: "dataset", url: "https://example.org/gauges" },
    });
    await call("get", `${W}/sources`, { query: { q: "Gauge" } });
    await call("get", `${W}/sources/{id}`, { id: source.body.id });
    const updated = await call("patch", `${W}/sources/{id}`, {
      id: source.body.id,
      body: { version: source.body.version, publisher: "River Authority" },
    });
    await call("post", `${W}/sources/{id}/reliability`, {
      id: source.body.id,
      body: { version: updated.body.version, reliability: 4, rationale: "Official gauges" },
    });

    // Captures: queued here (no worker runs in this test, so nothing is fetched); one stored snapshot downloads.
    expect((await call("post", `${W}/sources/{id}/captures`, { id: source.body.id })).status).toBe(202);
    const snap = await t.prisma.sourceCapture.create({
      data: {
        workspaceId: n.ws.id,
        sourceId: source.body.id,
        status: "done",
        requestedUrl: "https://example.org/gauges",
        raw: new Uint8Array([60, 112, 62]),
        sha256: "a".repeat(64),
        capturedAt: new Date(),
      },
    });
    expect((await call("get", `${W}/sources/{id}/captures`, { id: source.body.id })).body).toHaveLength(2);
    await call("get", `${W}/sources/{id}/captures/{captureId}/raw`, {
      id: source.body.id,
      params: { captureId: snap.id },
    });
    expect((await call("post", `${W}/documents/{id}/captures`, { id: doc.id as string })).status).toBe(202);
    expect((await call("post", `${W}/sources/link-check`, { body: { scope: "all" } })).status).toBe(202);

    const ev = await call("post", `${W}/evidence`, {
      body: { claimId: claim.body.id, sourceId: source.body.id, stance: "supports", excerpt: "4.1 m" },
    });
    await call("patch", `${W}/evidence/{id}`, {
      id: ev.body.id,
      body: { version: ev.body.version, strength: "strong" },
    });
    await call("get", `${W}/evidence`, { query: { claimId: claim.body.id } });
    const extra = await call("post", `${W}/evidence`, {
      body: { claimId: claim.body.id, sourceId: n.sources.report.id, stance: "context" },
    });
    await call("delete", `${W}/evidence/{id}`, { id: extra.body.id });

    await call("post", `${W}/claims/{id}/submit`, {
      id: claim.body.id,
      body: { verdict: "Supported", confidence: "high", rationale: "The gauges show it." },
    });
    await call("get", `${W}/reviews`);
    const submitted = await call("get", `${W}/claims/{id}`, { id: claim.body.id });
    await call("post", `${W}/reviews`, {
      session: reviewerSession,
      body: { claimId: claim.body.id, decision: "approve", version: submitted.body.version },
    });
    await call("get", `${W}/reviews`, { query: { claimId: claim.body.id } });
    await call("post", `${W}/claims/{id}/publish`, { id: claim.body.id, session: reviewerSession, body: {} });
    await call("post", `${W}/claims/{id}/corrections`, { id: claim.body.id });
    await call("post", `${W}/claims/{id}/retract`, { id: n.claims.c2.id, body: { why: "The source withdrew it." } });

    // Assignment and notifications (issue 18): the assigned reviewer hears of it and marks it read.
    const current = await call("get", `${W}/claims/{id}`, { id: n.claims.c1.id });
    const assigned = await call("post", `${W}/claims/{id}/assign`, {
      id: n.claims.c1.id,
      body: { version: current.body.version, reviewerId, reviewerDueAt: "2031-01-01" },
    });
    expect(assigned.body).toMatchObject({ reviewerId, reviewerDueAt: "2031-01-01T23:59:59.999Z", writerId: null });
    const unread = await call("get", `${W}/notifications`, { session: reviewerSession, query: { unread: "1" } });
    expect(unread.body.items.map((i) => i.kind)).toContain("assigned_reviewer");
    await call("post", `${W}/notifications/read`, { session: reviewerSession, body: { all: true } });
    expect((await call("post", `${W}/notifications/read`, { body: { ids: [] } })).status).toBe(422);
    // The trash: delete (204) and restore (200) each kind of record; a published claim is refused.
    await call("delete", `${W}/claims/{id}`, { id: n.claims.inReview.id, query: { version: "1" } });
    await call("post", `${W}/claims/{id}/restore`, { id: n.claims.inReview.id });
    expect((await call("delete", `${W}/claims/{id}`, { id: n.claims.c1.id })).status).toBe(409);
    await call("delete", `${W}/documents/{id}`, { id: n.docB.id });
    await call("post", `${W}/documents/{id}/restore`, { id: n.docB.id });
    const spare = await call("post", `${W}/sources`, { body: { title: "Spare source", type: "other" } });
    await call("delete", `${W}/sources/{id}`, { id: spare.body.id });
    await call("post", `${W}/sources/{id}/restore`, { id: spare.body.id });
    const nobody = await call("post", `${W}/claimants`, { body: { name: "Nobody in particular" } });
    await call("delete", `${W}/claimants/{id}`, { id: nobody.body.id });
    await call("post", `${W}/claimants/{id}/restore`, { id: nobody.body.id });
    // Edit and merge (issue 15): a document's metadata, a claimant; duplicates merged into their twins.
    const docB = await t.prisma.document.findUniqueOrThrow({ where: { id: n.docB.id } });
    await call("patch", `${W}/documents/{id}`, { id: docB.id, body: { version: docB.version, author: "Jane Doe" } });
    const someone = await call("get", `${W}/claimants/{id}`, { id: nobody.body.id });
    await call("patch", `${W}/claimants/{id}`, {
      id: nobody.body.id,
      body: { version: someone.body.version, description: "A stand-in", wikidataId: "Q42" },
    });
    const twin = await call("post", `${W}/claimants`, { body: { name: "Somebody in particular" } });
    await call("post", `${W}/claimants/{id}/merge`, { id: nobody.body.id, body: { into: twin.body.id } });
    const spare2 = await call("post", `${W}/sources`, { body: { title: "Second spare", type: "other", force: true } });
    await call("post", `${W}/sources/{id}/merge`, { id: spare.body.id, body: { into: spare2.body.id } });
    const [dupe, kept] = await Promise.all(
      ["A duplicate draft claim", "The draft claim it duplicates"].map((text) =>
        t.prisma.claim.create({ data: { workspaceId: n.ws.id, text, headline: text } }),
      ),
    );
    await call("post", `${W}/claims/{id}/merge`, { id: dupe.id, body: { into: kept.id } });

    // A few refusals, each a documented problem.
    expect((await call("post", `${W}/claimants`, { body: { kind: "alien" } })).status).toBe(422);
    expect((await call("get", `${W}/claims/{id}`, { id: "nope" })).status).toBe(404);
  }, 240_000);

  it("reached every operation in the document", () => {
    expect(operationsOf(doc).filter((o) => !called.has(o))).toEqual([]);
  });
});
