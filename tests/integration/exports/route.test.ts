// GET /api/v1/workspaces/<slug>/export through the real route handler, authenticated by a Bearer
// token (anonymous requests need Next's request context for the session lookup: covered by the
// lib tests with the anonymous actor).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/tokens";
import { GET } from "@/app/api/v1/workspaces/[slug]/export/route";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser } from "../../support/factories";
import { buildNewsroom, type Newsroom } from "./fixture";
import { useAppDatabase } from "../../support/app-database";

vi.mock("@/lib/db/server", () => import("../../support/app-database"));

describe.each(DB_TARGETS)("export route on $name", (target) => {
  let t: TestDatabase;
  let n: Newsroom;
  let secret: string;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    // The app's database handle (lib/db/server) is this test database.
    useAppDatabase(t);
    n = await buildNewsroom(t.prisma);
    const owner = await makeUser(t.prisma, { workspaceId: n.ws.id, role: "owner" });
    secret = (await createApiToken(t.prisma, owner.actor, n.ws.slug, { name: "bot", scope: "read" })).secret;
  });
  afterAll(async () => {
    useAppDatabase(undefined);
    await t?.drop();
  });

  const get = (query: string) =>
    GET(
      new Request(`http://localhost/api/v1/workspaces/${n.ws.slug}/export?${query}`, {
        headers: { authorization: `Bearer ${secret}` },
      }),
      {
        params: Promise.resolve({ slug: n.ws.slug }),
      },
    );

  it("streams the export as an attachment with its content type", async () => {
    const res = await get("format=csv&entity=sources");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${n.ws.slug}-sources.csv"`);
    expect(res.body).toBeInstanceOf(ReadableStream);
    const text = await res.text();
    expect(text).toMatch(/^id,title,/);
    expect(text).toContain("SOURCE-NOTE-SECRET"); // a member's token: full export

    const pub = await get("format=json&public=1");
    expect(pub.headers.get("content-disposition")).toBe(`attachment; filename="${n.ws.slug}-public.json"`);
    const json = await pub.json();
    expect(json.workspace.scope).toBe("public");
    expect(JSON.stringify(json)).not.toContain("SOURCE-NOTE-SECRET");
  });

  it("answers bad parameters with RFC 9457 problem details before streaming", async () => {
    const res = await get("format=xml");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect((await res.json()).detail).toBe(
      "format must be one of csv, json, ndjson, claimreview, annotations, datapackage",
    );
  });
});
