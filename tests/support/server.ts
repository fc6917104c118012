// The production server (what `npm start` runs) for tests that need a real HTTP app: started in its own
// process group (so stopping or kill -9 takes tsx, next and the database with it), on a free port,
// on whatever DATABASE_URL the test names. The benchmark (bench/lib/server.ts) starts its server with these too.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import lockfile from "proper-lockfile";

const ROOT = path.resolve(import.meta.dirname, "../..");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Builds .next once when there is no build. Test files run in parallel and two `next build`s in one
 * directory break each other, so the build runs under a lock; the second file waits, then reuses it. */
export async function ensureBuild(): Promise<void> {
  if (fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) return;
  fs.mkdirSync(path.join(ROOT, ".data"), { recursive: true });
  const release = await lockfile.lock(path.join(ROOT, ".data"), {
    lockfilePath: path.join(ROOT, ".data/next-build.lock"),
    stale: 60_000,
    update: 10_000,
    retries: { retries: 200, minTimeout: 3_000, maxTimeout: 3_000 },
  });
  try {
    if (fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) return;
    const next = path.join(ROOT, "node_modules/.bin/next"); // the package's own bin entry
    const b = spawnSync(process.execPath, [next, "build"], {
      cwd: ROOT,
      stdio: "pipe",
      env: { ...process.env, NODE_ENV: "production" },
    });
    if (b.status !== 0) throw new Error(`next build failed:\n${b.stdout}\n${b.stderr}`.slice(-4000));
  } finally {
    await release();
  }
}

export interface Server {
  child: ChildProcess;
  origin: string;
  log: string[];
}

export function startServer(port: number, env: Record<string, string>): Server {
  const origin = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  // What `npm start` runs (package.json), without npm's own start-up in front of it.
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "bin/start.ts"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    // `env` may override PUBLIC_URL/NEXTAUTH_URL ("" = unset: the request's host).
    env: {
      ...process.env,
      NEXTAUTH_SECRET: "reliability-test-secret-0123456789abcdef",
      PUBLIC_URL: origin,
      NEXTAUTH_URL: origin,
      ...env,
      PORT: String(port),
      NODE_ENV: "production",
    },
  });
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString().split("\n").filter(Boolean));
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return { child, origin, log };
}

export async function waitReady(s: Server, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (s.child.exitCode !== null)
      throw new Error(`the server exited (${s.child.exitCode}):\n${s.log.slice(-30).join("\n")}`);
    try {
      const res = await fetch(`${s.origin}/robots.txt`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  throw new Error(`the server was not ready in time:\n${s.log.slice(-30).join("\n")}`);
}

const signalGroup = (s: Server, sig: NodeJS.Signals) => {
  try {
    process.kill(-s.child.pid!, sig);
  } catch {
    /* already gone */
  }
};

/** kill -9 of the whole process group, returning once every process in it has gone. */
export async function killServer(s: Server): Promise<void> {
  if (s.child.exitCode !== null || s.child.signalCode !== null || !s.child.pid) return;
  const exited = new Promise<void>((r) => s.child.once("exit", () => r()));
  signalGroup(s, "SIGKILL");
  await exited;
  // The group's other members die with the signal; wait until none is left.
  for (let i = 0; i < 100 && groupAlive(s.child.pid); i++) await sleep(50);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function stopServer(s: Server): Promise<void> {
  if (s.child.exitCode !== null || s.child.signalCode !== null || !s.child.pid) return;
  const exited = new Promise<void>((r) => s.child.once("exit", () => r()));
  signalGroup(s, "SIGTERM");
  const pgid = s.child.pid;
  // tsx exits first; the server (and its database lock) is gone only when the whole group is.
  const gone = exited.then(async () => {
    for (let i = 0; i < 300 && groupAlive(pgid); i++) await sleep(50);
    return !groupAlive(pgid);
  });
  if (await Promise.race([gone, sleep(15_000).then(() => false)])) return;
  signalGroup(s, "SIGKILL");
  for (let i = 0; i < 100 && groupAlive(pgid); i++) await sleep(50);
}
