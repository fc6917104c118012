// Opens the embedded PGlite database. PGlite takes no lock on its data directory, and two
// processes on one directory silently overwrite each other (docs/ARCHITECTURE.md, Contracts), so every
// opener holds an exclusive lock for as long as the database is open.
import fs from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { DatabaseInUse } from "./in-use";

export { DatabaseInUse };

const LOCK = { stale: 15_000, update: 5_000 };
const readPid = (pidFile: string) => (fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8").trim() || null : null);

/** Whether a process is running (a zombie, killed but not yet reaped, is not). */
function isRunning(pid: string): boolean {
  try {
    process.kill(Number(pid), 0);
  } catch (err) {
    return (err as { code?: string }).code === "EPERM";
  }
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

async function acquireLock(dir: string, pidFile: string, tookOver = false): Promise<() => Promise<void>> {
  const lockfilePath = `${dir}.lock`;
  try {
    return await lockfile.lock(dir, { lockfilePath, ...LOCK });
  } catch (err) {
    if ((err as { code?: string }).code !== "ELOCKED") throw err;
    const pid = readPid(pidFile);
    // A holder killed with kill -9 (or a crash) leaves a fresh-looking lock behind, which would block
    // every restart until it goes stale. Its pid file names a dead process: take the lock over. The
    // second look covers a new holder that has just taken the lock and not yet written its pid.
    if (pid && !tookOver && !isRunning(pid)) {
      await new Promise((r) => setTimeout(r, 200));
      if (readPid(pidFile) === pid) {
        fs.rmSync(lockfilePath, { recursive: true, force: true });
        return acquireLock(dir, pidFile, true);
      }
    }
    throw new DatabaseInUse(path.relative(process.cwd(), dir) || dir, readPid(pidFile));
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
  const release = await acquireLock(dir, pidFile);
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
