import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  publicClaim,
  publicClaimant,
  publicDocument,
  publicHome,
  publicSitemap,
  publicWorkspace,
  publishedClaimCount,
} from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeWorkspace } from "../../support/factories";
import { buildWorld, type World } from "./world";

const PRIVATE = /INTERNAL|Private|secret relation|Secret Sam|hidden-tag|walrus|platypus|zeppelin/i;

describe.each(DB_TARGETS)("public credibility view on $name", (target) => {
  let t: TestDatabase;
  let w: World;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    w = await buildWorld(t.prisma);
  });
  afterAll(async () => t?.drop());
  const ws = async () => (await publicWorkspace(t.prisma, w.ws.slug))!;

  it("a non-public or unknown workspace does not exist for the public", async () => {
    const hidden = await makeWorkspace(t.prisma, { isPublic: false });
    expect(await publicWorkspace(t.prisma, hidden.slug)).toBeNull();
    expect(await publicWorkspace(t.prisma, "no-such-workspace")).toBeNull();
    const pub = await ws();
    expect(pub.ratings.map((r) => r.label)).toEqual([
      "Supported",
      "Mostly supported",
      "Contested",
      "Mostly unsupported",
      "Refuted",
      "Unverifiable",
    ]);
    expect(pub.scale).toEqual({ best: 5, worst: 1 });
  });

  it("home: latest published verdicts, counts by rating, top claimants and documents — no drafts, no retracted", async () => {
    const home = await publicHome(t.prisma, await ws());
    const { kerry, contra, leary } = w.claims;
    expect(home.latest.map((c) => c.id)).toEqual([leary.id, contra.id, kerry.id]);
    expect(home.total).toBe(3);
    expect(await publishedClaimCount(t.prisma, w.ws.id)).toBe(3);
    const counts = Object.fromEntries(home.byRating.map((r) => [r.rating?.label ?? "none", r.count]));
    expect(counts).toEqual({
      Supported: 1,
      "Mostly supported": 1,
      Contested: 0,
      "Mostly unsupported": 0,
      Refuted: 1,
      Unverifiable: 0,
    });
    expect(home.claimants).toEqual([
      { id: kerry.claimantId, name: "Kerry Committee", kind: "organization", claims: 2 },
      { id: leary.claimantId, name: "William M. Leary", kind: "person", claims: 1 },
    ]);
    expect(home.documents).toEqual([
      {
        id: w.doc.id,
        title: "Findings",
        published: 3,
        retracted: 1,
        byRating: { [w.ratings["Supported"]]: 1, [w.ratings["Mostly supported"]]: 1, [w.ratings["Refuted"]]: 1 },
      },
    ]);
    expect(JSON.stringify(home)).not.toMatch(PRIVATE);
  });

  it("claim page: verdict, evidence with balance, related public claims, corrections, names; nothing private", async () => {
    const c = (await publicClaim(t.prisma, await ws(), w.claims.kerry.id))!;
    expect(c.rating?.label).toBe("Supported");
    expect(c.anchorExact).toMatch(/^The Kerry Committee report/);
    expect(c.located).toBe(true);
    expect(c.revision).toMatchObject({ number: 2, authorName: "Ann Author", reviewerName: "Rita Second" });
    expect(c.corrections.map((x) => x.whatChanged)).toEqual(["Rating changed from Mostly supported to Supported"]);
    expect(c.dateModified).toEqual(new Date(Date.UTC(2026, 0, 5)));
    expect(c.evidence.supports.map((e) => e.source.title)).toEqual(["Drugs, Law Enforcement and Foreign Policy"]);
    // Evidence notes are internal: the public page shows the published excerpt, never the note.
    expect(c.evidence.contests.map((e) => e.excerpt)).toEqual(["It was all invented."]);
    expect(JSON.stringify(c)).not.toContain("A weak objection");
    // supports: strong(3) × 1.0 = 3; contests: weak(1) × 0.3 = 0.3
    expect(c.balance).toMatchObject({ supporting: 3, contesting: 0.3, label: "strongly supported" });
    expect(c.related.map((r) => [r.type, r.claim.id])).toEqual([["refines", w.claims.contra.id]]);
    expect(c.dissents).toEqual([]);
    expect(c.retracted).toBe(false);
    expect(JSON.stringify(c)).not.toMatch(PRIVATE);
    expect(Object.keys(c.evidence.supports[0].source)).not.toContain("notes");
  });

  it("dissent is shown only when the workspace publishes dissent", async () => {
    await t.prisma.workspace.update({ where: { id: w.ws.id }, data: { publishDissent: true } });
    try {
      const c = (await publicClaim(t.prisma, await ws(), w.claims.kerry.id))!;
      expect(c.dissents).toHaveLength(1);
      expect(c.dissents[0].rationale).toMatch(/Contested/);
      expect(c.dissents[0].rating?.label).toBe("Contested");
      expect(JSON.stringify(c)).not.toMatch(/Private approving review/);
    } finally {
      await t.prisma.workspace.update({ where: { id: w.ws.id }, data: { publishDissent: false } });
    }
  });

  it("draft, in-review and approved claims are 404s; a retracted one keeps its page with the reason", async () => {
    const pub = await ws();
    for (const k of ["zeppelin", "walrus", "platypus"] as const)
      expect(await publicClaim(t.prisma, pub, w.claims[k].id)).toBeNull();
    expect(await publicClaim(t.prisma, pub, "nope")).toBeNull();
    const r = (await publicClaim(t.prisma, pub, w.claims.submarine.id))!;
    expect(r.retracted).toBe(true);
    expect(r.located).toBe(false); // not highlighted in the document, so no #claim- anchor to point at
    expect(r.retraction).toMatchObject({ whatChanged: "Retracted the verdict", why: "The only source was fabricated" });
    const hidden = await makeWorkspace(t.prisma, { isPublic: false });
    await t.prisma.claim.update({ where: { id: w.claims.kerry.id }, data: { workspaceId: hidden.id } });
    try {
      expect(await publicClaim(t.prisma, pub, w.claims.kerry.id)).toBeNull();
    } finally {
      await t.prisma.claim.update({ where: { id: w.claims.kerry.id }, data: { workspaceId: w.ws.id } });
    }
  });

  it("document view: published claims highlighted (overlaps split), cited sources, summary", async () => {
    const d = (await publicDocument(t.prisma, await ws(), w.doc.id))!;
    expect(d.located.map((c) => c.id).sort()).toEqual(
      [w.claims.kerry.id, w.claims.contra.id, w.claims.leary.id].sort(),
    );
    const runs = d.blocks.flatMap((b) => b.segments).filter((s) => s.kind === "text" && s.claims.length > 0);
    expect(runs.some((s) => s.kind === "text" && s.claims.length === 2)).toBe(true);
    const highlighted = new Set(runs.flatMap((s) => (s.kind === "text" ? s.claims : [])));
    expect(highlighted.has(w.claims.zeppelin.id) || highlighted.has(w.claims.submarine.id)).toBe(false);
    expect(d.sources.map((s) => s.title)).toEqual(["Drugs, Law Enforcement and Foreign Policy"]);
    expect(d.claimants).toEqual([
      { id: w.claims.kerry.claimantId, name: "Kerry Committee", claims: 2 },
      { id: w.claims.leary.claimantId, name: "William M. Leary", claims: 1 },
    ]);
    expect(d.byRating.filter((r) => r.count).map((r) => [r.rating?.label, r.count])).toEqual([
      ["Supported", 1],
      ["Mostly supported", 1],
      ["Refuted", 1],
    ]);
    expect(JSON.stringify({ ...d, blocks: null, excerpt: null })).not.toMatch(PRIVATE);
  });

  it("a document with only draft claims is a 404", async () => {
    const other = await buildWorld(t.prisma);
    await t.prisma.claim.updateMany({ where: { workspaceId: other.ws.id }, data: { status: "draft" } });
    expect(await publicDocument(t.prisma, (await publicWorkspace(t.prisma, other.ws.slug))!, other.doc.id)).toBeNull();
    expect(await publicDocument(t.prisma, await ws(), other.doc.id)).toBeNull();
  });

  it("claimant page: public claims and their distribution; a claimant with only drafts is a 404", async () => {
    const pub = await ws();
    const k = (await publicClaimant(t.prisma, pub, w.claims.kerry.claimantId!))!;
    expect(k.claims.map((c) => c.id)).toEqual([w.claims.contra.id, w.claims.kerry.id]);
    expect(k.byRating.filter((r) => r.count).map((r) => r.rating?.label)).toEqual(["Supported", "Mostly supported"]);
    expect(JSON.stringify(k)).not.toMatch(/walrus/);
    expect(await publicClaimant(t.prisma, pub, w.claims.zeppelin.claimantId!)).toBeNull();
    const rita = (await publicClaimant(t.prisma, pub, w.claims.submarine.claimantId!))!;
    expect(rita.claims).toEqual([]);
    expect(rita.retracted.map((c) => c.id)).toEqual([w.claims.submarine.id]);
  });

  it("sitemap lists public pages of public workspaces only", async () => {
    const hidden = await buildWorld(t.prisma);
    await t.prisma.workspace.update({ where: { id: hidden.ws.id }, data: { isPublic: false } });
    const urls = (await publicSitemap(t.prisma, "https://example.org")).map((e) => e.url);
    const base = `https://example.org/w/${w.ws.slug}`;
    expect(urls).toEqual(
      expect.arrayContaining([
        base,
        `${base}/methodology`,
        `${base}/claims/${w.claims.kerry.id}`,
        `${base}/claims/${w.claims.submarine.id}`,
        `${base}/documents/${w.doc.id}`,
        `${base}/claimants/${w.claims.leary.claimantId}`,
      ]),
    );
    for (const k of ["zeppelin", "walrus", "platypus"] as const)
      expect(urls).not.toContain(`${base}/claims/${w.claims[k].id}`);
    expect(urls).not.toContain(`${base}/claimants/${w.claims.zeppelin.claimantId}`);
    expect(urls.some((u) => u.includes(hidden.ws.slug))).toBe(false);
  });
});
