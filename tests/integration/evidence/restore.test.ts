import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { addEvidence, removeEvidence, restoreEvidence } from "@/lib/evidence";
import { claimTimeline, openCorrection, publishClaim, reviewClaim, submitClaim } from "@/lib/review";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("restoring removed evidence on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  const proposal = { verdict: "Mostly supported", confidence: "medium", rationale: "The ledgers show it." };

  async function setup() {
    const ws = await makeWorkspace(t.prisma);
    const [author, reviewer, editor, stranger] = await Promise.all([
      makeUser(t.prisma, { workspaceId: ws.id, role: "contributor" }),
      makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" }),
      makeUser(t.prisma, { workspaceId: ws.id, role: "editor" }),
      makeUser(t.prisma, { workspaceId: ws.id, role: "contributor" }),
    ]);
    const source = await t.prisma.source.create({ data: { workspaceId: ws.id, title: "Kerry Committee report" } });
    const claim = await createClaim(t.prisma, author.actor, ws.slug, {
      text: "The programme was funded off the books.",
    });
    const link = await addEvidence(t.prisma, author.actor, ws.slug, {
      claimId: claim.id,
      sourceId: source.id,
      stance: "supports",
      strength: "strong",
      excerpt: "funds were diverted",
      locator: "p. 12",
      note: "Check the annex.",
    });
    return { ws, slug: ws.slug, author, reviewer, editor, stranger, source, claim, link };
  }
  /** Removes the link and returns the removal's audit event id, as the desk's Undo receives it. */
  async function remove(slug: string, actor: Parameters<typeof removeEvidence>[1], id: string) {
    const { auditEventId } = await removeEvidence(t.prisma, actor, slug, id);
    const stored = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "evidence.remove", entityId: id },
      orderBy: { at: "desc" },
    });
    expect(auditEventId).toBe(stored.id);
    return auditEventId;
  }
  const load = (id: string) => t.prisma.claim.findUniqueOrThrow({ where: { id } });
  const written = (workspaceId: string) =>
    Promise.all([
      t.prisma.auditEvent.count({ where: { workspaceId } }),
      t.prisma.evidence.count({ where: { claim: { workspaceId } } }),
    ]);

  it("brings the same link back and sends an approved claim back to review", async () => {
    const { ws, slug, author, reviewer, stranger, claim, link } = await setup();
    await submitClaim(t.prisma, author.actor, slug, claim.id, proposal);
    await reviewClaim(t.prisma, reviewer.actor, slug, claim.id, { decision: "approve" });
    const removal = await remove(slug, author.actor, link.id);
    expect((await load(claim.id)).status).toBe("in_review");
    await reviewClaim(t.prisma, reviewer.actor, slug, claim.id, { decision: "approve" });
    expect((await load(claim.id)).status).toBe("approved");

    // Another contributor may not touch the author's evidence; nothing is written.
    const before = await written(ws.id);
    await expect(restoreEvidence(t.prisma, stranger.actor, slug, removal)).rejects.toMatchObject({ code: "forbidden" });
    expect(await written(ws.id)).toEqual(before);

    const restored = await restoreEvidence(t.prisma, author.actor, slug, removal);
    const { id, claimId, sourceId, stance, strength, excerpt, locator, note, createdById, createdAt } = link;
    expect(restored).toMatchObject({
      id,
      claimId,
      sourceId,
      stance,
      strength,
      excerpt,
      locator,
      note,
      createdById,
      createdAt,
      version: link.version + 1,
    });
    expect(await load(claim.id)).toMatchObject({ status: "in_review" });
    expect(await t.prisma.review.count({ where: { claimId: claim.id, decision: "approve", supersededAt: null } })).toBe(
      0,
    );
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "evidence.restore", entityId: link.id },
    });
    expect(audit.after).toMatchObject({ claimId: claim.id, restoredFrom: removal });

    // The history shows the restore, and the removal can no longer be undone (twice is refused).
    const entries = await claimTimeline(t.prisma, author.actor, slug, claim.id);
    expect(entries.find((e) => e.kind === "evidence_restored")?.summary).toBe(
      "Restored evidence: Kerry Committee report (Supports)",
    );
    expect(entries.find((e) => e.id === removal)).toMatchObject({ kind: "evidence_removed", restorable: false });
    const now = await written(ws.id);
    await expect(restoreEvidence(t.prisma, author.actor, slug, removal)).rejects.toMatchObject({
      code: "conflict",
      message: "this link was already restored",
    });
    expect(await written(ws.id)).toEqual(now);
  });

  it("is refused on a published claim until a correction is open", async () => {
    const { ws, slug, author, reviewer, editor, claim, link } = await setup();
    const removal = await remove(slug, author.actor, link.id);
    await submitClaim(t.prisma, author.actor, slug, claim.id, proposal);
    await reviewClaim(t.prisma, reviewer.actor, slug, claim.id, { decision: "approve" });
    await publishClaim(t.prisma, editor.actor, slug, claim.id);

    const before = await written(ws.id);
    await expect(restoreEvidence(t.prisma, author.actor, slug, removal)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/open a correction/),
    });
    expect(await written(ws.id)).toEqual(before);

    // Inside a correction the evidence may change again: the restore joins the working copy.
    await openCorrection(t.prisma, editor.actor, slug, claim.id);
    await restoreEvidence(t.prisma, editor.actor, slug, removal);
    expect(await load(claim.id)).toMatchObject({ status: "published", correctionStatus: "draft" });
    expect(await t.prisma.evidence.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("is refused when an equal link exists, and across workspaces", async () => {
    const { ws, slug, author, source, claim, link } = await setup();
    const removal = await remove(slug, author.actor, link.id);
    const again = await addEvidence(t.prisma, author.actor, slug, {
      claimId: claim.id,
      sourceId: source.id,
      stance: "supports",
    });
    const before = await written(ws.id);
    await expect(restoreEvidence(t.prisma, author.actor, slug, removal)).rejects.toMatchObject({
      code: "conflict",
      message: "“Kerry Committee report” is already linked to the claim as 'supports'; edit that link instead",
    });
    expect(await written(ws.id)).toEqual(before);
    expect(await t.prisma.evidence.findMany({ where: { claimId: claim.id }, select: { id: true } })).toEqual([
      { id: again.id },
    ]);

    const other = await makeWorkspace(t.prisma);
    const outsider = await makeUser(t.prisma, { workspaceId: other.id, role: "owner" });
    await expect(restoreEvidence(t.prisma, outsider.actor, other.slug, removal)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await written(ws.id)).toEqual(before);
  });
});
