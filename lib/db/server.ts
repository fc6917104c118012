import "server-only";
// The app server's one database handle, opened on first use (never during `next build`), shared by
// every bundle in the process (lib/platform/process-shared.ts). Tests hand route handlers and server
// actions their database by mocking this module (tests/support/app-database.ts).
import { databaseHandle } from "@/lib/platform/process-shared";
import { openDatabase, type Database } from "./open";

const handle = databaseHandle<Database>();

export function getDatabase(): Promise<Database> {
  handle.opened ??= openDatabase(process.env.DATABASE_URL);
  return handle.opened;
}

export async function getDb() {
  return (await getDatabase()).prisma;
}

/** Closes the handle if one was opened (graceful shutdown); later calls are no-ops. */
export async function closeDatabase(): Promise<void> {
  const opened = handle.opened;
  if (!opened) return;
  handle.opened = undefined;
  await (await opened).close();
}
