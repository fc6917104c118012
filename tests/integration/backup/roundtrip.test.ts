import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupWorkspace, readLines, restoreWorkspace } from "@/lib/backup";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/auth/tokens";
import { dismissSuggestion } from "@/lib/claims";
import { addComment } from "@/lib/comments";
import { DEMO_SLUG, DEMO_USERS, seedDemo } from "@/lib/demo";
import type { Db } from "@/lib/db";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { errorOf } from "../../support/errors";

const cli = systemActor("test");

async function backupText(db: Db, actor: Actor = cli, includePasswordHashes = false): Promise<string> {
  let out = "";
  for await (const line of backupWorkspace(db, actor, { workspace: DEMO_SLUG, includePasswordHashes })) out += line;
  return out;
}

/** Row counts of every table, to show a refused restore changed nothing. */
async function tableCounts(db: Db) {
  const [workspaces, users, claims, documents, sources, audit] = await Promise.all([
    db.workspace.count(),
    db.user.count(),
    db.claim.count(),
    db.document.count(),
    db.source.count(),
    db.auditEvent.count(),
  ]);
  return { workspaces, users, claims, documents, sources, audit };
}

const linesOf = (text: string) => text.split("\n");

describe.each(DB_TARGETS)("workspace backup and restore on $name", (target) => {
  let a: TestDatabase;
  let b: TestDatabase;
  let c: TestDatabase;
  let first: string;
  const userActor = async (db: Db, role: string): Promise<Actor> => {
    const u = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.find((d) => d.role === role)!.email } });
    return { kind: "user", userId: u.id, email: u.email };
  };

  beforeAll(async () => {
    [a, b, c] = await Promise.all([createTestDatabase(target), createTestDatabase(target), createTestDatabase(target)]);
    await seedDemo(a.prisma);
    // The demo has no comments, dismissals or tokens: add some so every table is exercised.
    const editor = await userActor(a.prisma, "editor");
    const owner = await userActor(a.prisma, "owner");
    const claim = await a.prisma.claim.findFirstOrThrow({ where: { status: "draft" }, orderBy: { id: "asc" } });
    const parent = await addComment(a.prisma, editor, DEMO_SLUG, claim.id, {
      body: "Is there a second source? @reviewer",
    });
    await addComment(a.prisma, owner, DEMO_SLUG, claim.id, { body: "Webb's series, chapter 2.", parentId: parent.id });
    const doc = await a.prisma.document.findFirstOrThrow({ orderBy: { id: "asc" } });
    await dismissSuggestion(a.prisma, editor, DEMO_SLUG, doc.id, "This sentence is not a claim.");
    await createApiToken(a.prisma, owner, DEMO_SLUG, { name: "newsroom bot", scope: "read", expiresInDays: 30 });
    // A snapshot whose bytes are not text: backups carry them as base64 and restore them exactly.
    const src = await a.prisma.source.findFirstOrThrow({ where: { url: { not: null } }, orderBy: { id: "asc" } });
    await a.prisma.sourceCapture.create({
      data: {
        workspaceId: src.workspaceId,
        sourceId: src.id,
        status: "done",
        requestedUrl: src.url!,
        raw: new Uint8Array([0, 255, 1, 128, 10]),
        sha256: "0".repeat(64),
        text: "snapshot",
        capturedAt: new Date(),
      },
    });
  });
  afterAll(async () => {
    await Promise.all([a?.drop(), b?.drop(), c?.drop()]);
  });

  it("backs up the demo workspace, restores it into a fresh database, and backs up the same bytes again", async () => {
    const t0 = performance.now();
    first = await backupText(a.prisma);
    const t1 = performance.now();
    const summary = await restoreWorkspace(b.prisma, cli, linesOf(first));
    const t2 = performance.now();
    const second = await backupText(b.prisma);
    if (process.env.BACKUP_TIMINGS) {
      console.log(
        `${target.name}: ${summary.records} records, ${(Buffer.byteLength(first) / 1024).toFixed(0)} KiB; backup ${(t1 - t0).toFixed(0)} ms, restore ${(t2 - t1).toFixed(0)} ms`,
      );
    }
    expect(second).toBe(first);

    const lines = linesOf(first.trimEnd()).map(
      (l) => JSON.parse(l) as { type: string; counts?: Record<string, number> },
    );
    expect(lines[0]).toEqual({ type: "corroborate-backup", version: 1, workspace: DEMO_SLUG, passwordHashes: false });
    const trailer = lines.at(-1)!;
    expect(trailer.type).toBe("end");
    expect(trailer.counts).toEqual(summary.counts);
    // Every table of the workspace is in the file.
    for (const [table, n] of Object.entries(summary.counts)) expect(n, table).toBeGreaterThan(0);
    expect(summary.counts).toMatchObject({
      workspace: 1,
      user: 4,
      membership: 4,
      document: 2,
      source: 45,
      claim: 42,
      comment: 2,
    });
    // The restored workspace is usable: relations, current versions and the active scale are set.
    const ws = await b.prisma.workspace.findUniqueOrThrow({
      where: { slug: DEMO_SLUG },
      include: { ratingScale: true },
    });
    expect(ws.ratingScale?.name).toBe("Default");
    const [capture] = await b.prisma.sourceCapture.findMany();
    expect([...capture.raw!]).toEqual([0, 255, 1, 128, 10]);
    expect(await b.prisma.document.count({ where: { currentVersionId: null } })).toBe(0);
    // The generated search columns were computed by the database.
    const [hit] = await b.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Claim" WHERE search @@ websearch_to_tsquery('english', 'cocaine')`,
    );
    expect(hit.n).toBeGreaterThan(0);
  });

  it("refuses to restore into a database that already has the workspace, and changes nothing", async () => {
    const before = await tableCounts(b.prisma);
    const err = await errorOf(restoreWorkspace(b.prisma, cli, linesOf(first)));
    expect(err.code).toBe("conflict");
    expect(err.message).toMatch(/workspace 'demo' already exists/);
    expect(await tableCounts(b.prisma)).toEqual(before);
    expect(await backupText(b.prisma)).toBe(first);
  });

  it("refuses a database where one of the backup's users exists, naming the email, and writes nothing", async () => {
    const email = DEMO_USERS[2].email;
    await c.prisma.user.create({ data: { email, name: "Someone else" } });
    const err = await errorOf(restoreWorkspace(c.prisma, cli, linesOf(first)));
    expect(err.code).toBe("conflict");
    expect(err.message).toContain(email);
    expect(await tableCounts(c.prisma)).toEqual({
      workspaces: 0,
      users: 1,
      claims: 0,
      documents: 0,
      sources: 0,
      audit: 0,
    });
    await c.prisma.user.deleteMany();
  });

  it("refuses a truncated or tampered backup and writes nothing", async () => {
    const empty = { workspaces: 0, users: 0, claims: 0, documents: 0, sources: 0, audit: 0 };
    const cut = first.slice(0, Math.floor(first.length / 2));
    await expect(restoreWorkspace(c.prisma, cli, linesOf(cut))).rejects.toThrow(/not valid JSON \(truncated file\?\)/);
    expect(await tableCounts(c.prisma)).toEqual(empty);

    const all = linesOf(first.trimEnd());
    await expect(restoreWorkspace(c.prisma, cli, all.slice(0, -1))).rejects.toThrow(/without its end trailer/);
    const withoutOneAuditLine = all.filter((l, i) => i !== all.findIndex((x) => x.startsWith(`{"type":"auditEvent"`)));
    await expect(restoreWorkspace(c.prisma, cli, withoutOneAuditLine)).rejects.toThrow(
      /trailer counts \d+ auditEvent rows but the file holds/,
    );
    const withoutASource = all.filter((l) => !l.startsWith(`{"type":"source"`));
    await expect(restoreWorkspace(c.prisma, cli, withoutASource)).rejects.toThrow(
      /points to source .* not in the backup/,
    );
    await expect(restoreWorkspace(c.prisma, cli, all.slice(1))).rejects.toThrow(
      /does not start with a 'corroborate-backup' header/,
    );
    await expect(restoreWorkspace(c.prisma, cli, [])).rejects.toThrow(/empty/);
    expect(await tableCounts(c.prisma)).toEqual(empty);

    // And the intact file restores there, read as a byte stream cut at odd places (mid-line, mid-character).
    const bytes = Buffer.from(first);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 4093) chunks.push(bytes.subarray(i, i + 4093));
    await restoreWorkspace(c.prisma, cli, readLines(Readable.from(chunks)));
    expect(await backupText(c.prisma)).toBe(first);
  });

  it("leaves password hashes out unless asked", async () => {
    expect(first).not.toContain(`"passwordHash"`);
    expect(first).not.toMatch(/\$2[aby]\$/);
    const withHashes = await backupText(a.prisma, cli, true);
    const hashes = (
      await a.prisma.user.findMany({ where: { memberships: { some: { workspace: { slug: DEMO_SLUG } } } } })
    ).map((u) => u.passwordHash!);
    expect(hashes).toHaveLength(4);
    for (const h of hashes) expect(withHashes).toContain(JSON.stringify(h));
    expect(JSON.parse(withHashes.split("\n")[0]).passwordHashes).toBe(true);
  });

  it("ends its read transaction when the reader stops early", async () => {
    for await (const line of backupWorkspace(a.prisma, cli, { workspace: DEMO_SLUG })) {
      expect(line).toMatch(/^\{"type":"corroborate-backup"/);
      break;
    }
    // On PGlite an open transaction would hold the only connection: this would hang.
    expect(await a.prisma.claim.count()).toBe(42);
  });

  it("lets an owner back up, but not an editor (403), and only the CLI restore", async () => {
    const editorErr = await errorOf(backupText(a.prisma, await userActor(a.prisma, "editor")));
    expect(editorErr.status).toBe(403);
    const owner = await userActor(a.prisma, "owner");
    expect(await backupText(a.prisma, owner)).toBe(first);
    const restoreErr = await errorOf(restoreWorkspace(b.prisma, owner, linesOf(first)));
    expect(restoreErr.status).toBe(403);
  });
});
