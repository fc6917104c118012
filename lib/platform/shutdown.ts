import "server-only";
// Graceful stop for the app server. Under bin/serve.ts (what `npm start` runs) the server drains
// in-flight requests on SIGTERM, closes the database and exits. Under a bare `next start`, Next
// closes its HTTP server and calls process.exit; the database has to close in between (PGlite
// flushes and releases its data-directory lock; PostgreSQL's pool ends its connections), so
// closing it is chained in front of that exit.
import { closeDatabase } from "@/lib/db/server";
import { log } from "./log";

let installed = false;

export function installGracefulShutdown(): void {
  if (installed) return;
  installed = true;
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      stopping = true;
      // With NEXT_MANUAL_SIG_HANDLE nobody else exits on the signal: do it here.
      if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(signal === "SIGTERM" ? 143 : 130);
    });
  }
  const exit = process.exit.bind(process);
  process.exit = ((code?: number) => {
    if (!stopping) return exit(code);
    closeDatabase()
      .catch((err: Error) => log.error({ err }, "database close failed"))
      .finally(() => exit(code));
    return undefined as never;
  }) as typeof process.exit;
}
