// `npm start`: the one-line start. Checks configuration, applies migrations, seeds the demo
// workspace into an empty embedded database (or with DEMO=1), builds when there is no build,
// then serves.
// `--dev` runs `next dev` instead of building. The database is closed (and its lock released)
// before the server opens it. Production serves through bin/serve.ts (JSON logs, graceful drain).
// stdout carries JSON log lines only; the build's output and the start banner go to stderr.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openDatabase, parseDatabaseUrl } from "@/lib/db";
import { assertEnv } from "@/lib/env";
import { startBanner } from "@/lib/platform/banner";
import { log } from "@/lib/platform/log";
import { authOriginEnv } from "@/lib/platform/origin";
import { demoWanted, firstOwnerHint, prepareDatabase } from "@/lib/platform/prepare";

const dev = process.argv.includes("--dev");
const env = { ...process.env };
const target = parseDatabaseUrlOrExit(env.DATABASE_URL);
const embedded = target.kind !== "postgres";

// On the embedded database the one-line start is a local demo: keep a generated session
// secret beside the data so sessions survive restarts. Teams on PostgreSQL set their own.
if (embedded && !env.NEXTAUTH_SECRET) {
  const file = path.resolve(".data/nextauth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}
env.DEMO = demoWanted(env, target) ? "1" : "0";
env.PORT ||= "3000";
env.CORROBORATE_SERVER = "1";
// With PUBLIC_URL unset, sign-in and sign-out stay on whatever host the browser used.
Object.assign(env, authOriginEnv(env));
assertEnv({ ...env, NODE_ENV: dev ? "development" : "production" });

function parseDatabaseUrlOrExit(url: string | undefined) {
  try {
    return parseDatabaseUrl(url);
  } catch (err) {
    console.error(`corroborate: invalid configuration: ${(err as Error).message}`);
    process.exit(1);
  }
}
// The server's own log (stdout) from here on; configuration errors above stay one human line.
process.env.CORROBORATE_SERVER = "1";

async function prepare(): Promise<{ demo: boolean }> {
  const t0 = Date.now();
  const database = await openDatabase(env.DATABASE_URL);
  try {
    const { applied, seeded, users, demo } = await prepareDatabase(database, { demo: env.DEMO === "1" });
    if (applied.length) log.info({ migrations: applied }, `migrations applied: ${applied.join(", ")}`);
    if (seeded) log.info("empty database: seeded the demo workspace");
    if (users === 0) log.warn(firstOwnerHint());
    // PGlite runs no autovacuum, so the planner's statistics stay empty unless someone asks.
    if (applied.length || target.kind !== "postgres") await database.exec("ANALYZE");
    log.info({ database: target.kind, duration_ms: Date.now() - t0 }, "database ready");
    return { demo };
  } finally {
    await database.close();
  }
}

/** Prints the banner once the server answers /api/health; gives up quietly if it never does. */
async function bannerWhenReady(demo: boolean, child: ReturnType<typeof spawn>) {
  const url = `http://127.0.0.1:${env.PORT}/api/health`;
  for (let i = 0; i < 600 && child.exitCode === null; i++) {
    try {
      if ((await fetch(url)).ok) {
        console.error(startBanner({ port: env.PORT!, publicUrl: process.env.PUBLIC_URL, target, demo }));
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

const next = path.resolve("node_modules/next/dist/bin/next");

async function main() {
  const { demo } = await prepare();
  // The sign-in page lists demo accounts only when they exist.
  if (!demo) env.DEMO = "0";
  if (!dev && !fs.existsSync(path.resolve(".next/BUILD_ID"))) {
    log.info("no build found: running next build");
    const b = spawnSync(process.execPath, [next, "build"], {
      stdio: ["inherit", process.stderr, "inherit"],
      env: { ...env, NODE_ENV: "production" },
    });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  // Plain tsx (no react-server condition): Next's own React must resolve as usual in the server.
  const args = dev ? [next, "dev", "-p", env.PORT!] : ["--import", "tsx", path.resolve("bin/serve.ts")];
  const child = spawn(process.execPath, args, {
    stdio: "inherit",
    env: { ...env, NODE_ENV: dev ? "development" : "production" },
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + (signal === "SIGTERM" ? 15 : 2) : 0)));
  void bannerWhenReady(demo, child);
}

main().catch((err) => {
  log.fatal({ err }, `corroborate: ${(err as Error).message}`);
  process.exit(1);
});
