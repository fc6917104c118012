// Opens the embedded PGlite database. PGlite takes no lock on its data directory, and two
// processes on one directory silently overwrite each other (DESIGN.md, Known facts), so every
// opener holds an exclusive lock for as long as the database is open.
import fs from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export class DatabaseInUse extends Error {
  constructor(dir: string, pid: string | null) {
    super(
      `the embedded database at ${dir} is in use by ${pid ? `process ${pid}` : "another process"}; ` +
        "stop it first or use the running server",
    );
  }
}

export interface OpenedPglite {
  client: PGlite;
  close: () => Promise<void>;
}

export async function openPglite(dir: string | null): Promise<OpenedPglite> {
  if (dir === null) {
    const client = await PGlite.create({ extensions: { pg_trgm } });
    return { client, close: () => client.close() };
  }
  fs.mkdirSync(dir, { recursive: true });
  const pidFile = `${dir}.pid`;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, { lockfilePath: `${dir}.lock`, stale: 15_000, update: 5_000 });
  } catch (err) {
    if ((err as { code?: string }).code === "ELOCKED") {
      const pid = fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8").trim() : null;
      throw new DatabaseInUse(path.relative(process.cwd(), dir) || dir, pid);
    }
    throw err;
  }
  fs.writeFileSync(pidFile, String(process.pid));
  try {
    const client = await PGlite.create(dir, { extensions: { pg_trgm } });
    let closed = false;
    return {
      client,
      close: async () => {
        if (closed) return;
        closed = true;
        await client.close();
        fs.rmSync(pidFile, { force: true });
        await release();
      },
    };
  } catch (err) {
    await release();
    throw err;
  }
}
