// The production server `npm start` runs (bin/start.ts spawns it after migrations): Next's request
// handler inside our own HTTP server (lib/platform/http-server.ts). On SIGTERM/SIGINT: stop taking
// connections, /api/ready answers 503, in-flight requests finish (up to SHUTDOWN_GRACE_MS), then the
// database closes and the process exits 0.
import util from "node:util";
import next from "next";
import { createAppServer, shutdownGraceMs } from "@/lib/platform/http-server";
import { log } from "@/lib/platform/log";
import { databaseHandle } from "@/lib/platform/process-shared";
import { createPageCache } from "@/lib/publishing/page-cache";

// Next and libraries print through console; route that into the JSON log so stdout stays JSON lines.
console.log = console.info = (...args: unknown[]) => log.info(util.format(...args));
console.debug = (...args: unknown[]) => log.debug(util.format(...args));
console.warn = (...args: unknown[]) => log.warn(util.format(...args));
console.error = (...args: unknown[]) => {
  const err = args.find((a) => a instanceof Error);
  log.error(err ? { err } : {}, util.format(...args.filter((a) => a !== err)) || (err as Error).message);
};

const port = Number(process.env.PORT || 3000);
const app = next({ dev: false, port, dir: process.cwd() });

/** The app's one database handle (lib/db/server.ts), which the Next bundle opened in this process. */
async function closeDatabase(): Promise<void> {
  const handle = databaseHandle();
  const opened = handle.opened;
  handle.opened = undefined;
  if (opened) await (await opened).close();
}

async function main() {
  await app.prepare();
  const handle = app.getRequestHandler();
  // Public pages come from the page cache while their workspace is unchanged; the rest from Next.
  const pages = createPageCache({ port });
  const { server, drain, draining } = createAppServer(async (req, res) => {
    if (!(await pages.handle(req, res))) await handle(req, res);
  });
  server.listen(port, () => log.info({ port }, "listening"));
  server.on("error", (err) => {
    log.fatal({ err }, "server error");
    process.exit(1);
  });
  const stop = async (signal: NodeJS.Signals) => {
    if (draining()) return;
    const graceMs = shutdownGraceMs();
    log.info({ signal, grace_ms: graceMs }, "shutting down: finishing in-flight requests");
    const { forced } = await drain(graceMs);
    try {
      await closeDatabase();
      log.info({ forced }, "stopped: database closed");
    } catch (err) {
      log.error({ err }, "database close failed");
    }
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((err: unknown) => {
  log.fatal({ err }, "server failed to start");
  process.exit(1);
});
