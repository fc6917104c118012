// Nothing public changes without a publish: after publication, each path that used to change the
// public claim or document page either is refused or waits for a reviewed publish.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addRelation, bulkTagClaims, createClaim, reattachClaim, removeRelation } from "@/lib/claims";
import { importDocument, publishDocumentVersion } from "@/lib/documents";
import { addEvidence } from "@/lib/evidence";
import { publicClaim, publicDocument, publicWorkspace } from "@/lib/publishing";
import { openCorrection, publishClaim, reviewClaim, submitClaim } from "@/lib/review";
import { updateSource } from "@/lib/sources";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { publishReviewed } from "../../support/review";

const TEXT =
  "Findings\n\nThe Kerry Committee found that Contra networks moved cocaine into the United States.\n\nLeary wrote that Air America never carried opium.\n";

describe.each(DB_TARGETS)("public pages change only by publishing, on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  async function world() {
    const ws = await makeWorkspace(t.prisma);
    const [author, reviewer, editor, contributor] = await Promise.all(
      (["editor", "reviewer", "editor", "contributor"] as const).map((role) =>
        makeUser(t.prisma, { workspaceId: ws.id, role }),
      ),
    );
    const imported = await importDocument(t.prisma, author.actor, {
      workspace: ws.slug,
      title: "Findings",
      format: "text",
      text: TEXT,
    });
    const doc = await t.prisma.document.findUniqueOrThrow({
      where: { id: imported.documentId! },
      include: { currentVersion: true },
    });
    const source = await t.prisma.source.create({
      data: { workspaceId: ws.id, title: "Kerry Committee report", url: "https://example.org/kerry" },
    });
    const publish = async (quote: string) => {
      const start = doc.currentVersion!.text.indexOf(quote);
      const claim = await createClaim(t.prisma, author.actor, ws.slug, {
        documentId: doc.id,
        start,
        end: start + quote.length,
        tags: ["contras"],
      });
      await addEvidence(t.prisma, author.actor, ws.slug, {
        claimId: claim.id,
        sourceId: source.id,
        stance: "supports",
        excerpt: "networks moved cocaine",
      });
      return publishReviewed(t.prisma, { author, reviewer, editor }, ws.slug, claim.id);
    };
    const kerry = await publish("The Kerry Committee found that Contra networks moved cocaine into the United States.");
    const leary = await publish("Leary wrote that Air America never carried opium.");
    const page = async (id = kerry.id) => publicClaim(t.prisma, (await publicWorkspace(t.prisma, ws.slug))!, id);
    return { ws, author, reviewer, editor, contributor, doc, source, kerry, leary, page };
  }

  it("renaming a source and pointing it elsewhere leaves the published evidence as it was", async () => {
    const w = await world();
    const before = await w.page();
    await updateSource(t.prisma, w.contributor.actor, w.ws.slug, w.source.id, {
      version: w.source.version,
      title: "A different pamphlet",
      url: "https://evil.example/x",
    });
    const after = await w.page();
    expect(after!.evidence.supports.map((e) => [e.source.title, e.source.url])).toEqual([
      ["Kerry Committee report", "https://example.org/kerry"],
    ]);
    expect(after!.evidence).toEqual(before!.evidence);
  });

  it("evidence, re-attaching and tags of a published claim are refused; a correction reaches the page only when published", async () => {
    const w = await world();
    const before = await w.page();
    const other = await t.prisma.source.create({ data: { workspaceId: w.ws.id, title: "CIA-funded study" } });
    await expect(
      addEvidence(t.prisma, w.contributor.actor, w.ws.slug, {
        claimId: w.kerry.id,
        sourceId: other.id,
        stance: "contests",
      }),
    ).rejects.toThrow(/open a correction/);
    await expect(
      reattachClaim(t.prisma, w.editor.actor, w.ws.slug, w.kerry.id, { version: w.kerry.version, start: 0, end: 8 }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      bulkTagClaims(t.prisma, w.editor.actor, w.ws.slug, { claimIds: [w.kerry.id], add: ["laos"] }),
    ).rejects.toThrow(/published or retracted/);
    expect(await w.page()).toEqual(before);

    // In a correction the working copy changes, the public page does not…
    await openCorrection(t.prisma, w.author.actor, w.ws.slug, w.kerry.id);
    await addEvidence(t.prisma, w.author.actor, w.ws.slug, {
      claimId: w.kerry.id,
      sourceId: other.id,
      stance: "contests",
      excerpt: "Never happened.",
    });
    await submitClaim(t.prisma, w.author.actor, w.ws.slug, w.kerry.id, {
      verdict: "Contested",
      rationale: "A study disputes it.",
    });
    await reviewClaim(t.prisma, w.reviewer.actor, w.ws.slug, w.kerry.id, { decision: "approve" });
    expect(await w.page()).toEqual(before);
    // …until it is published: then the new evidence and verdict show, with a note of what changed.
    await publishClaim(t.prisma, w.editor.actor, w.ws.slug, w.kerry.id, {
      why: "A CIA-funded study disputes the finding.",
    });
    const after = (await w.page())!;
    expect(after.rating?.label).toBe("Contested");
    expect(after.evidence.contests.map((e) => e.source.title)).toEqual(["CIA-funded study"]);
    expect(after.corrections[0].whatChanged).toBe(
      "Verdict changed from Supported to Contested. Rationale revised. Evidence added: CIA-funded study (Contests).",
    );
  });

  it("relations added or removed after publication reach the page only with the next publication", async () => {
    const w = await world();
    const rel = await addRelation(t.prisma, w.contributor.actor, w.ws.slug, {
      fromClaimId: w.kerry.id,
      toClaimId: w.leary.id,
      type: "contradicts",
    });
    expect((await w.page())!.related).toEqual([]);
    await removeRelation(t.prisma, w.contributor.actor, w.ws.slug, rel.id);
    expect((await w.page())!.related).toEqual([]);
  });

  it("a revision freezes the claim's relations in both directions, each with its own direction", async () => {
    const w = await world();
    const c = await createClaim(t.prisma, w.author.actor, w.ws.slug, { text: "Air America flew for the CIA." });
    const out = await addRelation(t.prisma, w.contributor.actor, w.ws.slug, {
      fromClaimId: c.id,
      toClaimId: w.kerry.id,
      type: "supports",
    });
    const inc = await addRelation(t.prisma, w.contributor.actor, w.ws.slug, {
      fromClaimId: w.leary.id,
      toClaimId: c.id,
      type: "contradicts",
    });
    // A relation between two other claims is not this claim's.
    await addRelation(t.prisma, w.contributor.actor, w.ws.slug, {
      fromClaimId: w.kerry.id,
      toClaimId: w.leary.id,
      type: "refines",
    });
    await publishReviewed(t.prisma, w, w.ws.slug, c.id);
    const revision = await t.prisma.claimRevision.findFirstOrThrow({ where: { claimId: c.id } });
    expect(revision.relations).toEqual([
      { id: out.id, type: "supports", direction: "outgoing", claimId: w.kerry.id },
      { id: inc.id, type: "contradicts", direction: "incoming", claimId: w.leary.id },
    ]);
  });

  it("re-importing a public document keeps the public text and anchors until the new version is published", async () => {
    const w = await world();
    const ws = (await publicWorkspace(t.prisma, w.ws.slug))!;
    const v1 = (await publicDocument(t.prisma, ws, w.doc.id))!;
    const changed = TEXT.replace("Findings\n\n", "Findings\n\nA new opening paragraph was added.\n\n").replace(
      "Leary wrote that Air America never carried opium.",
      "Leary wrote something else entirely.",
    );
    await importDocument(t.prisma, w.author.actor, {
      workspace: w.ws.slug,
      title: "Findings",
      format: "text",
      text: changed,
    });
    const stillV1 = (await publicDocument(t.prisma, ws, w.doc.id))!;
    expect(stillV1.version).toBe(1);
    expect(stillV1.located.map((c) => c.id).sort()).toEqual(v1.located.map((c) => c.id).sort());
    expect((await w.page())!.located).toBe(true);
    // Reviewers don't publish document versions; editors do.
    await expect(publishDocumentVersion(t.prisma, w.reviewer.actor, w.ws.slug, w.doc.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    const r = await publishDocumentVersion(t.prisma, w.editor.actor, w.ws.slug, w.doc.id);
    expect(r).toMatchObject({ publishedVersion: 2, claims: { orphaned: 1 } });
    const v2 = (await publicDocument(t.prisma, ws, w.doc.id))!;
    expect(v2.version).toBe(2);
    expect(v2.located.map((c) => c.id)).toEqual([w.kerry.id]);
    // The orphaned claim keeps its published quote and page.
    const leary = (await w.page(w.leary.id))!;
    expect(leary.anchorExact).toBe("Leary wrote that Air America never carried opium.");
    expect(leary.located).toBe(false);
    await expect(publishDocumentVersion(t.prisma, w.editor.actor, w.ws.slug, w.doc.id)).rejects.toThrow(
      /already the public one/,
    );
  });
});
