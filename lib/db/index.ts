export { openDatabase, type Database, type Db } from "./open";
export { migrate, resetSchema, listMigrations } from "./migrate";
export { getDb, getDatabase } from "./server";
export { parseDatabaseUrl, InvalidDatabaseUrl, type DatabaseTarget } from "./url";
export { DatabaseInUse } from "./pglite";
export { Prisma } from "./generated/client";
export type * from "./generated/client";
