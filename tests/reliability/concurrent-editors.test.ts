// 50 editors, 2,000 mixed writes to 100 claims over the HTTP API of the production server on
// PostgreSQL (where writes really run in parallel). Afterwards: every accepted write is in the final
// state and has exactly one audit event, every refusal was a 409/412 and left no trace, no update
// was lost (each claim's versions run without a gap to its final state, which is the last accepted write).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/tokens";
import { createClaim } from "@/lib/claims";
import { reviewClaim, submitClaim } from "@/lib/review";
import { createSource } from "@/lib/sources";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { makeUser, makeWorkspace } from "../support/factories";
import { ensureBuild, freePort, startServer, stopServer, waitReady, type Server } from "../support/server";
import { newLedger, request, runEditor, type ClaimView } from "./editors";

const EDITORS = 50;
const EDITS = 2_000;
const CLAIMS = 100;

describe.skipIf(!process.env.TEST_DATABASE_URL)("concurrent editors over the API on PostgreSQL", () => {
  let t: TestDatabase;
  let server: Server | undefined;
  beforeAll(async () => {
    await ensureBuild();
    t = await createTestDatabase({ name: "postgres" });
  }, 900_000);
  afterAll(async () => {
    if (server) await stopServer(server);
    await t?.drop();
  });

  it(
    `${EDITORS} editors make ${EDITS} edits to ${CLAIMS} claims; nothing is lost or double-counted`,
    { timeout: 600_000 },
    async () => {
      const db = t.prisma;
      const ws = await makeWorkspace(db);
      const sys = systemActor("test");
      const reviewer = await makeUser(db, { workspaceId: ws.id, role: "reviewer" });
      const rating = await db.rating.findFirstOrThrow({ where: { scaleId: ws.ratingScaleId!, label: "Supported" } });
      const editors = await Promise.all(
        Array.from({ length: EDITORS }, async (_, n) => {
          const u = await makeUser(db, { workspaceId: ws.id, role: "owner" }); // owners may make tokens
          const token = await createApiToken(db, u.actor, ws.slug, { name: `editor-${n}`, scope: "write" });
          return { n, token: token.secret, actor: u.actor };
        }),
      );
      const sourceIds = await Promise.all(
        Array.from(
          { length: 10 },
          async (_, i) =>
            (await createSource(db, sys, ws.slug, { title: `Source ${i}`, url: `https://example.org/s/${i}` })).id,
        ),
      );
      const claimIds = await Promise.all(
        Array.from({ length: CLAIMS }, async (_, i) => {
          const c = await createClaim(db, sys, ws.slug, { text: `Claim ${i} says something checkable.` });
          // A third start approved (so editors can publish, then retract), a tenth in review.
          if (i % 3 === 0 || i % 10 === 1)
            await submitClaim(db, sys, ws.slug, c.id, {
              ratingId: rating.id,
              confidence: "high",
              rationale: "Proposed.",
            });
          if (i % 3 === 0) await reviewClaim(db, reviewer.actor, ws.slug, c.id, { decision: "approve" });
          return c.id;
        }),
      );
      const initial = new Map(
        (await db.claim.findMany({ where: { workspaceId: ws.id } })).map((c) => [c.id, c.version]),
      );
      const setupEvents = (await db.auditEvent.findMany({ select: { id: true } })).map((e) => e.id);

      server = startServer(await freePort(), { DATABASE_URL: t.url });
      await waitReady(server);
      const ledger = newLedger();
      const started = Date.now();
      await Promise.all(
        editors.map((e) =>
          runEditor({ origin: server!.origin, slug: ws.slug, claimIds, sourceIds, db, ledger }, e, EDITS / EDITORS),
        ),
      );
      const seconds = (Date.now() - started) / 1000;

      // The final state, read back over the API.
      const auth = { authorization: `Bearer ${editors[0].token}` };
      const finals = await Promise.all(
        claimIds.map(
          async (id) =>
            (await request("GET", `${server!.origin}/api/v1/workspaces/${ws.slug}/claims/${id}`, undefined, auth))
              .json as unknown as ClaimView,
        ),
      );
      const writesByClaim = new Map<string, ClaimView[]>();
      for (const w of ledger.claimWrites) writesByClaim.set(w.id, [...(writesByClaim.get(w.id) ?? []), w]);
      let lost = 0;
      let gaps = 0;
      const evidenceByClaim = new Map<string, number>();
      for (const e of ledger.evidence) evidenceByClaim.set(e.claimId, (evidenceByClaim.get(e.claimId) ?? 0) + 1);
      for (const f of finals) {
        const writes = (writesByClaim.get(f.id) ?? []).sort((a, b) => a.version - b.version);
        // Evidence is reviewed content, so each accepted link also moves the claim's version: the final
        // version is the start plus one per accepted write of either kind, and no two writes share one.
        const linked = evidenceByClaim.get(f.id) ?? 0;
        if (f.version !== initial.get(f.id)! + writes.length + linked) gaps++;
        if (new Set(writes.map((w) => w.version)).size !== writes.length) gaps++;
        const last = writes.at(-1);
        const expected = last ? { text: last.text, headline: last.headline, tags: last.tags, status: last.status } : {};
        const got = last ? { text: f.text, headline: f.headline, tags: f.tags, status: f.status } : {};
        if (JSON.stringify(got) !== JSON.stringify(expected)) lost++;
      }

      // An edit to an approved claim also records that its approval no longer holds: a consequence,
      // not a write of its own, so it is left out of the one-event-per-write count.
      const runEvents = await db.auditEvent.findMany({
        where: { id: { notIn: setupEvents }, action: { not: "claim.approval_superseded" } },
      });
      const claimEventKeys = runEvents
        .filter((e) => e.entityType === "Claim")
        .map((e) => `${e.entityId}@${(e.after as { version: number }).version}`);
      const acceptedKeys = ledger.claimWrites.map((w) => `${w.id}@${w.version}`);
      const evidenceEvents = runEvents.filter((e) => e.action === "evidence.add").map((e) => e.entityId);
      const commentEvents = runEvents.filter((e) => e.action === "comment.add").map((e) => e.entityId);
      const evidenceRows = await db.evidence.findMany({ where: { claim: { workspaceId: ws.id } } });
      const links = new Set(evidenceRows.map((e) => `${e.claimId}|${e.sourceId}|${e.stance}|${e.locator}`));
      const comments = await db.comment.count({ where: { id: { in: ledger.comments } } });

      const refused409 = ledger.refused.filter((r) => r.status === 409).length;
      const refused412 = ledger.refused.filter((r) => r.status === 412).length;
      const accepted = ledger.claimWrites.length + ledger.evidence.length + ledger.comments.length;
      console.log(
        `concurrent editors (postgres): ${EDITS} edits by ${EDITORS} editors in ${seconds.toFixed(1)} s; accepted ${accepted} ` +
          `(${ledger.claimWrites.length} claim writes, ${ledger.evidence.length} evidence, ${ledger.comments.length} comments), ` +
          `refused ${ledger.refused.length} (409: ${refused409}, 412: ${refused412}), unexpected ${ledger.unexpected.length}; ` +
          `final check: ${finals.length} claims, ${lost} lost updates, ${gaps} version gaps, ${runEvents.length} audit events for ${accepted} accepted writes, ` +
          `${evidenceRows.length} evidence rows (${evidenceRows.length - links.size} duplicate links)`,
      );

      expect(ledger.unexpected).toEqual([]);
      expect(ledger.refused.length + accepted).toBe(EDITS);
      expect(lost).toBe(0);
      expect(gaps).toBe(0);
      // Exactly one audit event per accepted write, and none for a refusal.
      expect(runEvents).toHaveLength(accepted);
      expect(claimEventKeys.sort()).toEqual(acceptedKeys.sort());
      expect(evidenceEvents.sort()).toEqual(ledger.evidence.map((e) => e.id).sort());
      expect(commentEvents.sort()).toEqual([...ledger.comments].sort());
      expect(evidenceRows.map((e) => e.id).sort()).toEqual(ledger.evidence.map((e) => e.id).sort());
      expect(links.size).toBe(evidenceRows.length);
      expect(comments).toBe(ledger.comments.length);
      // The run exercised both kinds of refusal, not only the happy path.
      expect(refused409).toBeGreaterThan(0);
      expect(refused412).toBeGreaterThan(0);
    },
  );
});
