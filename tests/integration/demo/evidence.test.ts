// The demo tells the truth about its sources: every evidence link is a source the document cites
// in the claim's own paragraph; every excerpt marked as a quote is verbatim where the document
// cites that source; the four positions have published claims with evidence; publishing went
// through review by a second person.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SLUG, seedDemo } from "@/lib/demo";
import { inParagraph, paragraphAt, quotedInCitingParagraph } from "@/lib/demo/paragraph";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";

describe.each(DB_TARGETS)("demo evidence on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    await seedDemo(t.prisma);
  }, 600_000);
  afterAll(async () => t?.drop());

  const evidence = () =>
    t.prisma.evidence.findMany({
      where: { claim: { workspace: { slug: DEMO_SLUG } } },
      include: {
        source: { select: { title: true } },
        claim: {
          select: {
            id: true,
            status: true,
            headline: true,
            anchorStart: true,
            anchorEnd: true,
            claimant: { select: { name: true } },
            documentVersion: { select: { text: true, citations: { select: { start: true, sourceId: true } } } },
          },
        },
      },
    });

  it("links each claim only to sources cited in its own paragraph, and quotes only verbatim text", async () => {
    const all = await evidence();
    expect(all.length).toBeGreaterThan(30);
    const offParagraph: string[] = [];
    const notVerbatim: string[] = [];
    for (const e of all) {
      const v = e.claim.documentVersion!;
      const para = paragraphAt(v.text, e.claim.anchorStart!, e.claim.anchorEnd!);
      const cited = v.citations.some((c) => c.sourceId === e.sourceId && inParagraph(para, c.start));
      if (!cited) offParagraph.push(`${e.claim.headline} ← ${e.source.title}`);
      expect(e.excerpt, `${e.claim.headline} ← ${e.source.title}`).toBeTruthy();
      if (e.excerptKind === "quote" && !quotedInCitingParagraph(v.text, v.citations, e.sourceId, e.excerpt!))
        notVerbatim.push(`${e.claim.headline}: ${e.excerpt}`);
    }
    expect(offParagraph).toEqual([]);
    expect(notVerbatim).toEqual([]);
    expect(all.filter((e) => e.excerptKind === "quote").length).toBeGreaterThan(10);
    expect(all.filter((e) => e.excerptKind === "summary").length).toBeGreaterThan(5);
  });

  it("no longer makes the links the old nearest-citation rule made", async () => {
    const all = await evidence();
    const link = (claimant: string, source: string) =>
      all.filter((e) => e.claim.claimant?.name === claimant && e.source.title.startsWith(source));
    expect(link("Kerry Committee", "Our Man in Panama")).toEqual([]);
    expect(link("William M. Leary", "Interview with Alfred McCoy")).toEqual([]);
    expect(link("San Jose Mercury News", "Whiteout")).toEqual([]);
  });

  it("publishes claims with evidence for each of the four positions, both sides where the document gives them", async () => {
    const all = await evidence();
    for (const who of ["Kerry Committee", "Gary Webb", "Alfred McCoy", "William M. Leary"]) {
      const published = all.filter((e) => e.claim.claimant?.name === who && e.claim.status === "published");
      expect(published.length, who).toBeGreaterThan(0);
    }
    // McCoy's charge of official indifference: Leary's study, cited for it, both concedes and disputes.
    const mccoy = all.filter((e) => e.claim.claimant?.name === "Alfred McCoy" && e.claim.status === "published");
    const bothSides = new Set(
      mccoy
        .filter((e) => e.stance === "supports")
        .map((e) => e.claim.id)
        .filter((id) => mccoy.some((e) => e.claim.id === id && e.stance === "contests")),
    );
    expect(bothSides.size).toBeGreaterThan(0);
    // Most of McCoy's claims with evidence are published now.
    const mccoyClaims = await t.prisma.claim.findMany({
      where: { workspace: { slug: DEMO_SLUG }, claimant: { name: "Alfred McCoy" }, evidence: { some: {} } },
      select: { status: true },
    });
    expect(mccoyClaims.filter((c) => c.status === "published").length).toBeGreaterThanOrEqual(mccoyClaims.length - 1);
  });

  it("publishes only verdicts a second person approved", async () => {
    const published = await t.prisma.claim.findMany({
      where: { workspace: { slug: DEMO_SLUG }, status: "published" },
      select: {
        id: true,
        reviews: { select: { decision: true, reviewerId: true } },
        createdById: true,
        contentEditorIds: true,
      },
    });
    expect(published.length).toBeGreaterThan(20);
    for (const c of published) {
      const approvals = c.reviews.filter((r) => r.decision === "approve");
      expect(approvals.length).toBeGreaterThan(0);
      expect(approvals.every((r) => r.reviewerId !== c.createdById && !c.contentEditorIds.includes(r.reviewerId))).toBe(
        true,
      );
    }
  });
});
