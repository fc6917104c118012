// Backups keep what is in the trash (deletedAt, deletedById), so a restored workspace has the same
// trash and its records can still be restored from it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupWorkspace, restoreWorkspace } from "@/lib/backup";
import { systemActor } from "@/lib/auth/actor";
import { deleteClaim, deleteDocument, listTrash, restoreRecord } from "@/lib/trash";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { buildNewsroom } from "../exports/fixture";

const cli = systemActor("test");

describe.each(DB_TARGETS)("the trash in a backup on $name", (target) => {
  let a: TestDatabase;
  let b: TestDatabase;
  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase(target), createTestDatabase(target)]);
  });
  afterAll(async () => Promise.all([a?.drop(), b?.drop()]));

  it("round-trips deleted records with who deleted them and when", async () => {
    const n = await buildNewsroom(a.prisma);
    await deleteClaim(a.prisma, n.editor.actor, n.ws.slug, { id: n.claims.inReview.id });
    await deleteDocument(a.prisma, n.editor.actor, n.ws.slug, { id: n.docB.id });
    const before = await listTrash(a.prisma, cli, n.ws.slug);
    expect(before).toHaveLength(3);

    let text = "";
    for await (const line of backupWorkspace(a.prisma, cli, { workspace: n.ws.slug })) text += line;
    await restoreWorkspace(b.prisma, cli, text.split("\n"));

    const after = await listTrash(b.prisma, cli, n.ws.slug);
    expect(after.map(({ type, id, deletedAt, deletedById }) => ({ type, id, deletedAt, deletedById }))).toEqual(
      before.map(({ type, id, deletedAt, deletedById }) => ({ type, id, deletedAt, deletedById })),
    );
    await restoreRecord(b.prisma, cli, n.ws.slug, { type: "document", id: n.docB.id });
    expect(await b.prisma.claim.findUniqueOrThrow({ where: { id: n.claims.draft.id } })).toMatchObject({
      deletedAt: null,
    });
  });
});
