// Exports after deletes, on both databases: nothing in the trash is exported (full or public, in
// every format), and the Data Package's foreign keys still all resolve — a published claim of a
// deleted document is exported without its document.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, systemActor } from "@/lib/auth/actor";
import { deleteComment } from "@/lib/comments";
import { deleteClaim, deleteDocument, deleteSource } from "@/lib/trash";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { buildNewsroom, type Newsroom } from "../exports/fixture";
import { checkTables, readPackage, validatePackage } from "../exports/frictionless";
import { runExport } from "../exports/read";

const FORMATS = [
  { format: "json" },
  { format: "ndjson" },
  { format: "csv", entity: "claims" },
  { format: "csv", entity: "documents" },
  { format: "csv", entity: "sources" },
  { format: "csv", entity: "citations" },
  { format: "csv", entity: "relations" },
  { format: "claimreview" },
  { format: "annotations" },
  { format: "datapackage" },
];

describe.each(DB_TARGETS)("exports after deletes on $name", (target) => {
  let t: TestDatabase;
  let n: Newsroom;
  let deleted: string[];
  beforeAll(async () => {
    t = await createTestDatabase(target);
    n = await buildNewsroom(t.prisma);
    const ed = n.editor.actor;
    // docB takes its draft claim along; then nothing uses the draft's source.
    await deleteDocument(t.prisma, ed, n.ws.slug, { id: n.docB.id });
    await deleteSource(t.prisma, ed, n.ws.slug, { id: n.sources.hidden.id });
    await deleteClaim(t.prisma, ed, n.ws.slug, { id: n.claims.inReview.id });
    // docA still has published claims: they stay, without their document.
    await deleteDocument(t.prisma, ed, n.ws.slug, { id: n.docA.id });
    const comment = await t.prisma.comment.findFirstOrThrow({ where: { claimId: n.claims.c1.id } });
    await deleteComment(t.prisma, ed, n.ws.slug, comment.id);
    deleted = [n.docA.id, n.docB.id, n.sources.hidden.id, n.claims.draft.id, n.claims.inReview.id, comment.id];
  });
  afterAll(async () => t?.drop());

  it.each(FORMATS)("full and public $format $entity hold nothing deleted", async (run) => {
    for (const actor of [systemActor("cli"), anonymous]) {
      const out = await runExport(t.prisma, actor, { workspace: n.ws.slug, ...run });
      for (const id of deleted) expect(out.text, `exported deleted ${id}`).not.toContain(id);
      expect(out.text).not.toContain("COMMENT-SECRET");
      expect(out.text).not.toContain("DRAFT-SECRET");
    }
  });

  it("the full Data Package is valid and its foreign keys all resolve", async () => {
    const out = await runExport(t.prisma, systemActor("cli"), { workspace: n.ws.slug, format: "datapackage" });
    const { descriptor, tables } = await readPackage(out);
    expect(validatePackage(descriptor), JSON.stringify(validatePackage.errors)).toBe(true);
    expect(checkTables(descriptor, tables)).toBeGreaterThan(0);
    expect(tables.get("documents")).toEqual([]);
    expect(tables.get("comments")).toEqual([]);
    const claims = tables.get("claims")!;
    expect(claims.map((c) => c.id).sort()).toEqual([...n.publicClaimIds].sort());
    expect(claims.every((c) => c.documentId === "")).toBe(true);
    expect(tables.get("sources")!.map((s) => s.id)).not.toContain(n.sources.hidden.id);
  });

  it("the public Data Package is valid and its foreign keys all resolve", async () => {
    const out = await runExport(t.prisma, anonymous, { workspace: n.ws.slug, format: "datapackage" });
    const { descriptor, tables } = await readPackage(out);
    expect(validatePackage(descriptor), JSON.stringify(validatePackage.errors)).toBe(true);
    checkTables(descriptor, tables);
    expect(tables.get("documents")).toEqual([]);
    expect(
      tables
        .get("claims")!
        .map((c) => c.id)
        .sort(),
    ).toEqual([...n.publicClaimIds].sort());
  });
});
