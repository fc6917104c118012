import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { importDataset } from "@/lib/backup";
import { addRelation, createClaim, createClaimant } from "@/lib/claims";
import type { Db } from "@/lib/db";
import { importDocument } from "@/lib/documents";
import { AppError } from "@/lib/errors";
import { addEvidence } from "@/lib/evidence";
import { createSource } from "@/lib/sources";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

const DOC = [
  "Findings",
  "",
  "The Kerry Committee report found that individuals in the Contra movement were involved in drug trafficking.",
  "",
  "According to Gary Webb, the cocaine ring sold tons of cocaine in Los Angeles in the 1980s.",
  "",
  "Perhaps this was only a rumour.",
].join("\n");
const KERRY =
  "The Kerry Committee report found that individuals in the Contra movement were involved in drug trafficking.";
const WEBB = "the cocaine ring sold tons of cocaine in Los Angeles in the 1980s";
const RUMOUR = "Perhaps this was only a rumour.";

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

/** The workspace as `corroborate export --format json` describes it (docs/ARCHITECTURE.md, Contracts), written out here. */
async function exportJson(db: Db, slug: string) {
  const ws = await db.workspace.findUniqueOrThrow({ where: { slug } });
  const where = { workspaceId: ws.id };
  const docs = await db.document.findMany({ where, include: { currentVersion: true } });
  const claims = await db.claim.findMany({ where, orderBy: { createdAt: "asc" } });
  return {
    workspace: { slug: ws.slug, name: ws.name },
    documents: docs.map((d) => ({
      id: d.id,
      title: d.title,
      format: d.format,
      version: d.currentVersion!.number,
      text: d.currentVersion!.text,
    })),
    sources: await db.source.findMany({ where }),
    citations: [],
    claimants: await db.claimant.findMany({ where }),
    // Status and verdict as a published claim of the other workspace: never to be copied.
    claims: claims.map((c) => ({
      id: c.id,
      documentId: c.documentId,
      text: c.text,
      headline: c.headline,
      status: "published",
      verdict: "Supported",
      claimantId: c.claimantId,
      reportedById: c.reportedById,
      createdById: c.createdById,
      claimType: c.claimType,
      tags: c.tags,
      claimedAt: c.claimedAt?.toISOString() ?? null,
      anchor: {
        exact: c.anchorExact,
        prefix: c.anchorPrefix,
        suffix: c.anchorSuffix,
        start: c.anchorStart,
        end: c.anchorEnd,
      },
    })),
    evidence: (await db.evidence.findMany({ where: { claim: where } })).map((e) => ({
      claimId: e.claimId,
      sourceId: e.sourceId,
      stance: e.stance,
      excerpt: e.excerpt,
      strength: e.strength,
      locator: e.locator,
    })),
    relations: (await db.claimRelation.findMany({ where })).map((r) => ({
      fromClaimId: r.fromClaimId,
      toClaimId: r.toClaimId,
      type: r.type,
    })),
    reviews: [],
    corrections: [],
    comments: [],
  };
}

describe.each(DB_TARGETS)("dataset import on $name", (target) => {
  let t: TestDatabase;
  let json: string;
  let dst: { slug: string; id: string };
  let editor: Actor;
  const counts = async () => {
    const where = { workspaceId: dst.id };
    const [claims, claimants, sources, documents, evidence, relations, audit] = await Promise.all([
      t.prisma.claim.count({ where }),
      t.prisma.claimant.count({ where }),
      t.prisma.source.count({ where }),
      t.prisma.document.count({ where }),
      t.prisma.evidence.count({ where: { claim: where } }),
      t.prisma.claimRelation.count({ where }),
      t.prisma.auditEvent.count({ where }),
    ]);
    return { claims, claimants, sources, documents, evidence, relations, audit };
  };

  beforeAll(async () => {
    t = await createTestDatabase(target);
    // The other workspace, built through the real lib functions.
    const src = await makeWorkspace(t.prisma);
    const author = (await makeUser(t.prisma, { workspaceId: src.id, role: "editor" })).actor;
    const imported = await importDocument(t.prisma, author, {
      workspace: src.slug,
      title: "Findings",
      format: "text",
      text: DOC,
    });
    const docId = imported.documentId!;
    const text = (
      await t.prisma.document.findUniqueOrThrow({ where: { id: docId }, include: { currentVersion: true } })
    ).currentVersion!.text;
    const at = (q: string) => ({ documentId: docId, start: text.indexOf(q), end: text.indexOf(q) + q.length });
    const kerry = await createClaim(t.prisma, author, src.slug, {
      ...at(KERRY),
      claimant: { name: "Kerry Committee", kind: "organization" },
      tags: ["contras"],
      claimedAt: "1989-04-13",
    });
    const webb = await createClaim(t.prisma, author, src.slug, {
      ...at(WEBB),
      text: "A cocaine ring sold tons of cocaine in Los Angeles in the 1980s.",
      claimant: { name: "Gary Webb" },
      claimType: "allegation",
    });
    await createClaim(t.prisma, author, src.slug, {
      text: "The rumour spread in 1996.",
      claimant: { name: "Gary Webb" },
    });
    const report = await createSource(t.prisma, author, src.slug, {
      title: "Drugs, Law Enforcement and Foreign Policy",
      publisher: "U.S. Senate",
      date: "1989",
      type: "official_report",
      url: "https://example.org/kerry-report",
    });
    const series = await createSource(t.prisma, author, src.slug, {
      title: "Dark Alliance",
      authors: ["Gary Webb"],
      date: "1996",
      type: "news_article",
      url: "https://example.org/dark-alliance",
    });
    await addEvidence(t.prisma, author, src.slug, {
      claimId: kerry.id,
      sourceId: report.id,
      stance: "supports",
      excerpt: "individuals in the Contra movement",
      strength: "strong",
    });
    await addEvidence(t.prisma, author, src.slug, { claimId: webb.id, sourceId: series.id, stance: "supports" });
    await addEvidence(t.prisma, author, src.slug, {
      claimId: webb.id,
      sourceId: report.id,
      stance: "context",
      locator: "p. 41",
    });
    await addRelation(t.prisma, author, src.slug, { fromClaimId: kerry.id, toClaimId: webb.id, type: "supports" });
    const exported = await exportJson(t.prisma, src.slug);
    // One claim whose anchor no longer fits the text: imported, but without an anchor.
    const r = text.indexOf(RUMOUR);
    exported.claims.push({
      ...exported.claims[2],
      id: "stale",
      text: RUMOUR,
      documentId: docId,
      anchor: { exact: RUMOUR, prefix: null, suffix: null, start: r + 1, end: r + 1 + RUMOUR.length },
    });
    json = JSON.stringify(exported);

    // The target workspace already knows one claimant (other case) and one source (same URL).
    const ws = await makeWorkspace(t.prisma);
    dst = { slug: ws.slug, id: ws.id };
    editor = (await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" })).actor;
    await createClaimant(t.prisma, editor, dst.slug, { name: "kerry committee", kind: "organization" });
    await createSource(t.prisma, editor, dst.slug, {
      title: "Dark Alliance (series)",
      url: "https://example.org/dark-alliance",
    });
  });
  afterAll(async () => t?.drop());

  it("dry-runs an import: the report counts everything and nothing is written", async () => {
    const before = await counts();
    const report = await importDataset(t.prisma, editor, {
      workspace: dst.slug,
      format: "json",
      text: json,
      dryRun: true,
    });
    expect(report).toMatchObject({
      dryRun: true,
      claims: 4,
      anchored: 2,
      claimants: { new: 1, matched: 1 },
      sources: { new: 1, matched: 1 },
      documents: { new: 1, matched: 0 },
      evidence: 3,
      relations: 1,
    });
    expect(report.warnings).toEqual([
      expect.stringMatching(/claim stale: its quote no longer matches the document text/),
    ]);
    expect(await counts()).toEqual(before);
  });

  it("imports drafts with anchors, re-linked evidence and relations, and dedupes on a second import", async () => {
    const before = await counts();
    const dry = await importDataset(t.prisma, editor, {
      workspace: dst.slug,
      format: "json",
      text: json,
      dryRun: true,
    });
    const report = await importDataset(t.prisma, editor, {
      workspace: dst.slug,
      format: "json",
      text: json,
      dryRun: false,
    });
    expect(report).toEqual({ ...dry, dryRun: false });
    const after = await counts();
    expect(after).toMatchObject({
      claims: 4,
      claimants: before.claimants + 1,
      sources: before.sources + 1,
      documents: 1,
      evidence: 3,
      relations: 1,
    });

    const claims = await t.prisma.claim.findMany({
      where: { workspaceId: dst.id },
      include: { claimant: true, evidence: { include: { source: true } } },
    });
    for (const c of claims) {
      expect(c.status).toBe("draft");
      expect(c.ratingId).toBeNull();
      expect(c.tags).toContain("imported");
    }
    const doc = await t.prisma.document.findFirstOrThrow({
      where: { workspaceId: dst.id },
      include: { currentVersion: true },
    });
    const kerry = claims.find((c) => c.anchorExact === KERRY)!;
    expect(kerry.documentId).toBe(doc.id);
    expect(doc.currentVersion!.text.slice(kerry.anchorStart!, kerry.anchorEnd!)).toBe(KERRY);
    expect(kerry.claimant!.name).toBe("kerry committee"); // the existing claimant, matched by name
    expect(kerry.tags).toEqual(["contras", "imported"]);
    expect(kerry.claimedAt?.toISOString().slice(0, 10)).toBe("1989-04-13");
    expect(kerry.evidence.map((e) => [e.stance, e.strength, e.source.title])).toEqual([
      ["supports", "strong", "Drugs, Law Enforcement and Foreign Policy"],
    ]);
    const webb = claims.find((c) => c.anchorExact === WEBB)!;
    expect(webb.claimType).toBe("allegation");
    expect(webb.evidence.map((e) => e.source.title).sort()).toEqual([
      "Dark Alliance (series)",
      "Drugs, Law Enforcement and Foreign Policy",
    ]);
    expect(
      await t.prisma.claimRelation.findFirst({
        where: { fromClaimId: kerry.id, toClaimId: webb.id, type: "supports" },
      }),
    ).not.toBeNull();
    const stale = claims.find((c) => c.text === RUMOUR)!;
    expect([stale.documentId, stale.anchorStart]).toEqual([null, null]);
    // Every change went through the lib functions' audit trail, plus one record of the import's origin.
    const actions = (
      await t.prisma.auditEvent.findMany({ where: { workspaceId: dst.id, at: { gte: new Date(Date.now() - 60_000) } } })
    ).map((a) => a.action);
    expect(actions.filter((a) => a === "claim.create")).toHaveLength(4);
    expect(actions.filter((a) => a === "evidence.add")).toHaveLength(3);
    const origin = await t.prisma.auditEvent.findFirstOrThrow({
      where: { workspaceId: dst.id, action: "dataset.import" },
    });
    expect(Object.values((origin.after as { claims: Record<string, string> }).claims)).toHaveLength(4);

    const again = await importDataset(t.prisma, editor, {
      workspace: dst.slug,
      format: "json",
      text: json,
      dryRun: false,
    });
    expect(again).toMatchObject({
      claims: 4,
      claimants: { new: 0, matched: 2 },
      sources: { new: 0, matched: 2 },
      documents: { new: 0, matched: 1 },
    });
    expect(again.warnings.filter((w) => /already has a claim with this statement/.test(w))).toHaveLength(4);
    expect(await counts()).toMatchObject({
      claims: 8,
      claimants: after.claimants,
      sources: after.sources,
      documents: 1,
      evidence: 6,
      relations: 2,
    });
  });

  it("imports the claims CSV, matching claimants by name and dropping bad tags with a warning", async () => {
    const csv = [
      "text,claimant,tags,headline,claimType,claimedAt",
      `"The CIA kept ties with alleged traffickers, said Hitz.",Frederick Hitz,cia;Inspector-General,Hitz on the CIA,allegation,1998-03-16`,
      `The committee heard testimony from traffickers.,KERRY COMMITTEE,ok-tag;Not A Tag!,,,`,
      // As our CSV export writes a cell that starts like a spreadsheet formula.
      `'-40% of the heroin came through Laos.,,,,,`,
    ].join("\r\n");
    const before = await counts();
    const dry = await importDataset(t.prisma, editor, { workspace: dst.slug, format: "csv", text: csv, dryRun: true });
    expect(dry).toMatchObject({
      claims: 3,
      anchored: 0,
      claimants: { new: 1, matched: 1 },
      sources: { new: 0, matched: 0 },
      evidence: 0,
    });
    expect(dry.warnings).toEqual([expect.stringMatching(/claim line 3: tag 'Not A Tag!' dropped/)]);
    expect(await counts()).toEqual(before);
    await importDataset(t.prisma, editor, { workspace: dst.slug, format: "csv", text: csv, dryRun: false });
    const hitz = await t.prisma.claim.findFirstOrThrow({
      where: { workspaceId: dst.id, claimant: { name: "Frederick Hitz" } },
    });
    expect(hitz).toMatchObject({
      status: "draft",
      headline: "Hitz on the CIA",
      claimType: "allegation",
      tags: ["cia", "inspector-general", "imported"],
    });
    expect(hitz.claimedAt?.toISOString().slice(0, 10)).toBe("1998-03-16");
    const committee = await t.prisma.claim.findFirstOrThrow({
      where: { workspaceId: dst.id, text: "The committee heard testimony from traffickers." },
      include: { claimant: true },
    });
    expect(committee.claimant?.name).toBe("kerry committee"); // the workspace's own claimant, matched in any case
    expect(committee.tags).toEqual(["ok-tag", "imported"]);
    expect(
      await t.prisma.claim.count({
        where: { workspaceId: dst.id, text: "-40% of the heroin came through Laos.", claimantId: null },
      }),
    ).toBe(1);
  });

  it("refuses bad files and members who may not create claims, writing nothing", async () => {
    const before = await counts();
    const run = (format: "json" | "csv", text: string, actor = editor) =>
      errorOf(importDataset(t.prisma, actor, { workspace: dst.slug, format, text, dryRun: false }));
    expect((await run("json", "{ not json")).message).toMatch(/not valid JSON/);
    expect((await run("json", "[]")).message).toMatch(/not a corroborate JSON export/);
    expect((await run("json", `{"documents": []}`)).message).toMatch(/'claims' array/);
    expect((await run("json", `{"claims": [{"id": "c1"}]}`)).message).toMatch(/claims\.0\.text/);
    expect((await run("csv", "statement,claimant\nSomething,Someone")).message).toMatch(
      /no 'text' column \(found: statement, claimant\)/,
    );
    expect((await run("csv", "")).message).toMatch(/the CSV is empty/);
    expect((await run("csv", `text,claimant\n"unclosed,x`)).code).toBe("unprocessable");
    const reviewer = (await makeUser(t.prisma, { workspaceId: dst.id, role: "reviewer" })).actor;
    expect((await run("json", json, reviewer)).status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
