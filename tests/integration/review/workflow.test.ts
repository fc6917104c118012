import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, updateClaim } from "@/lib/claims";
import { addEvidence } from "@/lib/evidence";
import { openCorrection, publishClaim, retractClaim, reviewClaim, reviewQueue, submitClaim } from "@/lib/review";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("review workflow on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  async function setup() {
    const ws = await makeWorkspace(t.prisma);
    const [contributor, reviewer, reviewer2, editor] = await Promise.all([
      makeUser(t.prisma, { workspaceId: ws.id, role: "contributor" }),
      makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" }),
      makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" }),
      makeUser(t.prisma, { workspaceId: ws.id, role: "editor" }),
    ]);
    const ratings = await t.prisma.rating.findMany({
      where: { scaleId: ws.ratingScaleId! },
      orderBy: { position: "asc" },
    });
    const rating = (label: string) => ratings.find((r) => r.label === label)!.id;
    const claim = await createClaim(t.prisma, contributor.actor, ws.slug, {
      text: "The CIA tolerated Contra drug trafficking.",
    });
    const source = await t.prisma.source.create({
      data: { workspaceId: ws.id, title: "Kerry Committee report", url: "https://example.org/kerry" },
    });
    return { ws, contributor, reviewer, reviewer2, editor, rating, claim, source };
  }
  const proposal = { verdict: "Mostly supported", confidence: "medium", rationale: "The **Kerry report** says so." };
  const audits = (id: string) =>
    t.prisma.auditEvent.count({ where: { OR: [{ entityId: id }, { entityType: "Review" }] } });
  const load = (id: string) => t.prisma.claim.findUniqueOrThrow({ where: { id } });

  it("runs draft → review ⇄ changes → approve → publish → correction → retraction", async () => {
    const { ws, contributor, reviewer, reviewer2, editor, rating, claim } = await setup();
    // Submission needs the author's proposed verdict.
    await expect(submitClaim(t.prisma, contributor.actor, ws.slug, claim.id)).rejects.toMatchObject({
      code: "unprocessable",
      details: { field: "ratingId" },
    });
    await expect(
      submitClaim(t.prisma, contributor.actor, ws.slug, claim.id, {
        verdict: "Mostly supported",
        confidence: "medium",
      }),
    ).rejects.toMatchObject({ details: { field: "rationale" } });
    expect((await load(claim.id)).status).toBe("draft");
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id, proposal);
    expect(await load(claim.id)).toMatchObject({
      status: "in_review",
      proposedRatingId: rating("Mostly supported"),
      proposedConfidence: "medium",
    });
    expect((await reviewQueue(t.prisma, reviewer.actor, ws.slug)).items.map((c) => c.id)).toContain(claim.id);

    // The author cannot approve; refusal changes nothing and writes no audit event.
    const before = await audits(claim.id);
    await expect(
      reviewClaim(t.prisma, contributor.actor, ws.slug, claim.id, { decision: "approve", rationale: "mine" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await audits(claim.id)).toBe(before);

    await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, {
      decision: "request_changes",
      rationale: "Cite the Kerry report.",
    });
    expect((await load(claim.id)).status).toBe("changes_requested");
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id);
    await expect(publishClaim(t.prisma, editor.actor, ws.slug, claim.id)).rejects.toThrow(
      /cannot publish a claim that is in review/,
    );
    // Approving the proposal as it stands: its rationale is what gets published.
    const { review } = await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, {
      decision: "approve",
      version: (await load(claim.id)).version,
    });
    expect(review).toMatchObject({
      ratingId: rating("Mostly supported"),
      confidence: "medium",
      verdictRationale: proposal.rationale,
      proposedRatingId: rating("Mostly supported"),
    });
    expect(review.claimVersion).toBeGreaterThan(1);
    expect(review.contentDigest).toMatch(/^[0-9a-f]{64}$/);
    await expect(publishClaim(t.prisma, reviewer.actor, ws.slug, claim.id)).rejects.toMatchObject({
      code: "forbidden",
      message: "Editors publish in this workspace.",
    });

    const published = await publishClaim(t.prisma, editor.actor, ws.slug, claim.id);
    expect(published).toMatchObject({
      status: "published",
      ratingId: rating("Mostly supported"),
      confidence: "medium",
      rationale: proposal.rationale,
    });
    const rev1 = await t.prisma.claimRevision.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(rev1).toMatchObject({
      number: 1,
      authorName: "Test User",
      reviewerName: "Test User",
      rationale: proposal.rationale,
      text: claim.text,
      reviewId: review.id,
    });

    // A published claim's statement can't be edited; its verdict only inside a correction.
    await expect(
      updateClaim(t.prisma, editor.actor, ws.slug, claim.id, { version: published.version, text: "changed" }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      updateClaim(t.prisma, editor.actor, ws.slug, claim.id, {
        version: published.version,
        proposedVerdict: "Contested",
      }),
    ).rejects.toThrow(/open a correction/);

    // A dissent is recorded without moving the claim.
    await reviewClaim(t.prisma, reviewer2.actor, ws.slug, claim.id, {
      decision: "request_changes",
      rationale: "I would rate it Contested.",
      dissent: true,
    });
    expect((await load(claim.id)).status).toBe("published");

    // Correction: a reviewed draft, then publication with a reason → revision 2 and a public Correction.
    await expect(publishClaim(t.prisma, editor.actor, ws.slug, claim.id, { why: "x" })).rejects.toThrow(
      /cannot publish a claim that is published/,
    );
    const opened = await openCorrection(t.prisma, editor.actor, ws.slug, claim.id);
    expect(opened).toMatchObject({
      status: "published",
      correctionStatus: "draft",
      contentEditorIds: [editor.user.id],
    });
    await submitClaim(t.prisma, editor.actor, ws.slug, claim.id, {
      verdict: "Contested",
      confidence: "high",
      rationale: "New documents contest it.",
    });
    // The correction waits in the review queue like a first version.
    expect(
      (await reviewQueue(t.prisma, reviewer2.actor, ws.slug)).items.map((c) => [c.id, c.status, c.correctionStatus]),
    ).toContainEqual([claim.id, "published", "in_review"]);
    await expect(reviewClaim(t.prisma, editor.actor, ws.slug, claim.id, { decision: "approve" })).rejects.toMatchObject(
      { code: "forbidden" },
    );
    // The original author did not write the correction, so could approve it; a reviewer does here.
    await reviewClaim(t.prisma, reviewer2.actor, ws.slug, claim.id, { decision: "approve" });
    expect(await load(claim.id)).toMatchObject({
      status: "published",
      correctionStatus: "approved",
      ratingId: rating("Mostly supported"),
    });
    await expect(publishClaim(t.prisma, editor.actor, ws.slug, claim.id)).rejects.toThrow(/needs a public explanation/);
    const corrected = await publishClaim(t.prisma, editor.actor, ws.slug, claim.id, {
      why: "The 1998 Inspector General report was released.",
    });
    expect(corrected).toMatchObject({ ratingId: rating("Contested"), correctionStatus: null, status: "published" });
    expect(corrected.publishedAt).toEqual(published.publishedAt);
    const correction = await t.prisma.correction.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(correction).toMatchObject({
      kind: "correction",
      workspaceId: ws.id,
      why: "The 1998 Inspector General report was released.",
    });
    expect(correction.whatChanged).toBe(
      "Verdict changed from Mostly supported to Contested. Confidence changed from medium to high. Rationale revised.",
    );
    expect(correction.changes).toEqual([
      { field: "verdict", from: "Mostly supported", to: "Contested" },
      { field: "confidence", from: "medium", to: "high" },
      { field: "rationale", from: proposal.rationale, to: "New documents contest it." },
    ]);
    expect(await t.prisma.claimRevision.count({ where: { claimId: claim.id } })).toBe(2);

    await expect(retractClaim(t.prisma, editor.actor, ws.slug, claim.id, { why: " " })).rejects.toThrow(
      /needs a public reason/,
    );
    const retracted = await retractClaim(t.prisma, editor.actor, ws.slug, claim.id, {
      why: "The source was fabricated.",
    });
    expect(retracted.status).toBe("retracted");
    expect(
      await t.prisma.correction.findFirstOrThrow({ where: { claimId: claim.id, kind: "retraction" } }),
    ).toMatchObject({ why: "The source was fabricated." });
    await expect(submitClaim(t.prisma, contributor.actor, ws.slug, claim.id)).rejects.toThrow(
      /cannot submit a claim that is retracted/,
    );
  });

  it("the bypass is closed: an edit after approval returns the claim to review, and publish refuses", async () => {
    const { ws, contributor, reviewer, editor, claim } = await setup();
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id, proposal);
    await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, { decision: "approve" });
    const approved = await load(claim.id);
    expect(approved.status).toBe("approved");
    await updateClaim(t.prisma, contributor.actor, ws.slug, claim.id, {
      version: approved.version,
      text: "The CIA ran the Contra drug trade.",
    });
    expect((await load(claim.id)).status).toBe("in_review");
    const stale = await t.prisma.review.findFirstOrThrow({ where: { claimId: claim.id, decision: "approve" } });
    // Written by one raw statement: the moment is stored as Prisma stores every other (UTC), not shifted.
    expect(Math.abs(stale.supersededAt!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(stale.supersededAt!.getTime()).toBeGreaterThanOrEqual(stale.createdAt.getTime());
    expect(stale.supersededById).toBe(contributor.user.id);
    const events = await audits(claim.id);
    await expect(publishClaim(t.prisma, editor.actor, ws.slug, claim.id)).rejects.toMatchObject({ code: "conflict" });
    expect(await audits(claim.id)).toBe(events);
    expect(await t.prisma.claimRevision.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("an approval of version N never approves N+1, and evidence added to an approved claim needs a new review", async () => {
    const { ws, contributor, reviewer, reviewer2, editor, claim, source } = await setup();
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id, proposal);
    const seen = (await load(claim.id)).version;
    await updateClaim(t.prisma, contributor.actor, ws.slug, claim.id, {
      version: seen,
      headline: "CIA and the Contras",
    });
    await expect(
      reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, { decision: "approve", version: seen }),
    ).rejects.toThrow(/you reviewed version \d+, but the claim is now version/);
    await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, {
      decision: "approve",
      version: (await load(claim.id)).version,
    });
    // Someone else adds contesting evidence to the approved claim: back to review, publish refused.
    await addEvidence(t.prisma, editor.actor, ws.slug, {
      claimId: claim.id,
      sourceId: source.id,
      stance: "contests",
      excerpt: "Not so.",
    });
    expect((await load(claim.id)).status).toBe("in_review");
    await expect(publishClaim(t.prisma, editor.actor, ws.slug, claim.id)).rejects.toThrow(
      /cannot publish a claim that is in review/,
    );
    // The editor who added evidence is now a content editor and may not approve; reviewer2 may.
    await expect(reviewClaim(t.prisma, editor.actor, ws.slug, claim.id, { decision: "approve" })).rejects.toMatchObject(
      { code: "forbidden" },
    );
    await reviewClaim(t.prisma, reviewer2.actor, ws.slug, claim.id, { decision: "approve" });
    await publishClaim(t.prisma, editor.actor, ws.slug, claim.id);
    const rev = await t.prisma.claimRevision.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(rev.evidence).toMatchObject([
      { sourceId: source.id, stance: "contests", excerpt: "Not so.", title: "Kerry Committee report" },
    ]);
    // The revision freezes every field of the link and its source, as Prisma reads them now.
    const e = await t.prisma.evidence.findFirstOrThrow({ where: { claimId: claim.id }, include: { source: true } });
    const sourceFields: (keyof typeof e.source)[] = [
      ...["title", "chapter", "authors", "url", "archiveUrl", "publisher", "date", "type"],
      ...["reliability", "reliabilityRationale", "isPrimary"],
    ] as (keyof typeof e.source)[];
    const frozenSource = Object.fromEntries(sourceFields.map((k) => [k, e.source[k]]));
    expect(rev.evidence).toEqual([
      {
        id: e.id,
        sourceId: e.sourceId,
        ...frozenSource,
        stance: e.stance,
        strength: e.strength,
        excerpt: e.excerpt,
        excerptKind: e.excerptKind,
        locator: e.locator,
        createdAt: e.createdAt.toISOString(),
      },
    ]);
  });

  it("the reviewer may approve a different verdict; the difference is kept and the reviewer's rationale published", async () => {
    const { ws, contributor, reviewer, editor, rating, claim } = await setup();
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id, proposal);
    await expect(
      reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, { decision: "approve", verdict: "Contested" }),
    ).rejects.toMatchObject({ details: { field: "rationale" } });
    const { review } = await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, {
      decision: "approve",
      verdict: "Contested",
      rationale: "Leary's account contests it.",
    });
    expect(review).toMatchObject({
      ratingId: rating("Contested"),
      proposedRatingId: rating("Mostly supported"),
      verdictRationale: "Leary's account contests it.",
    });
    const published = await publishClaim(t.prisma, editor.actor, ws.slug, claim.id);
    expect(published).toMatchObject({ ratingId: rating("Contested"), rationale: "Leary's account contests it." });
  });

  it("a correction that changes nothing is refused, and so is its author's own approval", async () => {
    const { ws, contributor, reviewer, reviewer2, editor, claim } = await setup();
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id, proposal);
    await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, { decision: "approve" });
    await publishClaim(t.prisma, editor.actor, ws.slug, claim.id);
    // Reviewers don't write corrections; the claim's author may open one.
    await expect(openCorrection(t.prisma, reviewer2.actor, ws.slug, claim.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    await openCorrection(t.prisma, contributor.actor, ws.slug, claim.id);
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id);
    await expect(
      reviewClaim(t.prisma, contributor.actor, ws.slug, claim.id, { decision: "approve" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await reviewClaim(t.prisma, reviewer2.actor, ws.slug, claim.id, { decision: "approve" });
    const events = await t.prisma.auditEvent.count({ where: { entityId: claim.id } });
    await expect(publishClaim(t.prisma, editor.actor, ws.slug, claim.id, { why: "No reason." })).rejects.toThrow(
      /changes nothing/,
    );
    expect(await t.prisma.auditEvent.count({ where: { entityId: claim.id } })).toBe(events);
    expect(await t.prisma.correction.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("two members saving the same correction draft: the second gets 409 with the current state", async () => {
    const { ws, contributor, reviewer, editor, claim } = await setup();
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id, proposal);
    await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, { decision: "approve" });
    await publishClaim(t.prisma, editor.actor, ws.slug, claim.id);
    const draft = await openCorrection(t.prisma, editor.actor, ws.slug, claim.id);
    await updateClaim(t.prisma, editor.actor, ws.slug, claim.id, {
      version: draft.version,
      proposedVerdict: "Contested",
    });
    const err = await updateClaim(t.prisma, contributor.actor, ws.slug, claim.id, {
      version: draft.version,
      proposedVerdict: "Refuted",
    }).catch((e) => e);
    expect(err).toMatchObject({ code: "conflict" });
    expect((err.details as { current: { proposedRatingId: string } }).current.proposedRatingId).toBe(
      (await load(claim.id)).proposedRatingId,
    );
  });

  it("reviewers publish what they approved only where the workspace allows it", async () => {
    const { ws, contributor, reviewer, reviewer2, claim } = await setup();
    await t.prisma.workspace.update({ where: { id: ws.id }, data: { reviewersMayPublish: true } });
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id, proposal);
    await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, { decision: "approve" });
    await expect(publishClaim(t.prisma, reviewer2.actor, ws.slug, claim.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await publishClaim(t.prisma, reviewer.actor, ws.slug, claim.id)).status).toBe("published");
  });

  it("refuses a verdict off the scale and reviews from another workspace", async () => {
    const { ws, contributor, reviewer, claim } = await setup();
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id, proposal);
    const other = await makeWorkspace(t.prisma);
    const foreignRating = await t.prisma.rating.findFirstOrThrow({ where: { scaleId: other.ratingScaleId! } });
    await expect(
      reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, {
        decision: "approve",
        ratingId: foreignRating.id,
        confidence: "low",
        rationale: "x",
      }),
    ).rejects.toThrow(/not on this workspace's rating scale/);
    const outsider = await makeUser(t.prisma, { workspaceId: other.id, role: "reviewer" });
    await expect(
      reviewClaim(t.prisma, outsider.actor, other.slug, claim.id, { decision: "request_changes", rationale: "x" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      reviewClaim(t.prisma, outsider.actor, ws.slug, claim.id, { decision: "request_changes", rationale: "x" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await load(claim.id)).status).toBe("in_review");
    expect(await t.prisma.review.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("whoever changed headline, claimant or tags may not approve (not only the statement)", async () => {
    const { ws, contributor, editor, claim } = await setup();
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id, proposal);
    await updateClaim(t.prisma, editor.actor, ws.slug, claim.id, {
      version: (await load(claim.id)).version,
      headline: "CIA tolerance",
      claimant: { name: "Kerry Committee" },
      tags: ["contras"],
    });
    await expect(reviewClaim(t.prisma, editor.actor, ws.slug, claim.id, { decision: "approve" })).rejects.toMatchObject(
      {
        code: "forbidden",
        message: "You wrote or changed this content, so another reviewer must approve it.",
      },
    );
  });
});
