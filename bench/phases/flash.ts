// A flash crowd: 200 anonymous readers hold one claim page open in a loop (keep-alive, one request
// at a time each) against `next start`'s production server, while an editor publishes a correction
// of that claim every 5 s (open → submit → a reviewer approves → publish, through lib, as the desk
// does). Each correction's rationale carries its number, so every response says which publication
// it shows: a reader must never get a page older than the last publish by more than 1 s.
// PostgreSQL only: the embedded database belongs to the server process while it runs.
import http from "node:http";
import { openDatabase } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { openCorrection, publishClaim, reviewClaim, submitClaim } from "@/lib/review";
import { percentile, round } from "../lib/stats";
import { startServer } from "../lib/server";

const READERS = 200;
const SECONDS = 30;
const EVERY_MS = 5_000;
const MARK = /Flash revision (\d+)\./;

interface Reading {
  sentAt: number;
  ms: number;
  status: number;
  mark: number;
}

function get(agent: http.Agent, origin: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(origin + path, { agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
  });
}

export async function benchFlash(
  databaseUrl: string,
  slug: string,
  claimIds: string[],
  editor: { id: string; email: string },
  reviewer: { id: string; email: string },
) {
  const user = (u: { id: string; email: string }): Actor => ({ kind: "user", userId: u.id, email: u.email });
  const database = await openDatabase(databaseUrl);
  const server = await startServer(databaseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: READERS });
  try {
    let path: string | undefined;
    for (const id of claimIds)
      if ((await get(agent, server.origin, `/w/${slug}/claims/${id}`)).status === 200) {
        path = `/w/${slug}/claims/${id}`;
        break;
      }
    if (!path) throw new Error("no published claim page answered 200");
    const claimId = path.split("/").at(-1)!;
    for (let i = 0; i < 20; i++) await get(agent, server.origin, path); // warm-up

    const t0 = performance.now();
    const end = t0 + SECONDS * 1000;
    const published: number[] = []; // published[i - 1]: when publication i had committed
    const publishMs: number[] = [];
    const publisher = (async () => {
      for (let i = 1; t0 + i * EVERY_MS < end; i++) {
        await new Promise((r) => setTimeout(r, Math.max(0, t0 + i * EVERY_MS - performance.now())));
        const start = performance.now();
        const db = database.prisma;
        await openCorrection(db, user(editor), slug, claimId);
        await submitClaim(db, user(editor), slug, claimId, {
          confidence: "high",
          rationale: `Flash revision ${i}. New reporting was checked.`,
        });
        await reviewClaim(db, user(reviewer), slug, claimId, { decision: "approve" });
        await publishClaim(db, user(editor), slug, claimId, { why: `Flash correction ${i}.` });
        published.push(performance.now());
        publishMs.push(performance.now() - start);
      }
    })();
    const readings: Reading[] = [];
    let errors = 0;
    await Promise.all(
      Array.from({ length: READERS }, async () => {
        while (performance.now() < end) {
          const sentAt = performance.now();
          try {
            const r = await get(agent, server.origin, path);
            const mark = Number(MARK.exec(r.body)?.[1] ?? 0);
            readings.push({ sentAt, ms: performance.now() - sentAt, status: r.status, mark });
            if (r.status !== 200) errors++;
          } catch {
            errors++;
          }
        }
      }),
    );
    await publisher;
    // A reading is stale by how long before it was sent the first publication it lacks had committed.
    let staleMax = 0,
      staleOver1s = 0;
    for (const r of readings) {
      const missed = published[r.mark]; // publication mark + 1, if it had committed
      if (missed === undefined || missed >= r.sentAt) continue;
      staleMax = Math.max(staleMax, r.sentAt - missed);
      if (r.sentAt - missed > 1000) staleOver1s++;
    }
    const times = readings.map((r) => r.ms);
    return {
      readers: READERS,
      seconds: SECONDS,
      path,
      requests: readings.length,
      requestsPerSec: round(readings.length / ((performance.now() - t0) / 1000), 1),
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      errors,
      publications: published.length,
      publishP95Ms: round(percentile(publishMs, 95)),
      staleMaxMs: round(staleMax),
      staleOver1s,
    };
  } finally {
    agent.destroy();
    await server.stop();
    await database.close();
  }
}
