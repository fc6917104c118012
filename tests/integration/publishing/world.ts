// A public workspace with claims in every status, for the public-view tests. Claims are made
// public directly in the database: the review workflow that normally does it is tested elsewhere.
import { createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import type { Db } from "@/lib/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { snapshotPublicClaims } from "../../support/published";

export const DOC = [
  "Findings",
  "",
  "The Kerry Committee report found that individuals in the Contra movement were involved in drug trafficking.<ref>{{citation|title=Drugs, Law Enforcement and Foreign Policy|publisher=U.S. Senate|date=1989|url=https://www.senate.gov/kerry}}</ref>",
  "",
  "Leary argued that the CIA did not take part in the opium trade in Laos.",
  "",
  "A zeppelin smuggled marmalade over the border.",
  "",
  "Submarines carried heroin to Florida.",
].join("\n");

export type World = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld(db: Db, opts: { slug?: string } = {}) {
  const ws = await makeWorkspace(db, { slug: opts.slug });
  const editor = await makeUser(db, { workspaceId: ws.id, role: "editor" });
  const imported = await importDocument(db, editor.actor, {
    workspace: ws.slug,
    title: "Findings",
    format: "wikitext",
    text: DOC,
  });
  const doc = await db.document.findUniqueOrThrow({
    where: { id: imported.documentId! },
    include: { currentVersion: true },
  });
  const text = doc.currentVersion!.text;
  const ratings = Object.fromEntries(
    (await db.rating.findMany({ where: { scaleId: ws.ratingScaleId! } })).map((r) => [r.label, r.id]),
  );

  const anchored = async (exact: string, extra: Record<string, unknown> = {}) => {
    const start = text.indexOf(exact);
    if (start < 0) throw new Error(`not in text: ${exact}`);
    return createClaim(db, editor.actor, ws.slug, { documentId: doc.id, start, end: start + exact.length, ...extra });
  };
  const kerry = await anchored(
    "The Kerry Committee report found that individuals in the Contra movement were involved in drug trafficking.",
    {
      claimant: { name: "Kerry Committee", kind: "organization" },
      tags: ["contras"],
      claimedAt: "1989-04-13",
    },
  );
  // Nested inside the Kerry claim: the credibility view must handle overlapping highlights.
  const contra = await anchored("individuals in the Contra movement were involved in drug trafficking", {
    claimant: { id: kerry.claimantId! },
    tags: ["contras"],
  });
  const leary = await anchored("Leary argued that the CIA did not take part in the opium trade in Laos.", {
    claimant: { name: "William M. Leary" },
    tags: ["laos"],
  });
  const zeppelin = await anchored("A zeppelin smuggled marmalade over the border.", {
    claimant: { name: "Secret Sam" },
    tags: ["hidden-tag"],
  });
  const submarine = await anchored("Submarines carried heroin to Florida.", { claimant: { name: "Retracted Rita" } });
  const walrus = await createClaim(db, editor.actor, ws.slug, {
    text: "The walrus was in review.",
    claimant: { id: kerry.claimantId! },
  });
  const platypus = await createClaim(db, editor.actor, ws.slug, {
    text: "The platypus was approved but not published.",
  });
  await db.claim.update({ where: { id: walrus.id }, data: { status: "in_review", ratingId: ratings["Refuted"] } });
  await db.claim.update({ where: { id: platypus.id }, data: { status: "approved", ratingId: ratings["Refuted"] } });

  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  const publish = (id: string, label: string, n: number, rationale: string) =>
    db.claim.update({
      where: { id },
      data: { status: "published", ratingId: ratings[label], confidence: "high", rationale, publishedAt: day(n) },
    });
  await publish(
    kerry.id,
    "Supported",
    1,
    "The Senate report **documents** it. <script>alert(1)</script> [report](https://www.senate.gov/kerry) [bad](javascript:alert(1))",
  );
  await publish(contra.id, "Mostly supported", 2, "Largely documented.");
  await publish(leary.id, "Refuted", 3, "Contradicted by McCoy & others.");
  await publish(submarine.id, "Refuted", 4, "Was wrong.");
  await db.claim.update({ where: { id: submarine.id }, data: { status: "retracted" } });

  await db.claimRevision.createMany({
    data: [
      {
        claimId: kerry.id,
        number: 1,
        authorName: "Ann Author",
        reviewerName: "Rex Reviewer",
        ratingId: ratings["Mostly supported"],
        publishedAt: day(1),
      },
      {
        claimId: kerry.id,
        number: 2,
        authorName: "Ann Author",
        reviewerName: "Rita Second",
        ratingId: ratings["Supported"],
        publishedAt: day(5),
      },
    ],
  });
  await db.correction.create({
    data: {
      claimId: kerry.id,
      whatChanged: "Rating changed from Mostly supported to Supported",
      why: "New Senate records <b>appeared</b>",
      createdAt: day(5),
    },
  });
  const retraction = await db.correction.create({
    data: {
      claimId: submarine.id,
      whatChanged: "Retracted the verdict",
      why: "The only source was fabricated",
      createdAt: day(6),
    },
  });
  await db.correction.create({
    data: { claimId: zeppelin.id, whatChanged: "Draft correction never public", why: "draft", createdAt: day(7) },
  });

  const senate = await db.source.findFirstOrThrow({
    where: { workspaceId: ws.id, title: "Drugs, Law Enforcement and Foreign Policy" },
  });
  await db.source.update({
    where: { id: senate.id },
    data: { reliability: 5, isPrimary: true, notes: "INTERNAL senate note" },
  });
  const critic = await db.source.create({
    data: {
      workspaceId: ws.id,
      title: "A critical pamphlet",
      authors: ["Pat Critic"],
      url: "javascript:alert(1)",
      reliability: 2,
      notes: "INTERNAL critic note",
      type: "opinion",
    },
  });
  const gazette = await db.source.create({
    data: { workspaceId: ws.id, title: "Zeppelin Gazette", notes: "INTERNAL gazette note" },
  });
  await db.evidence.createMany({
    data: [
      {
        claimId: kerry.id,
        sourceId: senate.id,
        stance: "supports",
        strength: "strong",
        excerpt: "individuals in the Contra movement",
        locator: "p. 36",
      },
      {
        claimId: kerry.id,
        sourceId: critic.id,
        stance: "contests",
        strength: "weak",
        excerpt: "It was all invented.",
        note: "A weak objection",
      },
      {
        claimId: zeppelin.id,
        sourceId: gazette.id,
        stance: "supports",
        strength: "strong",
        excerpt: "Zeppelins everywhere",
      },
    ],
  });
  await db.claimRelation.createMany({
    data: [
      { workspaceId: ws.id, fromClaimId: kerry.id, toClaimId: contra.id, type: "refines" },
      {
        workspaceId: ws.id,
        fromClaimId: kerry.id,
        toClaimId: zeppelin.id,
        type: "supports",
        note: "secret relation note",
      },
      { workspaceId: ws.id, fromClaimId: walrus.id, toClaimId: kerry.id, type: "contradicts" },
    ],
  });
  await db.review.createMany({
    data: [
      {
        claimId: kerry.id,
        reviewerId: editor.user.id,
        rationale: "I would say **Contested** <img src=x onerror=alert(1)>",
        decision: "request_changes",
        isDissent: true,
        ratingId: ratings["Contested"],
      },
      { claimId: kerry.id, reviewerId: editor.user.id, rationale: "Private approving review", decision: "approve" },
    ],
  });
  await db.comment.create({ data: { claimId: kerry.id, body: "Private comment" } });
  await snapshotPublicClaims(db, ws.id, [retraction.id]);
  return {
    ws,
    editor,
    doc,
    text,
    ratings,
    claims: { kerry, contra, leary, zeppelin, submarine, walrus, platypus },
    sources: { senate, critic, gazette },
  };
}
