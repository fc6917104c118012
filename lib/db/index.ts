export { openDatabase, type Database, type Db } from "./open";
// Migrations (lib/db/migrate) are imported directly by the CLI and tests: the app server never runs them.
export { getDb, getDatabase } from "./server";
export { parseDatabaseUrl, InvalidDatabaseUrl, type DatabaseTarget } from "./url";
export { DatabaseInUse } from "./in-use";
export { Prisma } from "./generated/client";
export type * from "./generated/client";
export { readRows } from "./rows";
