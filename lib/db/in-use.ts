// The error a second opener of the embedded database gets (lib/db/pglite.ts). A module of its own so
// that importing lib/db does not load PGlite: open.ts loads it only when PGlite is the database.
export class DatabaseInUse extends Error {
  constructor(dir: string, pid: string | null) {
    super(
      `the embedded database at ${dir} is in use by ${pid ? `process ${pid}` : "another process"}; ` +
        "stop it first or use the running server",
    );
  }
}
