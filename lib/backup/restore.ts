import "server-only";
// restoreWorkspace: reads a backup (see backup.ts) into a database that has neither the workspace
// nor any of its users, in ONE transaction: a truncated, reordered or inconsistent file, or a
// clash with existing data, rolls everything back and names the problem.
import { Prisma, type Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { actorMay } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { BACKUP_TYPE, BACKUP_VERSION, type BackupHeader } from "./backup";
import { isTable, REFS, tableAccess, TABLES, type Row, type TableName } from "./tables";

export interface RestoreSummary {
  workspace: string;
  counts: Record<TableName, number>;
  records: number;
}

const BATCH = 200;
const isObject = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);
const order = (t: TableName) => TABLES.indexOf(t);

/** Only the CLI (system actor) restores: a backup carries users and memberships of its own. */
export async function restoreWorkspace(
  db: Db,
  actor: Actor,
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<RestoreSummary> {
  if (!actorMay(actor.kind, "backup.restore")) throw new AppError("forbidden", "only the CLI may restore a backup");
  try {
    return await db.$transaction((tx) => new Restore(tx).run(lines), { timeout: 300_000, maxWait: 60_000 });
  } catch (err) {
    if (err instanceof AppError) throw err;
    const message = (err instanceof Error ? err.message : String(err)).trim().split("\n").pop();
    const unique = err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
    throw new AppError(unique ? "conflict" : "unprocessable", `restore failed, nothing was written: ${message}`);
  }
}

class Restore {
  private access;
  private lineNo = 0;
  private header: BackupHeader | null = null;
  private ended = false;
  private table: TableName | null = null;
  private buffer: Row[] = [];
  private seen = new Map<TableName, Set<string>>(TABLES.map((t) => [t, new Set<string>()]));
  private deferredRefs: { line: number; what: string; target: TableName; id: string }[] = [];
  // Circular references (workspace → active scale, document → current version) are set last.
  private finalUpdates: (() => Promise<unknown>)[] = [];

  constructor(private tx: Prisma.TransactionClient) {
    this.access = tableAccess(tx);
  }

  private bad(message: string) {
    return new AppError("unprocessable", `invalid backup, nothing was restored: line ${this.lineNo}: ${message}`);
  }

  async run(chunks: AsyncIterable<string> | Iterable<string>): Promise<RestoreSummary> {
    for await (const chunk of chunks) {
      const parts = chunk.split("\n");
      if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
      for (const part of parts) await this.line(part);
    }
    if (!this.header) throw new AppError("unprocessable", "not a corroborate backup: the file is empty");
    if (!this.ended)
      throw new AppError(
        "unprocessable",
        "the backup ends without its end trailer (truncated file?); nothing was restored",
      );
    for (const r of this.deferredRefs) {
      if (!this.seen.get(r.target)!.has(r.id))
        throw new AppError(
          "unprocessable",
          `invalid backup, nothing was restored: line ${r.line}: ${r.what} ${r.id} is not in the backup`,
        );
    }
    for (const update of this.finalUpdates) await update();
    const counts = Object.fromEntries(TABLES.map((t) => [t, this.seen.get(t)!.size])) as Record<TableName, number>;
    return { workspace: this.header.workspace, counts, records: Object.values(counts).reduce((a, b) => a + b, 0) };
  }

  private async line(raw: string) {
    this.lineNo++;
    const text = raw.trim();
    if (!text) return;
    if (this.ended) throw this.bad("content after the end trailer");
    let rec: unknown;
    try {
      rec = JSON.parse(text);
    } catch {
      throw this.bad("not valid JSON (truncated file?)");
    }
    if (!isObject(rec)) throw this.bad("not a JSON object");
    if (!this.header) return this.start(rec);
    if (rec.type === "end") return this.end(rec);
    return this.row(rec);
  }

  private async start(rec: Row) {
    if (rec.type !== BACKUP_TYPE) throw this.bad(`the file does not start with a '${BACKUP_TYPE}' header`);
    if (rec.version !== BACKUP_VERSION)
      throw this.bad(`backup version ${String(rec.version)} is not supported (expected ${BACKUP_VERSION})`);
    if (typeof rec.workspace !== "string" || !rec.workspace) throw this.bad("the header names no workspace");
    this.header = rec as unknown as BackupHeader;
    if (await this.tx.workspace.findUnique({ where: { slug: rec.workspace }, select: { id: true } })) {
      throw new AppError(
        "conflict",
        `workspace '${rec.workspace}' already exists in this database; restore only into a database without it`,
      );
    }
  }

  private async end(rec: Row) {
    await this.flush();
    this.ended = true;
    const counts = rec.counts;
    if (!isObject(counts)) throw this.bad("the end trailer has no counts");
    for (const t of TABLES) {
      const found = this.seen.get(t)!.size;
      if (counts[t] !== found)
        throw this.bad(`the trailer counts ${String(counts[t])} ${t} rows but the file holds ${found}`);
    }
    const unknown = Object.keys(counts).find((k) => !isTable(k));
    if (unknown) throw this.bad(`the trailer counts an unknown table '${unknown}'`);
  }

  private async row(rec: Row) {
    const { type: table, data } = rec;
    if (!isTable(table)) throw this.bad(`unknown record type '${String(table)}'`);
    if (!isObject(data) || typeof data.id !== "string" || !data.id)
      throw this.bad(`a ${table} record without data or id`);
    if (table === "user" && typeof data.email !== "string") throw this.bad(`user ${data.id} has no email`);
    if (this.table !== table) {
      if (this.table && order(table) < order(this.table))
        throw this.bad(`${table} rows after ${this.table} rows: the tables are out of order`);
      if (!this.table && table !== "workspace") throw this.bad("the first record must be the workspace");
      await this.flush();
      this.table = table;
    }
    if (table === "workspace" && (this.seen.get("workspace")!.size || data.slug !== this.header!.workspace)) {
      throw this.bad(`the workspace record does not match the header's workspace '${this.header!.workspace}'`);
    }
    const ids = this.seen.get(table)!;
    if (ids.has(data.id)) throw this.bad(`${table} ${data.id} appears twice`);
    ids.add(data.id);
    this.checkRefs(table, data);
    this.buffer.push(this.prepare(table, data));
    // Comments reply to comments: kept together and inserted parents first.
    if (this.buffer.length >= BATCH && table !== "comment") await this.flush();
  }

  private checkRefs(table: TableName, data: Row) {
    for (const [field, target] of Object.entries(REFS[table] ?? {})) {
      const value = data[field];
      if (value === null || value === undefined) continue;
      if (typeof value !== "string") throw this.bad(`${table}.${field} is not an id`);
      const what = `${table} ${data.id as string}: ${field} points to ${target}`;
      if (order(target) < order(table)) {
        if (!this.seen.get(target)!.has(value)) throw this.bad(`${what} ${value}, which is not in the backup`);
      } else this.deferredRefs.push({ line: this.lineNo, what, target, id: value });
    }
  }

  /** Row as inserted: circular references cleared (and queued), SQL NULL for empty Json columns. */
  private prepare(table: TableName, data: Row): Row {
    if (table === "workspace" && data.ratingScaleId) {
      const { id, ratingScaleId, updatedAt } = data as { id: string; ratingScaleId: string; updatedAt: string };
      // updatedAt given explicitly, or Prisma's @updatedAt would stamp the time of the restore.
      this.finalUpdates.push(() => this.tx.workspace.update({ where: { id }, data: { ratingScaleId, updatedAt } }));
      return { ...data, ratingScaleId: null };
    }
    if (table === "document" && (data.currentVersionId || data.publishedVersionId)) {
      const { id, currentVersionId, publishedVersionId, updatedAt } = data as {
        id: string;
        currentVersionId: string | null;
        publishedVersionId?: string | null;
        updatedAt: string;
      };
      this.finalUpdates.push(() =>
        this.tx.document.update({
          where: { id },
          data: { currentVersionId, publishedVersionId: publishedVersionId ?? null, updatedAt },
        }),
      );
      return { ...data, currentVersionId: null, publishedVersionId: null };
    }
    if (table === "sourceCapture") {
      if (data.raw !== null && data.raw !== undefined && typeof data.raw !== "string")
        throw this.bad(`sourceCapture ${data.id as string}: raw must be base64 text`);
      return { ...data, raw: typeof data.raw === "string" ? Buffer.from(data.raw, "base64") : null };
    }
    if (table === "auditEvent") {
      return { ...data, before: data.before ?? Prisma.DbNull, after: data.after ?? Prisma.DbNull };
    }
    return data;
  }

  private async flush() {
    if (!this.table || !this.buffer.length) return;
    let rows = this.buffer;
    this.buffer = [];
    if (this.table === "user") await this.refuseExistingUsers(rows);
    if (this.table === "comment") rows = parentsFirst(rows);
    for (let i = 0; i < rows.length; i += BATCH) await this.access[this.table].insert(rows.slice(i, i + BATCH));
  }

  private async refuseExistingUsers(rows: Row[]) {
    const emails = rows.map((r) => r.email as string);
    const clash = await this.tx.user.findFirst({
      where: { OR: [{ email: { in: emails } }, { id: { in: rows.map((r) => r.id as string) } }] },
      select: { email: true },
    });
    if (clash) {
      const email = emails.includes(clash.email) ? clash.email : `${clash.email} (same user id)`;
      throw new AppError(
        "conflict",
        `a user with email ${email} already exists in this database; restore only into a database without the backup's users`,
      );
    }
  }
}

/** Orders comments so that every reply comes after the comment it answers. */
function parentsFirst(rows: Row[]): Row[] {
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  const depth = (r: Row) => {
    let d = 0;
    for (let p = r.parentId as string | null; p && byId.has(p); p = byId.get(p)!.parentId as string | null) {
      if (++d > rows.length)
        throw new AppError(
          "unprocessable",
          `invalid backup, nothing was restored: comment ${r.id as string} replies to itself in a cycle`,
        );
    }
    return d;
  };
  return rows
    .map((r) => ({ r, d: depth(r) }))
    .sort((a, b) => a.d - b.d)
    .map((x) => x.r);
}
