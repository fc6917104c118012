// Editing records (issue 15): a document's title and publication metadata, a claimant's details
// with an optional Wikidata item. Stale versions are a 409; bad input names the field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createClaimant, updateClaimant } from "@/lib/claims";
import { importDocument, updateDocumentMetadata } from "@/lib/documents";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser } from "../../support/factories";
import { buildNewsroom } from "../exports/fixture";
import { runExport } from "../exports/read";

const fieldsOf = (err: unknown) => (err as ZodError).issues.map((i) => i.path.join("."));

describe.each(DB_TARGETS)("editing documents and claimants on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("a new import's title comes from the document, the file name only when it states none", async () => {
    const n = await buildNewsroom(t.prisma);
    const md = await importDocument(t.prisma, n.editor.actor, {
      workspace: n.ws.slug,
      text: "# Big Magic and the Creative Life\n\nGilbert says fear is boring.",
      fileName: "elizabeth-gilbert.md",
    });
    const plain = await importDocument(t.prisma, n.editor.actor, {
      workspace: n.ws.slug,
      text: "fear is boring, she said.",
      fileName: "elizabeth-gilbert-notes.txt",
    });
    const titles = await t.prisma.document.findMany({
      where: { id: { in: [md.documentId!, plain.documentId!] } },
      select: { id: true, title: true },
    });
    expect(titles.find((d) => d.id === md.documentId)!.title).toBe("Big Magic and the Creative Life");
    expect(titles.find((d) => d.id === plain.documentId)!.title).toBe("elizabeth-gilbert-notes");
  });

  it("renames a document and sets its metadata; the original URL becomes the ClaimReview appearance and annotation source", async () => {
    const n = await buildNewsroom(t.prisma);
    const doc = await t.prisma.document.findUniqueOrThrow({ where: { id: n.docA.id } });
    const contributor = await makeUser(t.prisma, { workspaceId: n.ws.id, role: "contributor" });
    const after = await updateDocumentMetadata(t.prisma, contributor.actor, n.ws.slug, doc.id, {
      version: doc.version,
      title: "  The CIA and drug trafficking  ",
      originalUrl: "https://en.wikipedia.org/wiki/CIA_involvement_in_Contra_cocaine_trafficking",
      author: "Wikipedia contributors",
      publisher: "Wikipedia",
      publishedAt: "2024-03",
      language: "en",
      licence: "CC BY-SA 4.0",
    });
    expect(after).toMatchObject({
      title: "The CIA and drug trafficking",
      datePublished: "2024-03",
      language: "en",
      version: doc.version + 1,
    });
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "document.update", entityId: doc.id },
    });
    expect(audit.before).toMatchObject({ title: "Findings", originalUrl: null });

    const reviews = await runExport(t.prisma, n.editor.actor, { workspace: n.ws.slug, format: "claimreview" });
    expect(reviews.text).toContain(
      '"url":"https://en.wikipedia.org/wiki/CIA_involvement_in_Contra_cocaine_trafficking"',
    );
    const annotations = await runExport(t.prisma, n.editor.actor, { workspace: n.ws.slug, format: "annotations" });
    expect(annotations.text).toContain(
      '"source":"https://en.wikipedia.org/wiki/CIA_involvement_in_Contra_cocaine_trafficking"',
    );

    // Clearing a field: "" and null both clear it.
    const cleared = await updateDocumentMetadata(t.prisma, n.editor.actor, n.ws.slug, doc.id, {
      version: after.version,
      author: "",
      licence: null,
    });
    expect([cleared.author, cleared.licence, cleared.publisher]).toEqual([null, null, "Wikipedia"]);

    // A stale version is a 409 carrying the current metadata; nothing changes.
    await expect(
      updateDocumentMetadata(t.prisma, n.editor.actor, n.ws.slug, doc.id, { version: doc.version, title: "Old tab" }),
    ).rejects.toMatchObject({ code: "conflict", details: { current: { title: "The CIA and drug trafficking" } } });
    // Another document's title is taken.
    await expect(
      updateDocumentMetadata(t.prisma, n.editor.actor, n.ws.slug, doc.id, {
        version: cleared.version,
        title: n.docB.title,
      }),
    ).rejects.toMatchObject({ code: "conflict", details: { field: "title" } });
    // Reviewers may not edit documents; another workspace's document is a 404.
    await expect(
      updateDocumentMetadata(t.prisma, n.reviewer.actor, n.ws.slug, doc.id, { version: cleared.version, author: "x" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const other = await buildNewsroom(t.prisma);
    await expect(
      updateDocumentMetadata(t.prisma, other.editor.actor, other.ws.slug, doc.id, { version: cleared.version }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses bad document metadata, naming each field", async () => {
    const n = await buildNewsroom(t.prisma);
    const err = await updateDocumentMetadata(t.prisma, n.editor.actor, n.ws.slug, n.docA.id, {
      version: 1,
      title: " ",
      originalUrl: "javascript:alert(1)",
      datePublished: "last spring",
      language: "english please",
      surprise: true,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZodError);
    expect(fieldsOf(err)).toEqual(expect.arrayContaining(["title", "originalUrl", "datePublished", "language", ""]));
    await expect(
      updateDocumentMetadata(t.prisma, n.editor.actor, n.ws.slug, n.docA.id, { title: "No version" }),
    ).rejects.toBeInstanceOf(ZodError);
  });

  it("edits a claimant: name, kind, description, aliases and a validated Wikidata item", async () => {
    const n = await buildNewsroom(t.prisma);
    const c = await createClaimant(t.prisma, n.editor.actor, n.ws.slug, { name: "Gary Web" });
    const contributor = await makeUser(t.prisma, { workspaceId: n.ws.id, role: "contributor" });
    const after = await updateClaimant(t.prisma, contributor.actor, n.ws.slug, c.id, {
      version: c.version,
      name: "Gary Webb",
      kind: "person",
      description: "Journalist, author of Dark Alliance.",
      aliases: ["Gary Stephen Webb"],
      wikidataId: "https://www.wikidata.org/wiki/q1494735",
    });
    expect(after).toMatchObject({ name: "Gary Webb", wikidataId: "Q1494735", aliases: ["Gary Stephen Webb"] });
    expect(
      await t.prisma.auditEvent.count({ where: { action: "claimant.update", entityId: c.id, workspaceId: n.ws.id } }),
    ).toBe(1);
    for (const bad of ["Q0", "P31", "Q12x", "42"]) {
      const err = await updateClaimant(t.prisma, n.editor.actor, n.ws.slug, c.id, {
        version: after.version,
        wikidataId: bad,
      }).catch((e: unknown) => e);
      expect(fieldsOf(err), bad).toEqual(["wikidataId"]);
    }
    const cleared = await updateClaimant(t.prisma, n.editor.actor, n.ws.slug, c.id, {
      version: after.version,
      wikidataId: "",
    });
    expect(cleared.wikidataId).toBeNull();
    await expect(
      updateClaimant(t.prisma, n.editor.actor, n.ws.slug, c.id, { version: after.version, description: "stale" }),
    ).rejects.toMatchObject({ code: "conflict", details: { current: { version: cleared.version } } });
    await expect(
      updateClaimant(t.prisma, n.editor.actor, n.ws.slug, c.id, { version: cleared.version, name: "Kerry Committee" }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/merge the two instead/) });
    await expect(
      updateClaimant(t.prisma, n.reviewer.actor, n.ws.slug, c.id, { version: cleared.version, description: "x" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
