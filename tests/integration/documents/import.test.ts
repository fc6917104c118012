import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocument, previewImport } from "@/lib/documents";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

const corpus = (f: string) => fs.readFileSync(path.resolve(import.meta.dirname, "../../../prisma/demo", f), "utf8");
const WIKI = corpus("cia-transnational-crime.wikitext");
const ESSAY = corpus("world-war-drugs.txt");

describe.each(DB_TARGETS)("document import on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  async function setup() {
    const ws = await makeWorkspace(t.prisma);
    const { actor } = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    return { ws, actor };
  }
  const sourcesOf = (workspaceId: string) =>
    t.prisma.source.findMany({ where: { workspaceId }, include: { citations: true } });

  it("imports the wikitext corpus: every <ref> occurrence a citation, every distinct work one source", async () => {
    const { ws, actor } = await setup();
    const r = await importDocument(t.prisma, actor, { workspace: ws.slug, text: WIKI, title: "CIA and drugs" });
    expect(r).toMatchObject({
      status: "created",
      format: "wikitext",
      version: 1,
      sections: 20,
      citations: 64,
      sourcesNew: 34,
      sourcesReused: 0,
      warnings: [],
    });
    const version = await t.prisma.documentVersion.findFirstOrThrow({
      where: { documentId: r.documentId! },
      include: { citations: true },
    });
    expect(version.citations).toHaveLength(64);
    expect(version.citations.filter((c) => c.refName)).toHaveLength(55);
    for (const bad of ["<ref", "{{", "}}", "[[", "]]"]) expect(version.text).not.toContain(bad);
    for (const c of version.citations) expect(c.start).toBeLessThanOrEqual(version.text.length);
    const sources = await sourcesOf(ws.id);
    expect(sources).toHaveLength(34);
    // Three refs cite chapters of one UNODC book by URL: one source, three citations' worth of refs.
    const unodc = sources.filter((s) => s.title.startsWith("Afghanistan's Drug Industry"));
    expect(unodc).toHaveLength(1);
    const pincus = sources.find((s) => s.title === "Inspector: CIA Kept Ties With Alleged Traffickers")!;
    expect(pincus).toMatchObject({ authors: ["Walter Pincus"], date: "1998-03-17" });
    expect(pincus.publisher).toMatch(/Washington Post/);
    const mccoy = sources.find((s) => s.title === "A Correspondence with the CIA")!;
    expect(mccoy).toMatchObject({
      authors: ["Alfred W. McCoy"],
      publisher: "New York Review of Books",
      date: "1972-09-21",
      url: "http://www.nybooks.com/articles/1972/09/21/a-correspondence-with-the-cia/",
    });
    const leary = sources.find((s) => s.title.startsWith('Supporting the "Secret War"'))!;
    expect(leary.authors).toEqual(["William M. Leary"]);
    expect(leary.publisher).toMatch(/Center for the Study of Intelligence/);
    const whiteout = sources.find((s) => s.title === "Whiteout: The CIA, Drugs and the Press")!;
    expect(whiteout).toMatchObject({ authors: ["Alexander Cockburn", "Jeffrey St Clair"], publisher: "Verso" });
    expect(whiteout.citations.length).toBeGreaterThan(1); // defined once, re-used by name
    const flags = version.flags as { kind: string }[];
    expect(flags.map((f) => f.kind)).toEqual(expect.arrayContaining(["essay-like", "citation needed"]));
  });

  it("imports the essay: all markers linked, repeated notes merged; a second document reuses known sources", async () => {
    const { ws, actor } = await setup();
    const r = await importDocument(t.prisma, actor, { workspace: ws.slug, text: ESSAY });
    expect(r).toMatchObject({ format: "endnotes", citations: 20, sourcesNew: 11, warnings: [] });
    expect(r.title).toBe("World War Drugs: Strengthening International Counternarcotics Cooperation");
    const sources = await sourcesOf(ws.id);
    expect(sources).toHaveLength(11);
    const dea = sources.find((s) => s.title === "Fentanyl Flow to the United States")!;
    expect(dea.citations).toHaveLength(4); // notes 3, 5, 6, 7
    const cdc = sources.find((s) => s.title === "Provisional Drug Overdose Death Counts")!;
    expect(cdc).toMatchObject({
      publisher: "Centers for Disease Control and Prevention",
      date: "2023-12-13",
      url: "https://www.cdc.gov/nchs/nvss/vsrr/drug-overdose-data.htm",
    });

    // Another document citing the CDC page (with tracking junk and www.) reuses that source.
    const md =
      "# Overdoses\n\nDeaths hit a record in 2022.[^1]\n\n[^1]: CDC, [Provisional counts](https://cdc.gov/nchs/nvss/vsrr/drug-overdose-data.htm/?utm_source=x)\n";
    const r2 = await importDocument(t.prisma, actor, { workspace: ws.slug, text: md, title: "Overdoses" });
    expect(r2).toMatchObject({ format: "markdown", citations: 1, sourcesNew: 0, sourcesReused: 1 });
    expect(await t.prisma.source.count({ where: { workspaceId: ws.id } })).toBe(11);
  });

  it("versions a re-import by title; identical text is a no-op that says so", async () => {
    const { ws, actor } = await setup();
    const a = await importDocument(t.prisma, actor, {
      workspace: ws.slug,
      text: "First version.\n\nSecond paragraph.",
      title: "Memo",
      format: "text",
    });
    const same = await importDocument(t.prisma, actor, {
      workspace: ws.slug,
      text: "First version.\n\nSecond paragraph.",
      title: "Memo",
      format: "text",
    });
    expect(same).toMatchObject({ status: "unchanged", version: 1, documentId: a.documentId });
    const b = await importDocument(t.prisma, actor, {
      workspace: ws.slug,
      text: "First version, revised.\n\nSecond paragraph.",
      title: "Memo",
      format: "text",
    });
    expect(b).toMatchObject({ status: "versioned", version: 2, documentId: a.documentId });
    const doc = await t.prisma.document.findUniqueOrThrow({
      where: { id: a.documentId! },
      include: { versions: true, currentVersion: true },
    });
    expect(doc.versions).toHaveLength(2);
    expect(doc.currentVersion!.number).toBe(2);
  });

  it("previews without writing", async () => {
    const { ws, actor } = await setup();
    const p = await previewImport(t.prisma, actor, { workspace: ws.slug, text: WIKI });
    expect(p).toMatchObject({ citations: 64, sourcesNew: 34, sections: 20 });
    expect(p.sectionList[0]).toMatchObject({ level: expect.any(Number) });
    expect(await t.prisma.document.count({ where: { workspaceId: ws.id } })).toBe(0);
    expect(await t.prisma.source.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("refuses empty, binary and oversized files with the reason, storing nothing; lists markup problems as warnings", async () => {
    const { ws, actor } = await setup();
    await expect(importDocument(t.prisma, actor, { workspace: ws.slug, text: "  \n" })).rejects.toThrow(
      /document is empty/,
    );
    await expect(
      importDocument(t.prisma, actor, {
        workspace: ws.slug,
        text: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]),
      }),
    ).rejects.toThrow(/UTF-8|NUL/);
    process.env.IMPORT_MAX_BYTES = "1000";
    try {
      await expect(
        importDocument(t.prisma, actor, { workspace: ws.slug, text: "x".repeat(1001) }),
      ).rejects.toMatchObject({ code: "payload_too_large" });
    } finally {
      delete process.env.IMPORT_MAX_BYTES;
    }
    expect(await t.prisma.document.count({ where: { workspaceId: ws.id } })).toBe(0);
    const messy =
      'Intro.<ref name="a">{{cite web|title=A|url=http://a.example</ref> More.<ref name="zz" /> End [25].\n\n{{unclosed|template';
    const r = await importDocument(t.prisma, actor, {
      workspace: ws.slug,
      text: messy,
      format: "wikitext",
      title: "Messy",
    });
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["undefined_ref_name"]));
    for (const w of r.warnings) expect(typeof w.position).toBe("number");
  });

  it("contributors import, reviewers may not; an outsider gets 404", async () => {
    const ws = await makeWorkspace(t.prisma);
    const reviewer = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const outsider = await makeUser(t.prisma);
    await expect(
      importDocument(t.prisma, reviewer.actor, { workspace: ws.slug, text: "Hello." }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      importDocument(t.prisma, outsider.actor, { workspace: ws.slug, text: "Hello." }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("property: random and truncated documents never crash the import nor leave a half-written document", async () => {
    const { ws, actor } = await setup();
    const prefixes = fc.oneof(
      fc.nat({ max: WIKI.length }).map((n) => WIKI.slice(0, n)),
      fc.nat({ max: ESSAY.length }).map((n) => ESSAY.slice(0, n)),
      fc.string({ maxLength: 400 }),
    );
    let i = 0;
    await fc.assert(
      fc.asyncProperty(
        prefixes,
        fc.constantFrom("auto", "wikitext", "endnotes", "markdown", "text"),
        async (text, format) => {
          const title = `prop-${i++}`;
          const docsBefore = await t.prisma.document.count({ where: { workspaceId: ws.id } });
          try {
            const r = await importDocument(t.prisma, actor, {
              workspace: ws.slug,
              text,
              format: format as "auto",
              title,
            });
            const v = await t.prisma.documentVersion.findFirstOrThrow({
              where: { documentId: r.documentId! },
              include: { _count: { select: { citations: true } } },
            });
            expect(v._count.citations).toBe(r.citations);
          } catch (err) {
            expect((err as { code?: string }).code).toBe("unprocessable"); // only "empty" is refused here
            expect(await t.prisma.document.count({ where: { workspaceId: ws.id } })).toBe(docsBefore);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
