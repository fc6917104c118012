import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { addEvidence, claimEvidence, evidenceFromCitation, removeEvidence } from "@/lib/evidence";
import { createSource, getSource, listSources, rateSource } from "@/lib/sources";
import { anonymousReader } from "@/lib/auth/actor";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

const DOC =
  "Kerry found that traffickers supported the Contras.<ref>{{citation|title=Drugs, Law Enforcement and Foreign Policy|publisher=U.S. Senate|date=1989|url=https://www.senate.gov/kerry-report}}</ref>\n\nAnother paragraph.";

describe.each(DB_TARGETS)("sources and evidence on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  async function setup() {
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const contributor = await makeUser(t.prisma, { workspaceId: ws.id, role: "contributor" });
    const doc = await importDocument(t.prisma, editor.actor, {
      workspace: ws.slug,
      text: DOC,
      title: "Doc",
      format: "wikitext",
    });
    const version = await t.prisma.documentVersion.findFirstOrThrow({ where: { documentId: doc.documentId! } });
    const exact = "Kerry found that traffickers supported the Contras.";
    const claim = await createClaim(t.prisma, editor.actor, ws.slug, {
      documentId: doc.documentId!,
      start: version.text.indexOf(exact),
      end: version.text.indexOf(exact) + exact.length,
    });
    return { ws, editor, contributor, claim };
  }

  it("dedupes on create and offers the existing source; force creates anyway", async () => {
    const { ws, editor } = await setup();
    await expect(
      createSource(t.prisma, editor.actor, ws.slug, {
        title: "Kerry report",
        url: "http://senate.gov/kerry-report/?utm_source=x",
      }),
    ).rejects.toMatchObject({
      code: "conflict",
      details: { existing: { title: "Drugs, Law Enforcement and Foreign Policy" } },
    });
    const forced = await createSource(t.prisma, editor.actor, ws.slug, {
      title: "Kerry report",
      url: "http://senate.gov/kerry-report/",
      force: true,
    });
    expect(forced.normalizedUrl).toBe("http://senate.gov/kerry-report");
    await expect(
      createSource(t.prisma, editor.actor, ws.slug, { title: "Bad", url: "javascript:alert(1)" }),
    ).rejects.toThrow(/must be an http\(s\) URL/);
    const found = await listSources(t.prisma, editor.actor, ws.slug, { q: "foreign policy" });
    expect(found.items.map((s) => s.title)).toContain("Drugs, Law Enforcement and Foreign Policy");
  });

  it("lists each source's citations and evidence uses: members every one, the public only public ones", async () => {
    const { ws, editor, claim } = await setup();
    const kerry = (await listSources(t.prisma, editor.actor, ws.slug)).items[0];
    await evidenceFromCitation(t.prisma, editor.actor, ws.slug, { claimId: claim.id, sourceId: kerry.id });
    const draft = await createClaim(t.prisma, editor.actor, ws.slug, { text: "A claim still in the desk." });
    await addEvidence(t.prisma, editor.actor, ws.slug, { claimId: draft.id, sourceId: kerry.id, stance: "supports" });
    const other = await createSource(t.prisma, editor.actor, ws.slug, { title: "Unused report" });
    const counts = async (actor: Parameters<typeof listSources>[1]) =>
      Object.fromEntries((await listSources(t.prisma, actor, ws.slug)).items.map((s) => [s.title, s._count]));
    expect(await counts(editor.actor)).toEqual({
      [kerry.title]: { citations: 1, evidence: 2 },
      [other.title]: { citations: 0, evidence: 0 },
    });
    // Nothing is public yet: the public sees no source.
    expect(await counts(anonymousReader)).toEqual({});
    // Published as publishClaim leaves it: the claim, and its document's text as the public version.
    const published = await t.prisma.claim.update({
      where: { id: claim.id },
      data: { status: "published", publishedAt: new Date() },
    });
    await t.prisma.document.update({
      where: { id: published.documentId! },
      data: { publishedVersionId: published.documentVersionId },
    });
    expect(await counts(anonymousReader)).toEqual({ [kerry.title]: { citations: 1, evidence: 1 } });
  });

  it("rating needs a rationale and an editor; it is audited", async () => {
    const { ws, editor, contributor } = await setup();
    const s = (await listSources(t.prisma, editor.actor, ws.slug)).items[0];
    const current = await t.prisma.source.findUniqueOrThrow({ where: { id: s.id } });
    await expect(
      rateSource(t.prisma, editor.actor, ws.slug, s.id, { version: current.version, reliability: 5, rationale: " " }),
    ).rejects.toThrow(/needs a rationale/);
    await expect(
      rateSource(t.prisma, contributor.actor, ws.slug, s.id, {
        version: current.version,
        reliability: 5,
        rationale: "x",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const rated = await rateSource(t.prisma, editor.actor, ws.slug, s.id, {
      version: current.version,
      reliability: 5,
      rationale: "Official Senate report",
    });
    expect(rated.reliability).toBe(5);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { entityId: s.id, action: "source.rate" } });
    expect(audit.before).toEqual({ reliability: null, rationale: null });
    expect(audit.after).toEqual({ reliability: 5, rationale: "Official Senate report" });
    expect(await t.prisma.source.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({
      reliability: 5,
      version: current.version + 1,
    });
  });

  it("links evidence by one click from a citation and by hand; the balance and the source page follow", async () => {
    const { ws, editor, claim } = await setup();
    const kerry = (await listSources(t.prisma, editor.actor, ws.slug)).items[0];
    await evidenceFromCitation(t.prisma, editor.actor, ws.slug, { claimId: claim.id, sourceId: kerry.id });
    let ev = await claimEvidence(t.prisma, editor.actor, ws.slug, claim.id);
    expect(ev.supports).toHaveLength(1);
    expect(ev.balance).toMatchObject({ balance: 1, label: "strongly supported" });

    const critic = await createSource(t.prisma, editor.actor, ws.slug, {
      title: "A critique",
      url: "https://critic.example/piece",
      type: "opinion",
    });
    await addEvidence(t.prisma, editor.actor, ws.slug, {
      claimId: claim.id,
      sourceId: critic.id,
      stance: "contests",
      strength: "strong",
      excerpt: "The committee overstated it.",
      locator: "para. 4",
    });
    ev = await claimEvidence(t.prisma, editor.actor, ws.slug, claim.id);
    // supports: moderate(2) × unrated(0.5) = 1; contests: strong(3) × unrated(0.5) = 1.5 → −0.2
    expect(ev.balance).toMatchObject({ supporting: 1, contesting: 1.5, balance: -0.2, label: "leans contested" });
    await expect(
      addEvidence(t.prisma, editor.actor, ws.slug, {
        claimId: claim.id,
        sourceId: critic.id,
        stance: "contests",
        locator: "para. 4",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      addEvidence(t.prisma, editor.actor, ws.slug, { claimId: claim.id, sourceId: critic.id, stance: "refutes" }),
    ).rejects.toThrow(/stance must be one of/);
    await expect(
      addEvidence(t.prisma, editor.actor, ws.slug, {
        claimId: claim.id,
        sourceId: critic.id,
        stance: "context",
        excerpt: "x".repeat(2001),
      }),
    ).rejects.toThrow(/at most 2000/);
    const page = await getSource(t.prisma, editor.actor, ws.slug, critic.id);
    expect(page.evidence.map((e) => e.claim.id)).toEqual([claim.id]);
    const kerryPage = await getSource(t.prisma, editor.actor, ws.slug, kerry.id);
    expect(kerryPage.documents.map((d) => d.title)).toEqual(["Doc"]);

    await removeEvidence(t.prisma, editor.actor, ws.slug, ev.contests[0].id);
    expect((await claimEvidence(t.prisma, editor.actor, ws.slug, claim.id)).contests).toHaveLength(0);
    await expect(
      evidenceFromCitation(t.prisma, editor.actor, ws.slug, { claimId: claim.id, sourceId: critic.id }),
    ).rejects.toThrow(/does not cite that source/);
  });

  it("a published claim's evidence is frozen", async () => {
    const { ws, editor, claim } = await setup();
    const s = (await listSources(t.prisma, editor.actor, ws.slug)).items[0];
    await t.prisma.claim.update({ where: { id: claim.id }, data: { status: "published" } });
    await expect(
      addEvidence(t.prisma, editor.actor, ws.slug, { claimId: claim.id, sourceId: s.id, stance: "supports" }),
    ).rejects.toThrow(/open a correction to change its evidence/);
  });
});
