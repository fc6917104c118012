// The home page lists a bounded number of documents (at 100k claims it listed all 1,000, 5.5 MB);
// the rest are on the paged public documents index. Both count only public documents.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { publicDocuments, publicHome, publicWorkspace } from "@/lib/publishing";
import { documentSummaries, HOME_DOCUMENTS } from "@/lib/publishing/home";
import { publishClaim, reviewClaim, submitClaim } from "@/lib/review";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

const PUBLIC_DOCS = HOME_DOCUMENTS + 3;

describe.each(DB_TARGETS)("documents on the public home and index on $name", (target) => {
  let t: TestDatabase;
  let slug = "";
  let titles: string[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(target);
    const db = t.prisma;
    const ws = await makeWorkspace(db);
    slug = ws.slug;
    const editor = await makeUser(db, { workspaceId: ws.id, role: "editor" });
    const reviewer = await makeUser(db, { workspaceId: ws.id, role: "reviewer" });
    const doc = async (title: string) =>
      (
        await importDocument(db, editor.actor, {
          workspace: slug,
          title,
          format: "text",
          text: `${title}: the money moved.`,
        })
      ).documentId!;
    // Titles in an order unlike their creation's, so the index's title order is tested.
    for (let i = 0; i < PUBLIC_DOCS; i++) {
      const title = `Report ${String((i * 7) % PUBLIC_DOCS).padStart(2, "0")}`;
      const claim = await createClaim(db, editor.actor, slug, {
        text: `${title} found the money moved.`,
        documentId: await doc(title),
      });
      await submitClaim(db, editor.actor, slug, claim.id, {
        verdict: "Supported",
        confidence: "high",
        rationale: "Checked.",
      });
      await reviewClaim(db, reviewer.actor, slug, claim.id, { decision: "approve" });
      await publishClaim(db, editor.actor, slug, claim.id);
      titles.push(title);
    }
    titles = titles.sort();
    // A document whose only claim is a draft is not public: on neither page, in no count.
    await createClaim(db, editor.actor, slug, { text: "Draft only.", documentId: await doc("Aaa draft-only memo") });
  }, 240_000);
  afterAll(async () => t?.drop());

  it("the home page lists the first documents by title and says how many there are", async () => {
    const home = await publicHome(t.prisma, (await publicWorkspace(t.prisma, slug))!);
    expect(home.documents.map((d) => d.title)).toEqual(titles.slice(0, HOME_DOCUMENTS));
    expect(home.documentTotal).toBe(PUBLIC_DOCS);
    expect(home.documents[0]).toMatchObject({ published: 1, retracted: 0 });
  });

  it("the index pages through every public document, each once, in title order", async () => {
    const ws = (await publicWorkspace(t.prisma, slug))!;
    const first = await publicDocuments(t.prisma, ws, 1);
    expect(first).toMatchObject({ total: PUBLIC_DOCS, page: 1, pages: 1 });
    expect(first.documents.map((d) => d.title)).toEqual(titles);
    const past = await publicDocuments(t.prisma, ws, 2);
    expect(past.documents).toEqual([]);
    expect(past.total).toBe(PUBLIC_DOCS);
    // Smaller pages (the page is chosen before counting): together exactly the whole list.
    const pages = [];
    for (let skip = 0; skip < PUBLIC_DOCS; skip += 10)
      pages.push(...(await documentSummaries(t.prisma, ws.id, { take: 10, skip })).documents.map((d) => d.title));
    expect(pages).toEqual(titles);
  });
});
