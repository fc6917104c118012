// Public pages are served as stored output (lib/publishing/page-cache.ts), one copy per app instance.
// Two production servers on one PostgreSQL database: a page each has stored shows a published
// correction on both at the next request, with no wait. Also what a CDN in front relies on: ETag and
// 304, a public Cache-Control and a CSP of hashes on public pages; private desk, sign-in and API.
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { openCorrection, publishClaim, reviewClaim, submitClaim } from "@/lib/review";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { makeUser, makeWorkspace } from "../support/factories";
import { ensureBuild, freePort, startServer, stopServer, waitReady, type Server } from "../support/server";

describe.skipIf(!process.env.TEST_DATABASE_URL)("public pages across two app instances on PostgreSQL", () => {
  let t: TestDatabase;
  const servers: Server[] = [];
  beforeAll(async () => {
    await ensureBuild();
    t = await createTestDatabase({ name: "postgres" });
    for (let i = 0; i < 2; i++) servers.push(startServer(await freePort(), { DATABASE_URL: t.url, DEMO: "0" }));
    await Promise.all(servers.map((s) => waitReady(s)));
  }, 900_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => stopServer(s)));
    await t?.drop();
  });

  it("serves a stored page until the workspace changes, then the change at once on every instance", async () => {
    const db = t.prisma;
    const ws = await makeWorkspace(db);
    const editor = await makeUser(db, { workspaceId: ws.id, role: "editor" });
    const reviewer = await makeUser(db, { workspaceId: ws.id, role: "reviewer" });
    const claim = await createClaim(db, editor.actor, ws.slug, { text: "The committee found the money moved." });
    await submitClaim(db, editor.actor, ws.slug, claim.id, {
      verdict: "Supported",
      confidence: "high",
      rationale: "First rationale, checked.",
    });
    await reviewClaim(db, reviewer.actor, ws.slug, claim.id, { decision: "approve" });
    await publishClaim(db, editor.actor, ws.slug, claim.id);
    const path = `/w/${ws.slug}/claims/${claim.id}`;

    for (const s of servers) {
      const first = await fetch(s.origin + path);
      expect(first.status).toBe(200);
      const html = await first.text();
      expect(html).toContain("First rationale, checked.");
      expect(first.headers.get("cache-control")).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
      const csp = first.headers.get("content-security-policy")!;
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("'nonce-");
      expect(csp).toMatch(/'sha256-[A-Za-z0-9+/]{43}='/);
      expect(html).not.toMatch(/nonce=/);
      // Every inline script Next rendered is allowed by its hash (else the page would not hydrate),
      // and the policy allows nothing more.
      const inline = [
        ...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
      ]
        .map((m) => m[1])
        .filter(Boolean);
      const hashes = new Set(inline.map((x) => `'sha256-${crypto.createHash("sha256").update(x).digest("base64")}'`));
      expect(hashes.size).toBeGreaterThan(0);
      expect(new Set(csp.match(/'sha256-[^']+'/g))).toEqual(hashes);
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      // Stored: the same bytes again, and a 304 to a client that has them.
      const again = await fetch(s.origin + path);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe(html);
      const revalidated = await fetch(s.origin + path, { headers: { "if-none-match": etag } });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get("etag")).toBe(etag);
    }

    // A correction, published through lib as the desk does: both instances show it on the next request.
    await openCorrection(db, editor.actor, ws.slug, claim.id);
    await submitClaim(db, editor.actor, ws.slug, claim.id, {
      verdict: "Contested",
      confidence: "high",
      rationale: "Second rationale, after new documents.",
    });
    await reviewClaim(db, reviewer.actor, ws.slug, claim.id, { decision: "approve" });
    await publishClaim(db, editor.actor, ws.slug, claim.id, { why: "New documents were released." });
    for (const s of servers) {
      const res = await fetch(s.origin + path);
      const html = await res.text();
      expect(html).toContain("Second rationale, after new documents.");
      expect(html).not.toContain("First rationale, checked.");
      const home = await fetch(`${s.origin}/w/${ws.slug}`);
      expect(home.headers.get("cache-control")).toMatch(/^public, /);
      expect(await home.text()).toContain("The committee found the money moved.");
    }
  });

  it("keeps the desk, sign-in, search results and the API private and per request", async () => {
    const s = servers[0];
    const ws = await makeWorkspace(t.prisma);
    for (const path of ["/signin", `/w/${ws.slug}/search?q=money`, `/desk/${ws.slug}`, "/api/v1/openapi.json"]) {
      const res = await fetch(s.origin + path, { redirect: "manual" });
      expect(res.headers.get("cache-control") ?? "", path).not.toMatch(/public/);
      if (!path.startsWith("/api")) expect(res.headers.get("content-security-policy"), path).toMatch(/'nonce-/);
    }
    // A private workspace's pages are neither stored nor shown.
    const hidden = await makeWorkspace(t.prisma, { isPublic: false });
    const res = await fetch(`${s.origin}/w/${hidden.slug}`);
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control") ?? "").not.toMatch(/public/);
  });
});
