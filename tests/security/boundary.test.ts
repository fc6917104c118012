// Hostile input at the boundary (issue 22): each of these was a 500; now a 4xx naming the field,
// through the real route handlers on a real database.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/tokens";
import { workspaceAccess } from "@/lib/auth/access";
import { systemActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import * as claims from "@/app/api/v1/workspaces/[slug]/claims/route";
import * as claim from "@/app/api/v1/workspaces/[slug]/claims/[id]/route";
import * as claimants from "@/app/api/v1/workspaces/[slug]/claimants/route";
import * as sources from "@/app/api/v1/workspaces/[slug]/sources/route";
import * as documents from "@/app/api/v1/workspaces/[slug]/documents/route";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../support/db";
import { makeUser, makeWorkspace } from "../support/factories";
import { useAppDatabase } from "../support/app-database";

vi.mock("@/lib/db/server", () => import("../support/app-database"));

type Handler = (req: Request, route: { params: Promise<Record<string, string>> }) => Promise<Response>;

describe.each(DB_TARGETS)("input boundary on $name", (target) => {
  let t: TestDatabase;
  let slug: string;
  let secret: string;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    useAppDatabase(t);
    const ws = await makeWorkspace(t.prisma);
    slug = ws.slug;
    const owner = await makeUser(t.prisma, { workspaceId: ws.id, role: "owner" });
    secret = (await createApiToken(t.prisma, owner.actor, slug, { name: "bot", scope: "write" })).secret;
  });
  afterAll(async () => {
    useAppDatabase(undefined);
    await t?.drop();
  });

  async function call(handler: Handler, path: string, params: Record<string, string>, body?: unknown) {
    const req = new Request(`http://localhost/api/v1/workspaces/${slug}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const res = await handler(req, { params: Promise.resolve({ slug, ...params }) });
    return { status: res.status, type: res.headers.get("content-type"), json: await res.json() };
  }

  it("refuses a NUL byte in a search or list parameter with a 400 naming it", async () => {
    const res = await call(claims.GET as Handler, "/claims?q=a%00b", {});
    expect(res.status).toBe(400);
    expect(res.type).toBe("application/problem+json");
    expect(res.json.detail).toContain("q contains a NUL byte");
  });

  it("refuses a NUL byte in an id or slug with a 400", async () => {
    expect((await call(claim.GET as Handler, "/claims/a%00", { id: "a\u0000" })).status).toBe(400);
    const res = await call(claims.GET as Handler, "/claims", { slug: "demo\u0000" });
    expect(res.status).toBe(400);
    expect(res.json.detail).toContain("slug contains a NUL byte");
  });

  it("refuses NUL bytes and lone surrogates in claim, claimant and source fields with a 422 naming the field", async () => {
    const nul = await call(
      claims.POST as Handler,
      "/claims",
      {},
      { text: "The programme was funded \u0000 off the books." },
    );
    expect(nul.status).toBe(422);
    expect(nul.json).toMatchObject({ details: { field: "text" } });
    const lone = await call(
      claims.POST as Handler,
      "/claims",
      {},
      { text: "A claim long enough to check.", claimant: { name: "Gary \uD800Webb" } },
    );
    expect(lone.status).toBe(422);
    expect(lone.json.detail).toContain("claimant.name contains an unpaired UTF-16 surrogate");
    const person = await call(claimants.POST as Handler, "/claimants", {}, { name: "Alfred \uDC00McCoy" });
    expect(person.status).toBe(422);
    const source = await call(sources.POST as Handler, "/sources", {}, { title: "Dark\u0000 Alliance", type: "book" });
    expect(source.status).toBe(422);
    expect(source.json.details.field).toBe("title");
    expect(await t.prisma.claim.count()).toBe(0);
  });

  it("refuses a lone surrogate in an imported document (preview and import) with a 422", async () => {
    const res = await call(
      documents.POST as Handler,
      "/documents",
      {},
      { text: "Findings\n\nThe report \uD83D found it.", preview: true },
    );
    expect(res.status).toBe(422);
    expect(res.json.detail).toMatch(/unpaired UTF-16 surrogate/);
  });

  it("answers an out-of-range claimedAt with a 422, not a 500", async () => {
    const res = await call(
      claims.POST as Handler,
      "/claims",
      {},
      { text: "A claim with an impossible date.", claimedAt: "-000001-01-01" },
    );
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.json.errors)).toContain("claimedAt");
  });

  it("refuses a workspace that is not a string before querying (server actions get raw client values)", async () => {
    const err = await workspaceAccess(t.prisma, systemActor("t"), { a: 1 } as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
    const nul = await workspaceAccess(t.prisma, systemActor("t"), `${slug}\u0000`).catch((e: unknown) => e);
    expect((nul as AppError).status).toBe(404);
  });
});
