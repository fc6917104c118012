// The public record (issue 14 item 5), built through the real workflow: submit with a proposed
// verdict, approve by another member, publish, open a correction that changes the verdict and
// adds evidence, have it approved by someone who did not edit it, publish it with a reason.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createClaim, updateClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { addEvidence } from "@/lib/evidence";
import {
  atomFeed,
  cachedPages,
  correctionFeedEntries,
  parseCorrectionsQuery,
  parseVerdictsQuery,
  publicClaimants,
  publicCorrections,
  publicRevision,
  publicRevisions,
  publicSitemap,
  publicVerdicts,
  publicWorkspace,
  CORRECTIONS_PAGE_SIZE,
  type PublicWorkspace,
} from "@/lib/publishing";
import { openCorrection, publishClaim, retractClaim, reviewClaim, submitClaim } from "@/lib/review";
import { createSource, updateSource } from "@/lib/sources";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { publishReviewed } from "../../support/review";
import { assertWellFormedXml } from "../../unit/publishing/xml-check";
import { buildWorld } from "./world";
import { GET as correctionsFeedGET } from "@/app/(public)/w/[workspace]/corrections/feed.xml/route";
import { useAppDatabase } from "../../support/app-database";

vi.mock("@/lib/db/server", () => import("../../support/app-database"));

const ORIGIN = "https://example.org";
const DOC = [
  "Findings",
  "",
  "Leary argued that the CIA did not take part in the opium trade in Laos.",
  "",
  "Air America flew opium out of Laos.",
].join("\n");

async function buildRecord(db: TestDatabase["prisma"]) {
  const ws = await makeWorkspace(db);
  const [author, reviewer, reviewer2, editor] = await Promise.all([
    makeUser(db, { workspaceId: ws.id, role: "contributor" }),
    makeUser(db, { workspaceId: ws.id, role: "reviewer" }),
    makeUser(db, { workspaceId: ws.id, role: "reviewer" }),
    makeUser(db, { workspaceId: ws.id, role: "editor" }),
  ]);
  await db.user.update({ where: { id: author.user.id }, data: { name: "Ann Author" } });
  await db.user.update({ where: { id: reviewer.user.id }, data: { name: "Rex Reviewer" } });
  const ratings = Object.fromEntries(
    (await db.rating.findMany({ where: { scaleId: ws.ratingScaleId! } })).map((r) => [r.label, r.id]),
  );
  const kerryReport = await createSource(db, editor.actor, ws.slug, {
    title: "Kerry Committee report",
    url: "https://example.org/kerry",
  });
  const igReport = await createSource(db, editor.actor, ws.slug, {
    title: "CIA Inspector General report",
    url: "https://example.org/ig",
  });

  // A claim goes public: proposed by its author, approved by a reviewer, published by an editor.
  const publishNew = async (input: Parameters<typeof createClaim>[3], verdict: string, rationale: string) => {
    const c = await createClaim(db, author.actor, ws.slug, input);
    await publishReviewed(db, { author, reviewer, editor }, ws.slug, c.id, {
      verdict,
      confidence: "medium",
      rationale,
    });
    return c;
  };

  const cia = await createClaim(db, author.actor, ws.slug, {
    text: "The CIA tolerated Contra drug trafficking.",
    claimant: { name: "Kerry Committee", kind: "organization" },
    tags: ["contras"],
  });
  await addEvidence(db, author.actor, ws.slug, {
    claimId: cia.id,
    sourceId: kerryReport.id,
    stance: "supports",
    strength: "strong",
    excerpt: "officials knew",
    note: "INTERNAL note",
  });
  await publishReviewed(db, { author, reviewer, editor }, ws.slug, cia.id, {
    verdict: "Mostly supported",
    confidence: "medium",
    rationale: "The **Kerry report** documents what officials knew.",
  });

  // Correction: the editor changes the verdict and adds contesting evidence; reviewer2 (who did not edit) approves.
  const draft = await openCorrection(db, editor.actor, ws.slug, cia.id);
  await updateClaim(db, editor.actor, ws.slug, cia.id, {
    version: draft.version,
    proposedVerdict: "Contested",
    proposedConfidence: "high",
    proposedRationale: "The Inspector General report <b>contests</b> what officials knew.",
  });
  await addEvidence(db, editor.actor, ws.slug, {
    claimId: cia.id,
    sourceId: igReport.id,
    stance: "contests",
    strength: "moderate",
    excerpt: "no evidence of tolerance",
  });
  await submitClaim(db, editor.actor, ws.slug, cia.id);
  await reviewClaim(db, reviewer2.actor, ws.slug, cia.id, { decision: "approve" });
  await publishClaim(db, editor.actor, ws.slug, cia.id, { why: "The 1998 Inspector General report was released." });

  const imported = await importDocument(db, editor.actor, {
    workspace: ws.slug,
    title: "Findings",
    format: "text",
    text: DOC,
  });
  const doc = await db.document.findUniqueOrThrow({
    where: { id: imported.documentId! },
    include: { currentVersion: true },
  });
  const quote = "Leary argued that the CIA did not take part in the opium trade in Laos.";
  const start = doc.currentVersion!.text.indexOf(quote);
  const leary = await publishNew(
    { documentId: doc.id, start, end: start + quote.length, claimant: { name: "William M. Leary" }, tags: ["laos"] },
    "Refuted",
    "Contradicted by McCoy.",
  );
  const kerry2 = await publishNew(
    { text: "Contra suppliers used drug money.", claimant: { id: cia.claimantId! }, tags: ["contras"] },
    "Refuted",
    "No record shows it.",
  );
  const rita = await publishNew(
    { text: "Submarines carried heroin to Florida.", claimant: { name: "Retracted Rita" } },
    "Supported",
    "One source said so.",
  );
  await retractClaim(db, editor.actor, ws.slug, rita.id, { why: "The only source was fabricated." });

  // Never public: a draft and a claim in review (a stray correction row on the draft must not leak).
  const draftClaim = await createClaim(db, author.actor, ws.slug, {
    text: "A zeppelin smuggled marmalade.",
    claimant: { name: "Secret Sam" },
    tags: ["hidden-tag"],
  });
  await db.correction.create({
    data: { claimId: draftClaim.id, workspaceId: ws.id, whatChanged: "Draft note never public", why: "draft" },
  });
  const inReview = await createClaim(db, author.actor, ws.slug, {
    text: "The walrus was in review.",
    claimant: { id: cia.claimantId! },
  });
  await submitClaim(db, author.actor, ws.slug, inReview.id, { verdict: "Refuted", confidence: "low", rationale: "x" });

  return {
    ws,
    author,
    reviewer,
    reviewer2,
    editor,
    ratings,
    doc,
    sources: { kerryReport, igReport },
    claims: { cia, leary, kerry2, rita, draftClaim, inReview },
  };
}

/** The entries of an Atom document, read back from its text (after a well-formedness check). */
function atomEntries(xml: string) {
  assertWellFormedXml(xml);
  const un = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  const one = (body: string, re: RegExp) => un(re.exec(body)?.[1] ?? "");
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body]) => ({
    id: one(body, /<id>([^<]*)<\/id>/),
    title: one(body, /<title>([^<]*)<\/title>/),
    link: one(body, /<link rel="alternate" type="text\/html" href="([^"]*)"/),
    category: one(body, /<category term="([^"]*)"/),
    summary: one(body, /<summary>([^<]*)<\/summary>/),
    updated: one(body, /<updated>([^<]*)<\/updated>/),
  }));
}

describe.each(DB_TARGETS)("public record on $name", (target) => {
  let t: TestDatabase;
  let r: Awaited<ReturnType<typeof buildRecord>>;
  let ws: PublicWorkspace;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    r = await buildRecord(t.prisma);
    ws = (await publicWorkspace(t.prisma, r.ws.slug))!;
  });
  afterAll(async () => t?.drop());

  it("lists every published revision newest first, with verdict, names and the correction that came with it", async () => {
    const list = (await publicRevisions(t.prisma, ws, r.claims.cia.id))!;
    expect(list.headline).toBe("The CIA tolerated Contra drug trafficking.");
    expect(list.revisions.map((v) => [v.number, v.rating?.label, v.confidence, v.authorName, v.reviewerName])).toEqual([
      [2, "Contested", "high", "Ann Author", "Test User"],
      [1, "Mostly supported", "medium", "Ann Author", "Rex Reviewer"],
    ]);
    expect(list.revisions[0].corrections).toEqual([
      expect.objectContaining({ kind: "correction", why: "The 1998 Inspector General report was released." }),
    ]);
    expect(list.revisions[0].corrections[0].whatChanged).toMatch(
      /Verdict changed from Mostly supported to Contested\..*Evidence added: CIA Inspector General report \(Contests\)\./,
    );
    expect(list.revisions[1].corrections).toEqual([]);
    // A retraction is a note on the revision it withdrew.
    const rita = (await publicRevisions(t.prisma, ws, r.claims.rita.id))!;
    expect(rita.retracted).toBe(true);
    expect(rita.revisions.map((v) => [v.number, v.corrections.map((c) => c.kind)])).toEqual([[1, ["retraction"]]]);
  });

  it("shows revision n as it was published, with the changes and a word diff from n-1", async () => {
    const rev2 = (await publicRevision(t.prisma, ws, r.claims.cia.id, 2))!;
    expect(rev2.latest).toBe(2);
    expect(rev2.revision).toMatchObject({
      number: 2,
      text: "The CIA tolerated Contra drug trafficking.",
      claimantName: "Kerry Committee",
      tags: ["contras"],
      confidence: "high",
    });
    expect(rev2.revision.rating?.label).toBe("Contested");
    expect(rev2.evidence.supports.map((e) => e.source.title)).toEqual(["Kerry Committee report"]);
    expect(rev2.evidence.contests.map((e) => [e.source.title, e.excerpt, e.strength])).toEqual([
      ["CIA Inspector General report", "no evidence of tolerance", "moderate"],
    ]);
    expect(JSON.stringify(rev2)).not.toMatch(/INTERNAL/);
    expect(rev2.changes).toEqual([
      { field: "verdict", from: "Mostly supported", to: "Contested" },
      { field: "confidence", from: "medium", to: "high" },
      {
        field: "rationale",
        from: "The **Kerry report** documents what officials knew.",
        to: "The Inspector General report <b>contests</b> what officials knew.",
      },
      { field: "evidence", change: "added", source: "CIA Inspector General report", stance: "contests" },
    ]);
    // The statement did not change; the rationale's diff keeps the common words and marks the rest.
    expect(rev2.textDiff!.statement).toEqual([]);
    const rationale = rev2.textDiff!.rationale;
    expect(
      rationale
        .filter((p) => p.op === "equal")
        .map((p) => p.text)
        .join(""),
    ).toContain(" what officials knew.");
    expect(
      rationale
        .filter((p) => p.op === "delete")
        .map((p) => p.text)
        .join(""),
    ).toContain("**Kerry report** documents");
    expect(
      rationale
        .filter((p) => p.op === "insert")
        .map((p) => p.text)
        .join(""),
    ).toContain("<b>contests</b>");
    expect(
      rationale
        .filter((p) => p.op !== "insert")
        .map((p) => p.text)
        .join(""),
    ).toBe("The **Kerry report** documents what officials knew.");
    expect(
      rationale
        .filter((p) => p.op !== "delete")
        .map((p) => p.text)
        .join(""),
    ).toBe("The Inspector General report <b>contests</b> what officials knew.");

    const rev1 = (await publicRevision(t.prisma, ws, r.claims.cia.id, 1))!;
    expect(rev1).toMatchObject({ previous: null, changes: [], textDiff: null, notes: [] });
    expect(rev1.revision.rating?.label).toBe("Mostly supported");
    expect(rev1.evidence.contests).toEqual([]);
    expect(rev1.revision.rationale).toBe("The **Kerry report** documents what officials knew.");
  });

  it("keeps a revision as it was when a source is renamed later", async () => {
    const src = await t.prisma.source.findUniqueOrThrow({ where: { id: r.sources.kerryReport.id } });
    await updateSource(t.prisma, r.editor.actor, r.ws.slug, src.id, {
      version: src.version,
      title: "Renamed report",
      url: "https://evil.example/x",
    });
    const rev1 = (await publicRevision(t.prisma, ws, r.claims.cia.id, 1))!;
    expect(rev1.evidence.supports.map((e) => [e.source.title, e.source.url])).toEqual([
      ["Kerry Committee report", "https://example.org/kerry"],
    ]);
  });

  it("404s: a missing n, a non-public claim, another workspace", async () => {
    for (const n of [0, 3, -1, 1.5, Number.NaN])
      expect(await publicRevision(t.prisma, ws, r.claims.cia.id, n)).toBeNull();
    for (const id of [r.claims.draftClaim.id, r.claims.inReview.id, "nope"]) {
      expect(await publicRevisions(t.prisma, ws, id)).toBeNull();
      expect(await publicRevision(t.prisma, ws, id, 1)).toBeNull();
    }
    const other = await makeWorkspace(t.prisma);
    const otherWs = (await publicWorkspace(t.prisma, other.slug))!;
    expect(await publicRevisions(t.prisma, otherWs, r.claims.cia.id)).toBeNull();
    expect(await publicRevision(t.prisma, otherWs, r.claims.cia.id, 1)).toBeNull();
  });

  it("logs corrections and retractions of public claims only, newest first, with their kind and revision", async () => {
    const log = await publicCorrections(t.prisma, ws, 1);
    expect(log).toMatchObject({ page: 1, total: 2, pages: 1 });
    expect(log.items.map((x) => [x.kind, x.claim.id, x.revisionNumber])).toEqual([
      ["retraction", r.claims.rita.id, 1],
      ["correction", r.claims.cia.id, 2],
    ]);
    expect(log.items[1]).toMatchObject({
      why: "The 1998 Inspector General report was released.",
      claim: { headline: "The CIA tolerated Contra drug trafficking." },
    });
    expect(JSON.stringify(log)).not.toMatch(/Draft note never public/);
    expect(await publicCorrections(t.prisma, ws, 2)).toMatchObject({ total: 2, items: [] });
  });

  it("publishes the log as an Atom feed: corrections link to their revision, retractions to the notice", async () => {
    const xml = atomFeed(ws, await correctionFeedEntries(t.prisma, ws, ORIGIN), ORIGIN, {
      self: `/w/${ws.slug}/corrections/feed.xml`,
      title: `${ws.name}: corrections and retractions`,
      alternate: `/w/${ws.slug}/corrections`,
    });
    expect(xml).toContain(
      `<link rel="self" type="application/atom+xml" href="${ORIGIN}/w/${ws.slug}/corrections/feed.xml"/>`,
    );
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${ORIGIN}/w/${ws.slug}/corrections"/>`);
    const entries = atomEntries(xml);
    const claimUrl = (id: string) => `${ORIGIN}/w/${ws.slug}/claims/${id}`;
    expect(entries.map((e) => [e.category, e.title, e.link])).toEqual([
      ["Retraction", "Retraction: Submarines carried heroin to Florida.", entries[0].id],
      [
        "Correction",
        "Correction: The CIA tolerated Contra drug trafficking.",
        `${claimUrl(r.claims.cia.id)}/revisions/2`,
      ],
    ]);
    expect(entries[0].id).toMatch(new RegExp(`^${claimUrl(r.claims.rita.id)}#correction-`));
    expect(entries[0].summary).toBe("Retracted. Why: The only source was fabricated.");
    expect(entries[1].summary).toMatch(
      /^Verdict changed from Mostly supported to Contested\..* Why: The 1998 Inspector General report was released\.$/,
    );
    expect(new Date(entries[0].updated) >= new Date(entries[1].updated)).toBe(true);
    expect(xml).not.toMatch(/Draft note never public/);
  });

  it("indexes claimants with public claims: counts, verdict distribution, retracted checks apart", async () => {
    const { claimants: list, total, pages } = await publicClaimants(t.prisma, ws);
    expect([total, pages]).toEqual([3, 1]);
    const row = (name: string) => list.find((c) => c.name === name);
    expect(list.map((c) => [c.name, c.claims, c.retracted])).toEqual([
      ["Kerry Committee", 2, 0],
      ["William M. Leary", 1, 0],
      ["Retracted Rita", 0, 1],
    ]);
    const counts = (name: string) =>
      Object.fromEntries(
        row(name)!
          .byRating.filter((b) => b.count)
          .map((b) => [b.rating?.label, b.count]),
      );
    expect(counts("Kerry Committee")).toEqual({ Contested: 1, Refuted: 1 });
    expect(counts("William M. Leary")).toEqual({ Refuted: 1 });
    // Every rating of the scale is listed (zeros kept) so distributions compare.
    expect(row("Kerry Committee")!.byRating.map((b) => b.rating?.id)).toEqual(ws.ratings.map((x) => x.id));
    expect(row("Secret Sam")).toBeUndefined();
  });

  it("lists verdicts filtered by rating, claimant, topic and document, with counts per rating", async () => {
    const verdicts = async (raw: Record<string, string | string[]>) => {
      const q = parseVerdictsQuery(raw);
      if (!q.ok) throw new Error(q.errors.join("; "));
      return publicVerdicts(t.prisma, ws, q.input);
    };
    const { cia, leary, kerry2 } = r.claims;
    const all = await verdicts({});
    expect(all.claims.map((c) => c.id)).toEqual([kerry2.id, leary.id, cia.id]);
    expect(all).toMatchObject({ total: 3, pages: 1 });
    const count = (v: typeof all) =>
      Object.fromEntries(v.counts.filter((c) => c.count).map((c) => [c.rating?.label, c.count]));
    expect(count(all)).toEqual({ Contested: 1, Refuted: 2 });

    const refuted = await verdicts({ rating: r.ratings["Refuted"] });
    expect(refuted.claims.map((c) => c.id)).toEqual([kerry2.id, leary.id]);
    expect(refuted).toMatchObject({ total: 2, labels: { rating: "Refuted" } });
    const kerry = await verdicts({ claimant: cia.claimantId! });
    expect(kerry.claims.map((c) => c.id)).toEqual([kerry2.id, cia.id]);
    expect(kerry.labels.claimant).toBe("Kerry Committee");
    expect(count(kerry)).toEqual({ Contested: 1, Refuted: 1 });
    // The rating filter narrows the list; the counts stay those of the other filters, to offer each rating.
    const both = await verdicts({ claimant: cia.claimantId!, rating: r.ratings["Refuted"] });
    expect(both.claims.map((c) => c.id)).toEqual([kerry2.id]);
    expect(both.total).toBe(1);
    expect(count(both)).toEqual({ Contested: 1, Refuted: 1 });
    expect((await verdicts({ topic: "laos" })).claims.map((c) => c.id)).toEqual([leary.id]);
    expect((await verdicts({ tag: "contras" })).claims.map((c) => c.id)).toEqual([kerry2.id, cia.id]);
    const inDoc = await verdicts({ document: r.doc.id });
    expect(inDoc.claims.map((c) => c.id)).toEqual([leary.id]);
    expect(inDoc.labels.document).toBe("Findings");
    // Unpublished claims never count, nor do retracted ones; a hidden claimant's name does not resolve.
    expect((await verdicts({ topic: "hidden-tag" })).total).toBe(0);
    const sam = await verdicts({ claimant: r.claims.draftClaim.claimantId! });
    expect(sam).toMatchObject({ total: 0, claims: [], labels: { claimant: null } });
    expect((await verdicts({ claimant: r.claims.rita.claimantId! })).total).toBe(0);
    // Blank form fields are "any", repeated parameters take the first.
    expect((await verdicts({ rating: "", claimant: "", topic: "", document: "", page: "" })).total).toBe(3);
    expect((await verdicts({ topic: ["laos", "contras"] })).claims.map((c) => c.id)).toEqual([leary.id]);
    expect(await verdicts({ page: "2" })).toMatchObject({ total: 3, claims: [] });
    // Through the page's cache, equal filters give the same result.
    const q = parseVerdictsQuery({ topic: "laos" });
    if (!q.ok) throw new Error("parse");
    expect((await cachedPages.verdicts(t.prisma, ws, q.input)).claims.map((c) => c.id)).toEqual([leary.id]);
  });

  it("explains invalid query parameters instead of failing", () => {
    for (const raw of [
      { rating: "x'; DROP TABLE" },
      { page: "abc" },
      { page: "0" },
      { page: "1.5" },
      { claimant: "a".repeat(65) },
      { topic: "t".repeat(65) },
      { page: "99999999" },
    ]) {
      const q = parseVerdictsQuery(raw);
      expect(q.ok, JSON.stringify(raw)).toBe(false);
      if (!q.ok) expect(q.errors.length).toBeGreaterThan(0);
    }
    const bad = parseVerdictsQuery({ rating: "<script>", page: "-3" });
    expect(bad).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^rating: /), expect.stringMatching(/^page: pages start at 1/)],
    });
    expect(parseCorrectionsQuery({ page: "two" })).toMatchObject({ ok: false });
    expect(parseCorrectionsQuery({ page: "3", utm_source: "x" })).toEqual({ ok: true, input: { page: 3 } });
  });

  it("adds the record's pages to the sitemap", async () => {
    const urls = (await publicSitemap(t.prisma, ORIGIN)).map((e) => e.url);
    const base = `${ORIGIN}/w/${ws.slug}`;
    expect(urls).toEqual(
      expect.arrayContaining([
        `${base}/verdicts`,
        `${base}/claimants`,
        `${base}/documents`,
        `${base}/corrections`,
        `${base}/claims/${r.claims.cia.id}/revisions`,
        `${base}/claims/${r.claims.cia.id}/revisions/1`,
        `${base}/claims/${r.claims.cia.id}/revisions/2`,
      ]),
    );
    expect(urls.some((u) => u.includes(r.claims.draftClaim.id) || u.includes(r.claims.inReview.id))).toBe(false);
  });
});

describe.each(DB_TARGETS)("corrections log pagination on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("pages the log 50 at a time, newest first, with no gaps or repeats", async () => {
    const wsRow = await makeWorkspace(t.prisma);
    const [author, reviewer, editor] = await Promise.all([
      makeUser(t.prisma, { workspaceId: wsRow.id, role: "contributor" }),
      makeUser(t.prisma, { workspaceId: wsRow.id, role: "reviewer" }),
      makeUser(t.prisma, { workspaceId: wsRow.id, role: "editor" }),
    ]);
    const c = await createClaim(t.prisma, author.actor, wsRow.slug, { text: "A claim corrected many times." });
    await publishReviewed(t.prisma, { author, reviewer, editor }, wsRow.slug, c.id, {
      confidence: "low",
      rationale: "Start.",
    });
    // 51 real corrections would take minutes on two cores: the first is real, the rest are copies
    // of it with distinct dates (paging reads only the rows and their order).
    const draft = await openCorrection(t.prisma, editor.actor, wsRow.slug, c.id);
    await updateClaim(t.prisma, editor.actor, wsRow.slug, c.id, {
      version: draft.version,
      proposedRationale: "Revised.",
    });
    await submitClaim(t.prisma, editor.actor, wsRow.slug, c.id);
    await reviewClaim(t.prisma, reviewer.actor, wsRow.slug, c.id, { decision: "approve" });
    await publishClaim(t.prisma, editor.actor, wsRow.slug, c.id, { why: "Clearer." });
    const real = await t.prisma.correction.findFirstOrThrow({ where: { claimId: c.id } });
    const base = real.createdAt.getTime();
    await t.prisma.correction.createMany({
      data: Array.from({ length: CORRECTIONS_PAGE_SIZE + 2 }, (_, i) => ({
        claimId: c.id,
        workspaceId: wsRow.id,
        revisionId: real.revisionId,
        kind: "correction" as const,
        whatChanged: real.whatChanged,
        why: `copy ${i}`,
        createdAt: new Date(base - (i + 1) * 60_000),
      })),
    });
    const ws = (await publicWorkspace(t.prisma, wsRow.slug))!;
    const p1 = await publicCorrections(t.prisma, ws, 1);
    const p2 = await publicCorrections(t.prisma, ws, 2);
    expect(p1).toMatchObject({ total: CORRECTIONS_PAGE_SIZE + 3, pages: 2 });
    expect(p1.items).toHaveLength(CORRECTIONS_PAGE_SIZE);
    expect(p2.items).toHaveLength(3);
    expect(p1.items[0]).toMatchObject({ id: real.id, why: "Clearer.", revisionNumber: 2 });
    const all = [...p1.items, ...p2.items];
    expect(new Set(all.map((x) => x.id)).size).toBe(all.length);
    expect(all.map((x) => x.createdAt.getTime())).toEqual(
      [...all.map((x) => x.createdAt.getTime())].sort((a, b) => b - a),
    );
    expect(p2.items.at(-1)!.why).toBe(`copy ${CORRECTIONS_PAGE_SIZE + 1}`);
  });
});

describe.each(DB_TARGETS)("public record leaks nothing on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("every record loader over the shared public world holds only published data", async () => {
    const w = await buildWorld(t.prisma);
    const ws = (await publicWorkspace(t.prisma, w.ws.slug))!;
    const bodies: unknown[] = [
      await publicCorrections(t.prisma, ws, 1),
      await publicClaimants(t.prisma, ws),
      await correctionFeedEntries(t.prisma, ws, ORIGIN),
    ];
    for (const raw of [
      {},
      { topic: "hidden-tag" },
      { claimant: w.claims.zeppelin.claimantId! },
      { document: w.doc.id },
    ]) {
      const q = parseVerdictsQuery(raw);
      // The page echoes the visitor's own filter back; what was found must hold nothing hidden.
      if (q.ok) bodies.push({ ...(await publicVerdicts(t.prisma, ws, q.input)), input: null });
    }
    for (const c of [w.claims.kerry, w.claims.contra, w.claims.leary, w.claims.submarine]) {
      const list = (await publicRevisions(t.prisma, ws, c.id))!;
      bodies.push(list);
      for (const rev of list.revisions) bodies.push(await publicRevision(t.prisma, ws, c.id, rev.number));
    }
    // Kerry's first revision predates snapshots: it is listed and shown, its statement "not recorded".
    const early = (await publicRevision(t.prisma, ws, w.claims.kerry.id, 1))!;
    expect(early.revision).toMatchObject({ number: 1, text: null, headline: w.claims.kerry.headline });
    // The next one compares only the verdict with it (nothing else was recorded).
    const next = (await publicRevision(t.prisma, ws, w.claims.kerry.id, 2))!;
    expect(next.previous).toMatchObject({ number: 1, snapshotted: false });
    expect(next.changes).toEqual([{ field: "verdict", from: "Mostly supported", to: "Supported" }]);
    expect(next.textDiff).toEqual({ statement: [], rationale: [] });
    const text = JSON.stringify(bodies);
    expect(text).toContain("Kerry Committee");
    for (const secret of [
      "INTERNAL",
      "secret relation note",
      "Draft correction never public",
      "walrus",
      "platypus",
      "Secret Sam",
      "hidden-tag",
      "Private",
      "A weak objection",
    ]) {
      expect(text, secret).not.toContain(secret);
    }
    for (const k of ["zeppelin", "walrus", "platypus"] as const)
      expect(await publicRevisions(t.prisma, ws, w.claims[k].id)).toBeNull();
  });

  it("serves the corrections feed over its route; a private workspace's is a 404", async () => {
    // The route opens the database through lib/db/server, mocked above with this test's database.
    useAppDatabase(t);
    try {
      const w = await buildWorld(t.prisma);
      const get = (slug: string) =>
        correctionsFeedGET(new Request(`http://localhost/w/${slug}/corrections/feed.xml`), {
          params: Promise.resolve({ workspace: slug }),
        });
      const res = await get(w.ws.slug);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      const xml = await res.text();
      expect(atomEntries(xml).map((e) => e.category)).toEqual(["Retraction", "Correction"]);
      expect(xml).toContain(`/w/${w.ws.slug}/corrections/feed.xml"/>`);
      expect(xml).not.toMatch(/Draft correction never public|INTERNAL/);
      await t.prisma.workspace.update({ where: { id: w.ws.id }, data: { isPublic: false } });
      expect((await get(w.ws.slug)).status).toBe(404);
    } finally {
      useAppDatabase(undefined);
    }
  });
});
