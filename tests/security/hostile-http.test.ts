// Issue 22 against the production build (`next start` through bin/start.ts) on PostgreSQL: URLs
// that were 500s are 400s, and a slow import is parsed in the bundled worker while the server
// keeps answering other requests.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/tokens";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { makeUser, makeWorkspace } from "../support/factories";
import { ensureBuild, freePort, startServer, stopServer, waitReady, type Server } from "../support/server";

describe.skipIf(!process.env.TEST_DATABASE_URL)("hostile requests to the production server on PostgreSQL", () => {
  let t: TestDatabase;
  let server: Server | undefined;
  let slug: string;
  let secret: string;
  beforeAll(async () => {
    await ensureBuild();
    t = await createTestDatabase({ name: "postgres" });
    const ws = await makeWorkspace(t.prisma);
    slug = ws.slug;
    const owner = await makeUser(t.prisma, { workspaceId: ws.id, role: "owner" });
    secret = (await createApiToken(t.prisma, owner.actor, slug, { name: "bot", scope: "write" })).secret;
    server = startServer(await freePort(), { DATABASE_URL: t.url });
    await waitReady(server);
  }, 900_000);
  afterAll(async () => {
    if (server) await stopServer(server);
    await t?.drop();
  });

  it("answers malformed and NUL-bearing URLs with 400, not 500", async () => {
    for (const p of [`/w/${slug}/claims/%FF`, `/w/${slug}/claims/%00`, `/w/${slug}/search?q=%00`]) {
      expect((await fetch(`${server!.origin}${p}`)).status, p).toBe(400);
    }
    const api = await fetch(`${server!.origin}/api/v1/workspaces/${slug}/claims?q=a%00`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(api.status).toBe(400);
    expect(api.headers.get("content-type")).toBe("application/problem+json");
  });

  it(
    "parses a slow import in the worker: a request sent after it is answered before it",
    { timeout: 300_000 },
    async () => {
      const text = "Text {{convert|1|km}} and {{cite web|title=T|url=https://example.org}} more.\n".repeat(3000);
      const order: string[] = [];
      const importing = fetch(`${server!.origin}/api/v1/workspaces/${slug}/documents`, {
        method: "POST",
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify({ text, format: "wikitext", preview: true }),
      }).then(async (r) => {
        order.push("import");
        return r.status;
      });
      await new Promise((r) => setTimeout(r, 300)); // let the import reach the parser
      const cheap = await fetch(`${server!.origin}/api/v1/openapi.json`).then((r) => (order.push("cheap"), r.status));
      expect(cheap).toBe(200);
      expect(await importing).toBe(200);
      expect(order).toEqual(["cheap", "import"]);
    },
  );
});
