// One upload limit: IMPORT_MAX_BYTES sets the importer's limit, the API's body limit and Next's
// server-action body limit, so an oversized document (7 MB against the default 5 MB) gets the
// importer's message everywhere instead of a generic body-limit error.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/tokens";
import { requestBodyLimit } from "@/lib/platform/limits";
import { POST } from "@/app/api/v1/workspaces/[slug]/documents/route";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { useAppDatabase } from "../../support/app-database";

vi.mock("@/lib/db/server", () => import("../../support/app-database"));

const MB = 1024 * 1024;

describe("body limits follow IMPORT_MAX_BYTES", () => {
  afterAll(() => {
    delete process.env.IMPORT_MAX_BYTES;
  });

  async function nextConfig() {
    vi.resetModules();
    // @ts-expect-error next.config.js is plain JavaScript without a declaration file
    return (await import("../../../next.config.js")).default as {
      experimental: { serverActions: { bodySizeLimit: number }; proxyClientMaxBodySize: number };
    };
  }

  it("leaves room for a document twice over, by default and when set", async () => {
    delete process.env.IMPORT_MAX_BYTES;
    expect(requestBodyLimit()).toBe(2 * 5 * MB + MB);
    let c = await nextConfig();
    expect(c.experimental.serverActions.bodySizeLimit).toBe(requestBodyLimit());
    expect(c.experimental.proxyClientMaxBodySize).toBe(requestBodyLimit());
    process.env.IMPORT_MAX_BYTES = String(20 * MB);
    expect(requestBodyLimit()).toBe(41 * MB);
    c = await nextConfig();
    expect(c.experimental.serverActions.bodySizeLimit).toBe(41 * MB);
    expect(c.experimental.proxyClientMaxBodySize).toBe(41 * MB);
  });
});

describe("a 7 MB document through the API", () => {
  let t: TestDatabase;
  let slug: string;
  let secret: string;
  beforeAll(async () => {
    t = await createTestDatabase({ name: "pglite" });
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

  it("answers 413 problem+json with the importer's message and stores nothing", async () => {
    const body = JSON.stringify({
      title: "Too big",
      text: "A sentence of a long report.\n".repeat(Math.ceil((7 * MB) / 29)).slice(0, 7 * MB),
    });
    const res = await POST(
      new Request(`http://localhost/api/v1/workspaces/${slug}/documents`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${secret}`,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
        },
        body,
      }),
      { params: Promise.resolve({ slug }) },
    );
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect((await res.json()).detail).toMatch(/^document is 7(\.0)? MB; the limit is 5(\.0)? MB$/);
    expect(await t.prisma.document.count()).toBe(0);
  });
});
