import "server-only";
// backupWorkspace: the whole workspace as NDJSON — a header, one line per row (tables in restore
// order, rows by id), and an `end` trailer with counts so a cut-off file is recognised. Nothing in
// it depends on when it was taken: backing up the same data twice gives the same bytes.
import type { Db } from "@/lib/db";
import { authorize } from "@/lib/auth/access";
import type { Actor } from "@/lib/auth/actor";
import { snapshotStream } from "./snapshot";
import { byId, scopeWhere, tableAccess, TABLES, type TableName } from "./tables";

export const BACKUP_TYPE = "corroborate-backup";
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  type: typeof BACKUP_TYPE;
  version: typeof BACKUP_VERSION;
  workspace: string;
  passwordHashes: boolean;
}
export interface BackupTrailer {
  type: "end";
  counts: Record<TableName, number>;
}

export interface BackupOptions {
  workspace: string;
  /** Off by default: a backup file then holds no credential at all (API tokens are hashes either way). */
  includePasswordHashes?: boolean;
}

const CHUNK = 500;

/** Yields the backup a line at a time, each ending in "\n". Only the CLI or an owner may take one. */
export async function* backupWorkspace(db: Db, actor: Actor, opts: BackupOptions): AsyncGenerator<string> {
  const { workspace } = await authorize(db, actor, opts.workspace, "workspace.manage");
  const withHashes = opts.includePasswordHashes === true;
  yield* snapshotStream(db, async (tx, emit) => {
    const header: BackupHeader = {
      type: BACKUP_TYPE,
      version: BACKUP_VERSION,
      workspace: workspace.slug,
      passwordHashes: withHashes,
    };
    await emit(JSON.stringify(header) + "\n");
    const access = tableAccess(tx);
    const counts = {} as Record<TableName, number>;
    for (const table of TABLES) {
      // Ids first, sorted here rather than by the database, whose text collation may differ.
      const ids = (await access[table].find({ where: scopeWhere(table, workspace.id), select: { id: true } }))
        .map((r) => r.id as string)
        .sort();
      // changeSeq only retires cached public pages (lib/publishing/cache.ts): not data to carry over.
      const omit =
        table === "user" && !withHashes
          ? { passwordHash: true }
          : table === "workspace"
            ? { changeSeq: true }
            : undefined;
      for (let i = 0; i < ids.length; i += CHUNK) {
        const rows = await access[table].find({
          where: { id: { in: ids.slice(i, i + CHUNK) } },
          ...(omit && { omit }),
        });
        // Dates become ISO strings through JSON.stringify; Json columns stay as stored.
        // A capture's raw bytes travel as base64 (JSON has no bytes).
        for (const row of rows.sort(byId))
          await emit(
            JSON.stringify({
              type: table,
              data: row.raw instanceof Uint8Array ? { ...row, raw: Buffer.from(row.raw).toString("base64") } : row,
            }) + "\n",
          );
      }
      counts[table] = ids.length;
    }
    const trailer: BackupTrailer = { type: "end", counts };
    await emit(JSON.stringify(trailer) + "\n");
  });
}
