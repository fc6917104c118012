import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, updateClaim } from "@/lib/claims";
import { publishClaim, retractClaim, reviewClaim, reviewQueue, submitClaim } from "@/lib/review";
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
    const ratings = await t.prisma.rating.findMany({ where: { scaleId: ws.ratingScaleId! }, orderBy: { position: "asc" } });
    const rating = (label: string) => ratings.find((r) => r.label === label)!.id;
    const claim = await createClaim(t.prisma, contributor.actor, ws.slug, { text: "The CIA tolerated Contra drug trafficking." });
    return { ws, contributor, reviewer, reviewer2, editor, rating, claim };
  }
  const audits = (id: string) => t.prisma.auditEvent.count({ where: { OR: [{ entityId: id }, { entityType: "Review" }] } });

  it("runs draft → review ⇄ changes → approve → publish → correction → retraction", async () => {
    const { ws, contributor, reviewer, reviewer2, editor, rating, claim } = await setup();
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id);
    expect((await reviewQueue(t.prisma, reviewer.actor, ws.slug)).items.map((c) => c.id)).toContain(claim.id);

    // The author cannot approve; refusal changes nothing and writes no audit event.
    const before = await audits(claim.id);
    await expect(reviewClaim(t.prisma, contributor.actor, ws.slug, claim.id, { decision: "approve", ratingId: rating("Supported"), confidence: "high", rationale: "mine" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await audits(claim.id)).toBe(before);

    await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, { decision: "request_changes", rationale: "Cite the Kerry report." });
    expect((await t.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("changes_requested");
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id);
    await expect(publishClaim(t.prisma, editor.actor, ws.slug, claim.id)).rejects.toThrow(/cannot publish a claim that is in review/);
    await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, { decision: "approve", ratingId: rating("Mostly supported"), confidence: "medium", rationale: "The **Kerry report** says so." });
    await expect(publishClaim(t.prisma, reviewer.actor, ws.slug, claim.id)).rejects.toMatchObject({ code: "forbidden" });

    const published = await publishClaim(t.prisma, editor.actor, ws.slug, claim.id);
    expect(published).toMatchObject({ status: "published", ratingId: rating("Mostly supported"), confidence: "medium" });
    expect(published.publishedAt).not.toBeNull();
    const rev1 = await t.prisma.claimRevision.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(rev1).toMatchObject({ number: 1, authorName: "Test User", reviewerName: "Test User", rationale: "The **Kerry report** says so." });

    // A published claim can't be edited directly.
    await expect(updateClaim(t.prisma, editor.actor, ws.slug, claim.id, { version: published.version, text: "changed" })).rejects.toMatchObject({ code: "conflict" });

    // A dissent is recorded without moving the claim.
    await reviewClaim(t.prisma, reviewer2.actor, ws.slug, claim.id, { decision: "request_changes", rationale: "I would rate it Contested.", dissent: true });
    expect((await t.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("published");

    // Correction: a new approval, then publication with a reason → revision 2 and a public Correction.
    await expect(publishClaim(t.prisma, editor.actor, ws.slug, claim.id, { why: "x" })).rejects.toThrow(/no approved correction/);
    await reviewClaim(t.prisma, reviewer2.actor, ws.slug, claim.id, { decision: "approve", ratingId: rating("Contested"), confidence: "high", rationale: "New documents contest it." });
    await expect(publishClaim(t.prisma, editor.actor, ws.slug, claim.id)).rejects.toThrow(/needs a public explanation/);
    const corrected = await publishClaim(t.prisma, editor.actor, ws.slug, claim.id, { why: "The 1998 Inspector General report was released." });
    expect(corrected.ratingId).toBe(rating("Contested"));
    expect(corrected.dateModified!.getTime()).toBeGreaterThan(published.dateModified!.getTime() - 1);
    expect(corrected.publishedAt).toEqual(published.publishedAt);
    const correction = await t.prisma.correction.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(correction.whatChanged).toMatch(/Verdict changed from Mostly supported to Contested/);
    expect(correction.why).toBe("The 1998 Inspector General report was released.");
    expect(await t.prisma.claimRevision.count({ where: { claimId: claim.id } })).toBe(2);

    await expect(retractClaim(t.prisma, editor.actor, ws.slug, claim.id, { why: " " })).rejects.toThrow(/needs a public reason/);
    const retracted = await retractClaim(t.prisma, editor.actor, ws.slug, claim.id, { why: "The source was fabricated." });
    expect(retracted.status).toBe("retracted");
    await expect(submitClaim(t.prisma, contributor.actor, ws.slug, claim.id)).rejects.toThrow(/cannot submit a claim that is retracted/);
  });

  it("refuses a verdict off the scale and reviews from another workspace", async () => {
    const { ws, contributor, reviewer, claim } = await setup();
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id);
    const other = await makeWorkspace(t.prisma);
    const foreignRating = await t.prisma.rating.findFirstOrThrow({ where: { scaleId: other.ratingScaleId! } });
    await expect(reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, { decision: "approve", ratingId: foreignRating.id, confidence: "low", rationale: "x" })).rejects.toThrow(/not on this workspace's rating scale/);
    const outsider = await makeUser(t.prisma, { workspaceId: other.id, role: "reviewer" });
    await expect(reviewClaim(t.prisma, outsider.actor, other.slug, claim.id, { decision: "request_changes", rationale: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(reviewClaim(t.prisma, outsider.actor, ws.slug, claim.id, { decision: "request_changes", rationale: "x" })).rejects.toMatchObject({ code: "not_found" });
    expect((await t.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } })).status).toBe("in_review");
    expect(await t.prisma.review.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it("an editor who changed the statement may not approve it", async () => {
    const { ws, contributor, editor, rating, claim } = await setup();
    await updateClaim(t.prisma, editor.actor, ws.slug, claim.id, { version: claim.version, text: "The CIA knowingly tolerated Contra drug trafficking." });
    await submitClaim(t.prisma, contributor.actor, ws.slug, claim.id);
    await expect(reviewClaim(t.prisma, editor.actor, ws.slug, claim.id, { decision: "approve", ratingId: rating("Supported"), confidence: "high", rationale: "ok" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
