// kill -9 of the whole server process group in the middle of an import and of a publish, on the
// embedded PGlite (a data directory) and on PostgreSQL. After each kill the database holds all of
// the write or none of it, and the server starts again at once (a killed holder's PGlite lock must
// not block the restart).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { systemActor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/tokens";
import { createSource } from "@/lib/sources";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { makeUser, makeWorkspace } from "../support/factories";
import { ensureBuild, freePort, killServer, startServer, stopServer, waitReady, type Server } from "../support/server";
import { bigWikitext, importOutcome, publishOutcomes, type Outcome } from "./crash";
import { contentDigest } from "@/lib/review/content";

const KILLS = 3;
const BATCH = 12; // claims published at once per attempt
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const targets = ["pglite", ...(process.env.TEST_DATABASE_URL ? ["postgres" as const] : [])] as const;

describe.each(targets)("kill -9 during writes on %s", (target) => {
  let pgTest: TestDatabase | undefined;
  let tmp: string | undefined;
  let server: Server | undefined;
  afterAll(async () => {
    if (server) await stopServer(server);
    await pgTest?.drop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it(
    `an import and a publish are all-or-none after ${KILLS} kills each, and the server restarts cleanly`,
    { timeout: 900_000 },
    async () => {
      await ensureBuild();
      const began = Date.now();
      let url: string;
      if (target === "postgres") {
        pgTest = await createTestDatabase({ name: "postgres" });
        url = pgTest.url;
      } else {
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-crash-"));
        url = `pglite:${path.join(tmp, "db")}`;
      }
      // The embedded database is opened only while no server runs (it is locked to one process).
      const withDb = async <T>(fn: (d: Database) => Promise<T>): Promise<T> => {
        if (pgTest) return fn(pgTest);
        const d = await openDatabase(url);
        try {
          return await fn(d);
        } finally {
          await d.close();
        }
      };
      const sys = systemActor("test");
      const world = await withDb(async (d) => {
        if (!pgTest) await migrate(d);
        const ws = await makeWorkspace(d.prisma);
        const owner = await makeUser(d.prisma, { workspaceId: ws.id, role: "owner" });
        const reviewer = await makeUser(d.prisma, { workspaceId: ws.id, role: "reviewer" });
        const token = await createApiToken(d.prisma, owner.actor, ws.slug, { name: "crash", scope: "write" });
        const rating = await d.prisma.rating.findFirstOrThrow({
          where: { scaleId: ws.ratingScaleId!, label: "Supported" },
        });
        const source = await createSource(d.prisma, sys, ws.slug, {
          title: "Kerry Committee report",
          url: "https://example.org/kerry",
        });
        // Approved claims with evidence and their approving review, written directly (the workflow
        // itself is tested elsewhere): one batch to time a publish left to finish, then one per kill.
        const batches = Array.from({ length: KILLS + 1 }, (_, b) =>
          Array.from({ length: BATCH }, (_, i) => `crash-claim-${ws.slug}-${b}-${i}`),
        );
        const ids = batches.flat();
        await d.prisma.claim.createMany({
          data: ids.map((id) => ({
            id,
            workspaceId: ws.id,
            text: `${id} is checkable.`,
            headline: id,
            status: "approved" as const,
            version: 3,
          })),
        });
        await d.prisma.evidence.createMany({
          data: ids.map((claimId) => ({
            claimId,
            sourceId: source.id,
            stance: "supports" as const,
            excerpt: "The committee found…",
          })),
        });
        const warmId = `crash-warm-${ws.slug}`;
        await d.prisma.claim.create({
          data: { id: warmId, workspaceId: ws.id, text: "A draft: publishing it is refused.", headline: "Draft" },
        });
        // Each approval pins the digest of the content it approved, as reviewClaim would.
        const claimRows = new Map(
          (await d.prisma.claim.findMany({ where: { id: { in: ids } } })).map((c) => [c.id, c]),
        );
        const evidenceRows = await d.prisma.evidence.findMany({ where: { claimId: { in: ids } } });
        await d.prisma.review.createMany({
          data: ids.map((claimId) => ({
            claimId,
            reviewerId: reviewer.user.id,
            decision: "approve" as const,
            ratingId: rating.id,
            confidence: "high" as const,
            rationale: "Checked.",
            contentDigest: contentDigest(
              claimRows.get(claimId)!,
              evidenceRows.filter((e) => e.claimId === claimId),
            ),
          })),
        });
        const approved = new Map(
          (await d.prisma.claim.findMany({ where: { workspaceId: ws.id } })).map((c) => [c.id, c.version]),
        );
        return { ws, secret: token.secret, batches, approved, warmId };
      });

      const setupMs = Date.now() - began;
      const port = await freePort();
      let restarts = 0;
      const startMs: number[] = [];
      const up = async () => {
        const t = Date.now();
        server = startServer(port, { DATABASE_URL: url });
        await waitReady(server);
        startMs.push(Date.now() - t);
        // Clean start: the API answers on the database the killed server left behind.
        const res = await fetch(`${server.origin}/api/v1/workspaces/${world.ws.slug}/documents?limit=1`, {
          headers: { authorization: `Bearer ${world.secret}` },
        });
        expect(res.status).toBe(200);
        restarts++;
        // Warm both routes without writing (a preview; a publish with no new approval is refused), so a
        // kill lands in the write rather than in the first request's start-up.
        expect(await post("documents", { title: "warm", format: "text", text: "Warm-up.", preview: true })).toBe(200);
        expect(await post(`claims/${world.warmId}/publish`, {})).toBe(409);
      };
      const post = (p: string, body: unknown) =>
        fetch(`${server!.origin}/api/v1/workspaces/${world.ws.slug}/${p}`, {
          method: "POST",
          headers: { authorization: `Bearer ${world.secret}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        })
          .then((r) => r.status)
          .catch(() => 0); // the connection died with the server
      /** Starts `write`, kills the server after `delay` ms (or lets it finish, returning how long it took);
       * returns how many requests were still open when it was killed. */
      const attempt = async (write: () => Promise<number>[], delay: number | null) => {
        if (!server || server.child.exitCode !== null || server.child.signalCode !== null) await up();
        let open = 0;
        const t0 = Date.now();
        const requests = write().map((p) => (open++, p.finally(() => open--)));
        if (delay === null) {
          const statuses = await Promise.all(requests);
          const ms = Date.now() - t0;
          expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
          return ms; // the server stays up for the next attempt
        }
        await sleep(delay);
        const inFlight = open;
        await killServer(server!);
        await Promise.all(requests);
        return inFlight;
      };

      const importDoc = (title: string, tag: string) =>
        post("documents", { title, format: "wikitext", text: bigWikitext(tag) });
      const publishBatch = (ids: string[]) => ids.map((id) => post(`claims/${id}/publish`, {}));
      // Both writes timed once, left to finish, on the first server.
      const importMs = await attempt(() => [importDoc("timing", "timing")], null);
      const publishMs = await attempt(() => publishBatch(world.batches[0]), null);
      // Each attempt runs an import and a publish batch, the batch started so that the kill, at a
      // random point of the import, also falls at a random point of the batch.
      const imports: Outcome[] = [];
      const published: Outcome[] = [];
      let cut = 0;
      for (let k = 1; k <= KILLS; k++) {
        const killAt = Math.random() * importMs * 0.9;
        const publishAt = Math.max(0, killAt - Math.random() * publishMs);
        const batch = () =>
          sleep(publishAt)
            .then(() => Promise.all(publishBatch(world.batches[k])))
            .then(() => 200);
        cut += await attempt(() => [importDoc(`crash ${k}`, `kill${k}`), batch()], killAt);
        await withDb(async (d) => {
          imports.push(await importOutcome(d, world.ws.id, `crash ${k}`, `kill${k}`));
          published.push(...(await publishOutcomes(d, world.batches[k], world.approved)));
          // The timed writes, left to finish, stay complete.
          if (k === KILLS) expect(await importOutcome(d, world.ws.id, "timing", "timing")).toBe("all");
          if (k === KILLS)
            expect(await publishOutcomes(d, world.batches[0], world.approved)).toEqual(
              world.batches[0].map(() => "all"),
            );
        });
      }
      const count = (xs: Outcome[], o: Outcome) => xs.filter((x) => x === o).length;
      const figures = [
        `${KILLS} kills survived, ${cut} of ${KILLS * 2} writes cut mid-request`,
        `imports (${importMs} ms each): all ${count(imports, "all")} / none ${count(imports, "none")}`,
        `publishes (${BATCH} claims in ${publishMs} ms): published ${count(published, "all")} / not ${count(published, "none")}`,
      ];

      await up(); // the last kill, too, leaves a database the server starts on
      await stopServer(server!);
      console.log(
        `crash safety (${target}): setup ${setupMs} ms; ${restarts} clean starts (median ${startMs.sort((a, b) => a - b)[startMs.length >> 1]} ms); ${figures.join("; ")}`,
      );
      // Some kill landed while writes were still running (otherwise nothing was tested mid-write).
      expect(cut).toBeGreaterThan(0);
    },
  );
});
