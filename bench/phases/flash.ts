// A flash crowd: 200 anonymous readers hold one claim page open in a loop (keep-alive, one request
// at a time each) against the production server, while an editor publishes a correction of that
// claim every 5 s (open → submit → a reviewer approves → publish, through lib, as the desk does; in
// ./flash-publisher.ts). Each correction's rationale carries its number, so every response says
// which publication it shows: a reader must never get a page older than the last publish by more
// than 1 s. The baseline: the same crowd, for as long, on a static copy of the same page served by
// the same server (public/_bench/). On PGlite the server owns the database while it runs, so the
// editor goes through its API with session cookies signed by the server's secret (`sessions`).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import readline from "node:readline";
import { encode } from "next-auth/jwt";
import type { Database } from "@/lib/db";
import { percentile, round } from "../lib/stats";
import { ROOT, startServer } from "../lib/server";

const READERS = 200;
const SECONDS = 30;
const EVERY_MS = 5_000;
const MARK = /Flash revision (\d+)\./;
const STATIC_FILE = path.join(ROOT, "public/_bench/flash.html");

interface Reading {
  sentAt: number;
  ms: number;
  status: number;
  mark: number;
}

function get(agent: http.Agent, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
  });
}

/** READERS readers, each one request at a time until `end`; every answer or failure recorded. */
async function crowd(agent: http.Agent, url: string, end: number) {
  const readings: Reading[] = [];
  const errorKinds: Record<string, number> = {};
  let errors = 0;
  const fail = (kind: string) => {
    errors++;
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  await Promise.all(
    Array.from({ length: READERS }, async () => {
      while (Date.now() < end) {
        const sentAt = Date.now();
        try {
          const r = await get(agent, url);
          readings.push({
            sentAt,
            ms: Date.now() - sentAt,
            status: r.status,
            mark: Number(MARK.exec(r.body)?.[1] ?? 0),
          });
          if (r.status !== 200) fail(`HTTP ${r.status}`);
        } catch (err) {
          fail((err as NodeJS.ErrnoException).code ?? (err as Error).message);
        }
      }
    }),
  );
  return { readings, errors, errorKinds };
}

/**
 * On PGlite, before the server takes the database: a session cookie for the editor and one for the
 * reviewer, as next-auth signs them (a JWT with the user id and session version), under a secret
 * the server is then started with.
 */
export async function flashSessions(
  database: Database,
  editor: { id: string; email: string },
  reviewer: { id: string; email: string },
) {
  const secret = crypto.randomBytes(32).toString("base64url");
  const cookie = async (u: { id: string; email: string }) => {
    const [row] = await database.query<{ sessionVersion: number }>(
      `SELECT "sessionVersion" FROM "User" WHERE id = $1`,
      [u.id],
    );
    const jwt = await encode({ token: { sub: u.id, email: u.email, sv: row.sessionVersion }, secret, maxAge: 3600 });
    return `next-auth.session-token=${jwt}`;
  };
  return { secret, editorCookie: await cookie(editor), reviewerCookie: await cookie(reviewer) };
}

export async function benchFlash(
  databaseUrl: string,
  slug: string,
  claimIds: string[],
  editor: { id: string; email: string },
  reviewer: { id: string; email: string },
  sessions?: { secret: string; editorCookie: string; reviewerCookie: string },
) {
  const serverEnv: Record<string, string> = sessions ? { NEXTAUTH_SECRET: sessions.secret } : {};
  let server = await startServer(databaseUrl, serverEnv);
  const agent = new http.Agent({ keepAlive: true, maxSockets: READERS });
  try {
    let page: string | undefined;
    for (const id of claimIds)
      if ((await get(agent, `${server.origin}/w/${slug}/claims/${id}`)).status === 200) {
        page = `/w/${slug}/claims/${id}`;
        break;
      }
    if (!page) throw new Error("no published claim page answered 200");
    const claimId = page.split("/").at(-1)!;
    // The static copy, which the server reads from public/ at startup.
    fs.mkdirSync(path.dirname(STATIC_FILE), { recursive: true });
    fs.writeFileSync(STATIC_FILE, (await get(agent, server.origin + page)).body);
    if ((await get(agent, `${server.origin}/_bench/flash.html`)).status !== 200) {
      await server.stop();
      server = await startServer(databaseUrl, serverEnv);
    }
    for (let i = 0; i < 20; i++) await get(agent, server.origin + page); // warm-up
    const staticRun = await crowd(agent, `${server.origin}/_bench/flash.html`, Date.now() + SECONDS * 1000);

    const publisher = spawn(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["--conditions=react-server", path.join(ROOT, "bench/phases/flash-publisher.ts")],
      {
        cwd: ROOT,
        stdio: ["pipe", "pipe", "inherit"],
        env: {
          ...process.env,
          FLASH_PUBLISHER: JSON.stringify({
            url: databaseUrl,
            slug,
            claimId,
            editor,
            reviewer,
            everyMs: EVERY_MS,
            ...(sessions
              ? {
                  api: {
                    origin: server.origin,
                    editorCookie: sessions.editorCookie,
                    reviewerCookie: sessions.reviewerCookie,
                  },
                }
              : {}),
          }),
        },
      },
    );
    const published: number[] = []; // published[n - 1]: when publication n had committed (wall clock)
    const publishMs: number[] = [];
    const lines = readline.createInterface({ input: publisher.stdout! });
    const ready = new Promise<void>((resolve) =>
      lines.on("line", (l) => {
        if (l === "ready") resolve();
        const m = /^published (\d+) (\d+) (\d+)$/.exec(l);
        if (m) {
          published[Number(m[1]) - 1] = Number(m[2]);
          publishMs.push(Number(m[3]));
        }
      }),
    );
    const exited = new Promise<number | null>((resolve) => publisher.on("exit", resolve));
    await ready;
    const t0 = Date.now();
    const end = t0 + SECONDS * 1000;
    publisher.stdin!.write(`go ${t0} ${end}\n`);
    const { readings, errors, errorKinds } = await crowd(agent, server.origin + page, end);
    if ((await exited) !== 0) throw new Error("the flash crowd's publisher failed");
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
    const staticTimes = staticRun.readings.map((r) => r.ms);
    return {
      readers: READERS,
      seconds: SECONDS,
      path: page,
      requests: readings.length,
      requestsPerSec: round(readings.length / ((Date.now() - t0) / 1000), 1),
      p50Ms: round(percentile(times, 50)),
      p95Ms: round(percentile(times, 95)),
      errors,
      errorKinds,
      publications: published.length,
      publishP95Ms: round(percentile(publishMs, 95)),
      staleMaxMs: round(staleMax),
      staleOver1s,
      staticRequestsPerSec: round(staticRun.readings.length / SECONDS, 1),
      staticP95Ms: round(percentile(staticTimes, 95)),
      staticErrors: staticRun.errors,
    };
  } finally {
    agent.destroy();
    await server.stop();
    fs.rmSync(STATIC_FILE, { force: true });
  }
}
