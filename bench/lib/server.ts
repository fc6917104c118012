// The production server for the HTTP figures, started as the reliability tests start it
// (tests/support/server.ts: build once when missing, `npm start`'s entry in its own process group,
// stopped with all its children), on the benchmark's database, with rate limits out of the way.
import path from "node:path";
import { ensureBuild, freePort, startServer as spawnServer, stopServer, waitReady } from "../../tests/support/server";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Server {
  origin: string;
  stop(): Promise<void>;
}

/** `env`: more of the server's environment (the flash crowd's session secret on PGlite). */
export async function startServer(databaseUrl: string, env: Record<string, string> = {}): Promise<Server> {
  await ensureBuild();
  const s = spawnServer(await freePort(), {
    DATABASE_URL: databaseUrl,
    DEMO: "0",
    API_RATE_LIMIT_PER_MINUTE: "1000000000",
    ...(process.env.NEXTAUTH_SECRET ? { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET } : {}),
    ...env,
  });
  try {
    await waitReady(s, 10 * 60_000); // migrations and ANALYZE of a large embedded database come first
  } catch (err) {
    await stopServer(s);
    throw err;
  }
  return { origin: s.origin, stop: () => stopServer(s) };
}
