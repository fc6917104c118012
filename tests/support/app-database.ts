// The app's database handle (lib/db/server.ts) in tests. A test that runs route handlers, server
// actions or next-auth's callbacks mocks that module with this one and names its test database:
//   vi.mock("@/lib/db/server", () => import("../support/app-database"));
//   useAppDatabase(t);
import type { Database } from "@/lib/db";

let current: Promise<Database> | undefined;

/** What getDb()/getDatabase() answer from now on (a rejected promise: a database that cannot open). */
export function useAppDatabase(database: Database | Promise<Database> | undefined): void {
  current = database === undefined ? undefined : Promise.resolve(database);
  current?.catch(() => undefined); // a rejection is for the code under test to see, not unhandled
}

export function getDatabase(): Promise<Database> {
  if (!current) throw new Error("no app database in this test: call useAppDatabase(t) first");
  return current;
}

export async function getDb() {
  return (await getDatabase()).prisma;
}

export async function closeDatabase(): Promise<void> {
  current = undefined;
}
