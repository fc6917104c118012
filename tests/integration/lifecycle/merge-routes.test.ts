// The merge and edit routes through the real handlers with a write token: 200 with the result,
// problem+json for bad input (422 naming `into`), a stale version (409), someone else's record (404).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/tokens";
import { PATCH as patchClaimant } from "@/app/api/v1/workspaces/[slug]/claimants/[id]/route";
import { POST as mergeClaimantRoute } from "@/app/api/v1/workspaces/[slug]/claimants/[id]/merge/route";
import { POST as mergeSourceRoute } from "@/app/api/v1/workspaces/[slug]/sources/[id]/merge/route";
import { PATCH as patchDocument } from "@/app/api/v1/workspaces/[slug]/documents/[id]/route";
import { useAppDatabase } from "../../support/app-database";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser } from "../../support/factories";
import { buildNewsroom, type Newsroom } from "../exports/fixture";

vi.mock("@/lib/db/server", () => import("../../support/app-database"));

describe.each(DB_TARGETS)("merge and edit routes on $name", (target) => {
  let t: TestDatabase;
  let n: Newsroom;
  let secret: string;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    useAppDatabase(t);
    n = await buildNewsroom(t.prisma);
    const owner = await makeUser(t.prisma, { workspaceId: n.ws.id, role: "owner" });
    secret = (await createApiToken(t.prisma, owner.actor, n.ws.slug, { name: "bot", scope: "write" })).secret;
  });
  afterAll(async () => {
    useAppDatabase(undefined);
    await t?.drop();
  });

  type Handler = (req: Request, ctx: { params: Promise<{ slug: string; id: string }> }) => Promise<Response>;
  const call = (handler: Handler, method: string, path: string, id: string, body: unknown) =>
    handler(
      new Request(`http://localhost/api/v1/workspaces/${n.ws.slug}/${path}`, {
        method,
        headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug: n.ws.slug, id }) },
    );

  it("POST …/claimants/<id>/merge: 200, then 422 into itself and 404 for an unknown record", async () => {
    const [a, b] = await Promise.all(
      ["Route dup", "Route kept"].map((name) => t.prisma.claimant.create({ data: { workspaceId: n.ws.id, name } })),
    );
    const bad = await call(mergeClaimantRoute, "POST", `claimants/${a.id}/merge`, a.id, { into: a.id });
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(await bad.json()).toMatchObject({ detail: "a claimant cannot be merged into itself" });
    const missing = await call(mergeClaimantRoute, "POST", `claimants/nope/merge`, "nope", { into: b.id });
    expect(missing.status).toBe(404);
    const ok = await call(mergeClaimantRoute, "POST", `claimants/${a.id}/merge`, a.id, { into: b.id });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: a.id, into: b.id, moved: { claims: 0, reported: 0 } });
    const again = await call(mergeClaimantRoute, "POST", `claimants/${a.id}/merge`, a.id, { into: b.id });
    expect(again.status).toBe(409);
  });

  it("POST …/sources/<id>/merge refuses a body without `into` (422)", async () => {
    const res = await call(mergeSourceRoute, "POST", `sources/${n.sources.hidden.id}/merge`, n.sources.hidden.id, {});
    expect(res.status).toBe(422);
  });

  it("PATCH …/documents/<id> renames (200) and answers 409 to a stale version; PATCH …/claimants/<id> validates the Wikidata id", async () => {
    const doc = await t.prisma.document.findUniqueOrThrow({ where: { id: n.docA.id } });
    const ok = await call(patchDocument, "PATCH", `documents/${doc.id}`, doc.id, {
      version: doc.version,
      title: "Renamed by the API",
      publishedAt: "1996-08-18",
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ title: "Renamed by the API", datePublished: "1996-08-18" });
    const stale = await call(patchDocument, "PATCH", `documents/${doc.id}`, doc.id, {
      version: doc.version,
      title: "x",
    });
    expect(stale.status).toBe(409);
    const c = await t.prisma.claimant.create({ data: { workspaceId: n.ws.id, name: "Wikidata person" } });
    const badQ = await call(patchClaimant, "PATCH", `claimants/${c.id}`, c.id, {
      version: c.version,
      wikidataId: "P31",
    });
    expect(badQ.status).toBe(422);
    const goodQ = await call(patchClaimant, "PATCH", `claimants/${c.id}`, c.id, {
      version: c.version,
      wikidataId: "Q42",
    });
    expect(await goodQ.json()).toMatchObject({ wikidataId: "Q42" });
  });
});
