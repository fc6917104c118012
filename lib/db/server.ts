import "server-only";
// The app server's one database handle, opened on first use (never during `next build`).
import { openDatabase, type Database } from "./open";

const globalForDb = globalThis as unknown as { __corroborateDb?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  globalForDb.__corroborateDb ??= openDatabase(process.env.DATABASE_URL);
  return globalForDb.__corroborateDb;
}

export async function getDb() {
  return (await getDatabase()).prisma;
}

/** Closes the handle if one was opened (graceful shutdown); later calls are no-ops. */
export async function closeDatabase(): Promise<void> {
  const opened = globalForDb.__corroborateDb;
  if (!opened) return;
  globalForDb.__corroborateDb = undefined;
  await (await opened).close();
}
