// Bold and italic survive an import onto the public page (issue 16): a wikitext article's '''bold'''
// and ''italic'' are stored with the document version as marks, and the public document page's HTML
// (the page component itself, rendered as Next renders it) shows them as <strong>/<em>, while the
// published claim's highlight still covers exactly its anchored text.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import DocumentPage from "@/app/(public)/w/[workspace]/documents/[id]/page";
import { createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { useAppDatabase } from "../../support/app-database";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { snapshotPublicClaims } from "../../support/published";

vi.mock("@/lib/db/server", () => import("../../support/app-database"));

const ARTICLE = [
  "'''Air America''' was an airline covertly owned by the ''Central Intelligence Agency''.",
  "",
  "== History ==",
  "The airline flew '''rice, ''arms'' and refugees''' across Laos.<ref>{{cite book|title=Air America|last=Robbins|first=Christopher|year=1979}}</ref>",
].join("\n");

describe.each(DB_TARGETS)("bold and italic on the public page on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    useAppDatabase(t);
  });
  afterAll(async () => {
    useAppDatabase(undefined);
    await t?.drop();
  });

  it("stores the marks with the version and renders <strong>/<em> around the claim's highlight", async () => {
    const ws = await makeWorkspace(t.prisma, { isPublic: true });
    const { actor } = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const r = await importDocument(t.prisma, actor, { workspace: ws.slug, text: ARTICLE, title: "Air America" });
    const version = await t.prisma.documentVersion.findFirstOrThrow({ where: { documentId: r.documentId! } });
    const marks = version.marks as { kind: string; start: number; end: number }[];
    const marked = marks.map((m) => [m.kind, version.text.slice(m.start, m.end)]);
    expect(marked).toEqual(
      expect.arrayContaining([
        ["bold", "Air America"],
        ["italic", "Central Intelligence Agency"],
        ["italic", "arms"],
      ]),
    );
    expect(version.text).not.toMatch(/''/);

    const exact = "The airline flew rice, arms and refugees across Laos.";
    const start = version.text.indexOf(exact);
    expect(start).toBeGreaterThan(0);
    const claim = await createClaim(t.prisma, actor, ws.slug, {
      documentId: r.documentId!,
      start,
      end: start + exact.length,
    });
    await t.prisma.claim.update({ where: { id: claim.id }, data: { status: "published", publishedAt: new Date() } });
    await snapshotPublicClaims(t.prisma, ws.id);

    const page = await DocumentPage({ params: Promise.resolve({ workspace: ws.slug, id: r.documentId! }) });
    const html = renderToStaticMarkup(page);
    expect(html).toContain("<strong>Air America</strong>");
    expect(html).toContain("<em>Central Intelligence Agency</em>");
    expect(html).toMatch(/<strong><em>arms<\/em><\/strong>/);
    // The highlight's runs, marks stripped, are exactly the claim's text.
    const runs = [...html.matchAll(/<a [^>]*data-claims="[^"]*"[^>]*>(.*?)<\/a>/g)].map((m) => m[1]);
    expect(runs.join("").replace(/<\/?(strong|em)>/g, "")).toBe(exact);
  });
});
