// A small newsroom for export tests: published, retracted and unpublished claims side by side,
// with every kind of internal data (drafts, reviews, comments, notes, emails) marked by a word
// that must never appear in a public export.
import type { Db } from "@/lib/db";
import { createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { makeUser, makeWorkspace } from "../../support/factories";
import { snapshotPublicClaims } from "../../support/published";

export const PUBLIC_DOC = [
  "Findings",
  "",
  "The Kerry Committee report found that individuals in the Contra movement were involved in drug trafficking.<ref>{{citation|title=Drugs, Law Enforcement and Foreign Policy|publisher=U.S. Senate|date=1989}}</ref>",
  "",
  "According to Gary Webb, the cocaine ring sold tons of cocaine in Los Angeles in the 1980s.",
  "",
  "The CIA did not take part in the opium trade in Laos.",
].join("\n");

const DRAFT_DOC = "An internal memo.\n\nThe agency DRAFT-SECRET ran the whole operation from a basement.";

/** Values that break naive CSV writers, and a formula a spreadsheet would run. */
export const TRICKY_TEXT =
  '=HYPERLINK("http://evil.example","click"), said "they"; line one\nline two — Ünïcødé 東京 🚀';
export const TRICKY_CLAIMANT = '+Formula, "Quoted" Man';

export async function buildNewsroom(db: Db, opts: { isPublic?: boolean } = {}) {
  const ws = await makeWorkspace(db, { isPublic: opts.isPublic ?? true });
  const editor = await makeUser(db, {
    workspaceId: ws.id,
    role: "editor",
    email: `editor-email-${ws.slug}@example.test`,
  });
  const reviewer = await makeUser(db, { workspaceId: ws.id, role: "reviewer" });
  const scale = await db.rating.findMany({ where: { scaleId: ws.ratingScaleId! } });
  const rating = (label: string) => scale.find((r) => r.label === label)!.id;

  const a = await importDocument(db, editor.actor, {
    workspace: ws.slug,
    title: "Findings",
    format: "wikitext",
    text: PUBLIC_DOC,
  });
  const b = await importDocument(db, editor.actor, {
    workspace: ws.slug,
    title: "Memo DOCB-SECRET",
    format: "text",
    text: DRAFT_DOC,
  });
  const docA = await db.document.findUniqueOrThrow({ where: { id: a.documentId! }, include: { currentVersion: true } });
  const docB = await db.document.findUniqueOrThrow({ where: { id: b.documentId! }, include: { currentVersion: true } });
  const sel = (text: string, exact: string) => ({
    start: text.indexOf(exact),
    end: text.indexOf(exact) + exact.length,
  });
  const textA = docA.currentVersion!.text;

  const kerry =
    "The Kerry Committee report found that individuals in the Contra movement were involved in drug trafficking.";
  const c1 = await createClaim(db, editor.actor, ws.slug, {
    documentId: docA.id,
    ...sel(textA, kerry),
    claimant: { name: "Kerry Committee", kind: "organization" },
    claimedAt: "1989-04-13",
    tags: ["contras", "drug-trade"],
  });
  const c2 = await createClaim(db, editor.actor, ws.slug, {
    text: TRICKY_TEXT,
    documentId: docA.id,
    ...sel(textA, "the cocaine ring sold tons of cocaine"),
    claimant: { name: TRICKY_CLAIMANT },
  });
  const c3 = await createClaim(db, editor.actor, ws.slug, {
    documentId: docA.id,
    ...sel(textA, "The CIA did not take part in the opium trade in Laos."),
    claimant: { name: "William M. Leary" },
  });
  const draft = await createClaim(db, editor.actor, ws.slug, {
    documentId: docB.id,
    ...sel(docB.currentVersion!.text, "The agency DRAFT-SECRET ran the whole operation"),
    claimant: { name: "Secret Claimant" },
  });
  const inReview = await createClaim(db, editor.actor, ws.slug, {
    text: "INREVIEW-SECRET: Webb was wrong.",
    documentId: docA.id,
    ...sel(textA, "Gary Webb"),
  });

  const publish = (id: string, label: string, status: "published" | "retracted" = "published") =>
    db.claim.update({
      where: { id },
      data: {
        status,
        ratingId: rating(label),
        confidence: "high",
        rationale: `Rationale for ${label}: see *the report*.`,
        publishedAt: new Date("2025-01-02T03:04:05Z"),
        dateModified: new Date("2025-02-03T04:05:06Z"),
      },
    });
  await publish(c1.id, "Supported");
  await publish(c2.id, "Unverifiable");
  await publish(c3.id, "Refuted", "retracted");
  await db.claim.update({ where: { id: inReview.id }, data: { status: "in_review", ratingId: rating("Contested") } });

  const cited = await db.source.findFirstOrThrow({
    where: { workspaceId: ws.id, title: "Drugs, Law Enforcement and Foreign Policy" },
  });
  await db.source.update({
    where: { id: cited.id },
    data: { notes: "SOURCE-NOTE-SECRET", reliability: 5, isPrimary: true },
  });
  const report = await db.source.create({
    data: {
      workspaceId: ws.id,
      title: '-Minus report, with "quotes"',
      authors: ["Doe, J.", "Roe, R."],
      type: "official_report",
      notes: "S2-NOTE-SECRET",
    },
  });
  const hidden = await db.source.create({
    data: { workspaceId: ws.id, title: "S3-DRAFT-ONLY source", authors: [], notes: "S3 notes" },
  });

  await db.evidence.create({
    data: {
      claimId: c1.id,
      sourceId: report.id,
      stance: "supports",
      excerpt: "@excerpt, with comma",
      strength: "strong",
      note: "EVIDENCE-NOTE-SECRET",
      createdById: editor.user.id,
    },
  });
  await db.evidence.create({ data: { claimId: c2.id, sourceId: cited.id, stance: "contests" } });
  await db.evidence.create({ data: { claimId: draft.id, sourceId: hidden.id, stance: "supports" } });
  await db.claimRelation.create({
    data: {
      workspaceId: ws.id,
      fromClaimId: c1.id,
      toClaimId: c3.id,
      type: "contradicts",
      note: "RELATION-NOTE-SECRET",
    },
  });
  await db.claimRelation.create({
    data: { workspaceId: ws.id, fromClaimId: c1.id, toClaimId: draft.id, type: "supports" },
  });
  await db.review.create({
    data: {
      claimId: c1.id,
      reviewerId: reviewer.user.id,
      ratingId: rating("Supported"),
      rationale: "REVIEW-SECRET looks right",
      decision: "approve",
    },
  });
  await db.comment.create({ data: { claimId: c1.id, authorId: editor.user.id, body: "COMMENT-SECRET ping" } });
  await db.correction.create({
    data: { claimId: c1.id, whatChanged: "Verdict changed from Contested to Supported", why: "New evidence" },
  });
  await snapshotPublicClaims(db, ws.id);

  return {
    ws,
    editor,
    reviewer,
    docA,
    docB,
    sources: { cited, report, hidden },
    claims: { c1, c2, c3, draft, inReview },
    publicClaimIds: [c1.id, c2.id, c3.id],
    hiddenClaimIds: [draft.id, inReview.id],
    /** Words that must not appear anywhere in a public export. */
    secrets: [
      "DRAFT-SECRET",
      "INREVIEW-SECRET",
      "Secret Claimant",
      "SOURCE-NOTE-SECRET",
      "S2-NOTE-SECRET",
      "S3-DRAFT-ONLY",
      "S3 notes",
      "EVIDENCE-NOTE-SECRET",
      "RELATION-NOTE-SECRET",
      "REVIEW-SECRET",
      "COMMENT-SECRET",
      "DOCB-SECRET",
      "@example.test",
      editor.user.id,
      reviewer.user.id,
      draft.id,
      inReview.id,
      docB.id,
      hidden.id,
    ],
  };
}

export type Newsroom = Awaited<ReturnType<typeof buildNewsroom>>;
