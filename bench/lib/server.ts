// The production server (`npm start` → `next start`) as a child process group, for the HTTP
// figures: started on a given database and port, awaited until it answers, stopped with its
// children (tsx, next and, on the embedded database, PGlite inside next).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
// One free-port helper for the benchmark and the reliability tests.
import { freePort } from "../../tests/support/server";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Server {
  origin: string;
  child: ChildProcess;
  log: string[];
  stop(): Promise<void>;
}

export async function startServer(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  const child = spawn("npm", ["start"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), PUBLIC_URL: origin, NEXTAUTH_URL: origin, NODE_ENV: "production",
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-only-secret-bench-only-secret", DEMO: "0", API_RATE_LIMIT_PER_MINUTE: "1000000000", ...extraEnv,
    },
  });
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString().split("\n").filter(Boolean));
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const server = { origin, child, log, stop: () => stopServer(child) };
  try {
    await waitReady(server);
  } catch (err) {
    await server.stop();
    throw err;
  }
  return server;
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const group = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* already gone */
    }
  };
  group("SIGTERM");
  if (await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)])) return;
  group("SIGKILL");
  await Promise.race([exited, sleep(5_000)]);
}

async function waitReady({ child, origin, log }: Server) {
  const deadline = Date.now() + 20 * 60_000; // a missing build is made first
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${log.slice(-30).join("\n")}`);
    try {
      const res = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(500);
  }
  throw new Error(`the server was not ready in time:\n${log.slice(-30).join("\n")}`);
}
