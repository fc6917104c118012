// Assignment rules (issue 18): who may assign, who may be given which part, due dates (a past
// one accepted and shown overdue), the optimistic version, the audit event, bulk assignment and
// bulk submit, and "My work".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignClaim, bulkAssign, bulkSubmit, listClaims, updateClaim } from "@/lib/claims";
import { myWork } from "@/lib/claims/my-work";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { teamWorld } from "./world";

describe.each(DB_TARGETS)("claim assignment on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("an editor assigns writer and reviewer with due dates; audited with before and after", async () => {
    const w = await teamWorld(t.prisma);
    const c = await w.claim();
    const after = await assignClaim(t.prisma, w.editor.actor, w.slug, c.id, {
      version: c.version,
      writerId: w.writer.user.id,
      writerDueAt: "2030-01-10",
      reviewerId: w.reviewer.user.id,
      reviewerDueAt: "2030-01-15T12:00:00Z",
    });
    expect(after).toMatchObject({ writerId: w.writer.user.id, reviewerId: w.reviewer.user.id, version: c.version + 1 });
    expect(after.writerDueAt?.toISOString()).toBe("2030-01-10T23:59:59.999Z");
    expect(after.reviewerDueAt?.toISOString()).toBe("2030-01-15T12:00:00.000Z");
    const events = await t.prisma.auditEvent.findMany({ where: { entityId: c.id, action: "claim.assign" } });
    expect(events).toHaveLength(1);
    expect(events[0].before).toMatchObject({ writerId: null, reviewerId: null });
    expect(events[0].after).toMatchObject({ writerId: w.writer.user.id, reviewerId: w.reviewer.user.id });
    // The API's list carries the assignment.
    const listed = await listClaims(t.prisma, w.editor.actor, w.slug, {});
    expect(listed.items.find((i) => i.id === c.id)).toMatchObject({
      writerId: w.writer.user.id,
      reviewerId: w.reviewer.user.id,
    });
  });

  it("refuses someone outside the workspace, or without the role, and a contributor assigning", async () => {
    const w = await teamWorld(t.prisma);
    const c = await w.claim();
    await expect(
      assignClaim(t.prisma, w.editor.actor, w.slug, c.id, { version: c.version, reviewerId: w.outsider.user.id }),
    ).rejects.toMatchObject({ code: "unprocessable", details: { field: "reviewerId" } });
    await expect(
      assignClaim(t.prisma, w.editor.actor, w.slug, c.id, { version: c.version, reviewerId: w.writer.user.id }),
    ).rejects.toMatchObject({ code: "unprocessable", message: expect.stringContaining("contributor cannot review") });
    await expect(
      assignClaim(t.prisma, w.editor.actor, w.slug, c.id, { version: c.version, writerId: w.reviewer.user.id }),
    ).rejects.toMatchObject({ code: "unprocessable", message: expect.stringContaining("reviewer cannot write") });
    await expect(
      assignClaim(t.prisma, w.writer.actor, w.slug, c.id, { version: c.version, writerId: w.writer.user.id }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      assignClaim(t.prisma, w.editor.actor, w.slug, c.id, { version: c.version, writerDueAt: "next week" }),
    ).rejects.toThrow(/due date/);
    const unchanged = await t.prisma.claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(unchanged).toMatchObject({ version: c.version, writerId: null, reviewerId: null });
    expect(await t.prisma.notification.count({ where: { claimId: c.id } })).toBe(0);
  });

  it("a stale version is a 409 with the current claim, and nothing changes", async () => {
    const w = await teamWorld(t.prisma);
    const c = await w.claim();
    await updateClaim(t.prisma, w.writer.actor, w.slug, c.id, { version: c.version, tags: ["ledger"] });
    await expect(
      assignClaim(t.prisma, w.editor.actor, w.slug, c.id, { version: c.version, reviewerId: w.reviewer.user.id }),
    ).rejects.toMatchObject({ code: "conflict", details: { current: { version: c.version + 1 } } });
    expect((await t.prisma.claim.findUniqueOrThrow({ where: { id: c.id } })).reviewerId).toBeNull();
  });

  it("a due date in the past is accepted and the claim shows as overdue in My work", async () => {
    const w = await teamWorld(t.prisma);
    const c = await w.claim();
    await assignClaim(t.prisma, w.editor.actor, w.slug, c.id, {
      version: c.version,
      writerId: w.writer.user.id,
      writerDueAt: "2020-01-01",
    });
    const work = await myWork(t.prisma, w.writer.actor, w.slug);
    expect(work.writing.map((x) => x.id)).toContain(c.id);
    expect(work.overdue.map((x) => x.id)).toContain(c.id);
    const others = await myWork(t.prisma, w.reviewer.actor, w.slug);
    expect(others.writing).toHaveLength(0);
    expect(others.overdue).toHaveLength(0);
  });

  it("bulk assigns writer, reviewer and due dates all or nothing, and bulk submits what can go", async () => {
    const w = await teamWorld(t.prisma);
    const [a, b] = [await w.claim(), await w.claim()];
    await expect(
      bulkAssign(t.prisma, w.editor.actor, w.slug, { claimIds: [a.id, "nope"], reviewerId: w.reviewer.user.id }),
    ).rejects.toMatchObject({ code: "unprocessable" });
    expect((await t.prisma.claim.findUniqueOrThrow({ where: { id: a.id } })).reviewerId).toBeNull();
    const r = await bulkAssign(t.prisma, w.editor.actor, w.slug, {
      claimIds: [a.id, b.id],
      reviewerId: w.reviewer.user.id,
      reviewerDueAt: "2031-05-05",
    });
    expect(r.updated).toBe(2);
    const rows = await t.prisma.claim.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(rows.every((x) => x.reviewerId === w.reviewer.user.id && x.reviewerDueAt)).toBe(true);
    expect(await t.prisma.auditEvent.count({ where: { entityId: { in: [a.id, b.id] }, action: "claim.assign" } })).toBe(
      2,
    );

    // a has a proposed verdict, b none: a goes to review, b is named with its reason.
    const a2 = await t.prisma.claim.findUniqueOrThrow({ where: { id: a.id } });
    await updateClaim(t.prisma, w.writer.actor, w.slug, a.id, {
      version: a2.version,
      proposedRatingId: w.proposal.ratingId,
      proposedConfidence: "high",
      proposedRationale: w.proposal.rationale,
    });
    const s = await bulkSubmit(t.prisma, w.editor.actor, w.slug, { claimIds: [a.id, b.id] });
    expect(s.submitted).toBe(1);
    expect(s.refused).toEqual([{ id: b.id, reason: expect.stringContaining("propose a verdict") }]);
    expect((await t.prisma.claim.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("in_review");
    // The assigned reviewer sees it waiting.
    const work = await myWork(t.prisma, w.reviewer.actor, w.slug);
    expect(work.reviewing.map((x) => x.id)).toEqual([a.id]);
  });
});
