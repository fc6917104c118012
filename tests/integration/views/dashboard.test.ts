import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, claimVersion, updateClaim } from "@/lib/claims";
import { deskDashboard } from "@/lib/dashboard";
import { createSource } from "@/lib/sources";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { errorOf } from "../../support/errors";
import { makeUser, makeWorkspace } from "../../support/factories";

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
// A Wednesday: its week starts on Monday 2026-11-23; four weeks go back to Monday 2026-11-02.
const NOW = at("2026-11-25");

describe.each(DB_TARGETS)("desk dashboard on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  async function setup() {
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const reviewer = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const writer = await makeUser(t.prisma, { workspaceId: ws.id, role: "contributor" });
    await t.prisma.user.update({ where: { id: writer.user.id }, data: { name: "Wendy Writer" } });
    await t.prisma.user.update({ where: { id: reviewer.user.id }, data: { name: "Victor Reviewer" } });
    const [r1, r2] = await t.prisma.rating.findMany({
      where: { scaleId: ws.ratingScaleId! },
      orderBy: { position: "asc" },
    });
    const make = async (workspace: string, text: string, data: Record<string, unknown>) => {
      const c = await createClaim(t.prisma, editor.actor, workspace, { text });
      return t.prisma.claim.update({ where: { id: c.id }, data });
    };
    const source = await createSource(t.prisma, editor.actor, ws.slug, { title: "Senate report", force: true });
    const evidence = (claimId: string, stance: "supports" | "contests") =>
      t.prisma.evidence.create({ data: { claimId, sourceId: source.id, stance } });
    const slug = ws.slug;
    const a = await make(slug, "Claim A was checked in two days.", {
      createdAt: at("2026-11-03"),
      publishedAt: at("2026-11-05"),
      status: "published",
      ratingId: r1.id,
    });
    const b = await make(slug, "Claim B took a week.", {
      createdAt: at("2026-11-10"),
      publishedAt: at("2026-11-17"),
      status: "published",
      ratingId: r2.id,
    });
    await evidence(b.id, "contests");
    const c = await make(slug, "Claim C took one day.", {
      createdAt: at("2026-11-17"),
      publishedAt: at("2026-11-18"),
      status: "published",
      ratingId: r1.id,
    });
    await evidence(c.id, "supports");
    const d = await make(slug, "Claim D is a late draft.", {
      createdAt: at("2026-11-24"),
      writerId: writer.user.id,
      writerDueAt: at("2026-11-20"),
    });
    await make(slug, "Claim E is in review, due next week.", {
      createdAt: at("2026-11-24"),
      status: "in_review",
      reviewerId: reviewer.user.id,
      reviewerDueAt: at("2026-11-30"),
    });
    await make(slug, "Claim F was sent back long ago.", {
      createdAt: at("2026-10-01"),
      status: "changes_requested",
      writerId: writer.user.id,
    });
    await make(slug, "Claim G was retracted.", {
      createdAt: at("2026-11-24"),
      publishedAt: at("2026-10-15"),
      status: "retracted",
      ratingId: r2.id,
    });
    // Another workspace's claims never count.
    const other = await makeWorkspace(t.prisma);
    const otherEditor = await makeUser(t.prisma, { workspaceId: other.id, role: "editor" });
    const foreign = await createClaim(t.prisma, otherEditor.actor, other.slug, { text: "Elsewhere." });
    await t.prisma.claim.update({
      where: { id: foreign.id },
      data: { createdAt: at("2026-11-24"), publishedAt: at("2026-11-24"), status: "published" },
    });
    return { ws, editor, reviewer, writer, r1, r2, a, c, d };
  }

  it("computes the figures of a workspace with known dates", async () => {
    const { ws, editor, writer, reviewer, r1, r2, a, c, d } = await setup();
    const dash = await deskDashboard(t.prisma, editor.actor, ws.slug, { now: NOW, weeks: 4 });
    expect(dash.weeks).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(dash.createdPerWeek.map((w) => w.count)).toEqual([1, 1, 1, 3]);
    expect(dash.publishedPerWeek.map((w) => w.count)).toEqual([1, 0, 2, 0]);
    expect(dash.medianDaysToPublish).toBe(2);
    expect(dash.publishedInWindow).toBe(3);
    expect(dash.openWork).toEqual([
      { status: "draft", assigneeId: writer.user.id, assignee: "Wendy Writer", count: 1 },
      { status: "changes_requested", assigneeId: writer.user.id, assignee: "Wendy Writer", count: 1 },
      { status: "in_review", assigneeId: reviewer.user.id, assignee: "Victor Reviewer", count: 1 },
    ]);
    expect(dash.overdue.map((o) => [o.id, o.assignee, o.dueAt.toISOString()])).toEqual([
      [d.id, "Wendy Writer", "2026-11-20T12:00:00.000Z"],
    ]);
    expect(dash.verdicts.kinds.map((k) => k.id)).toEqual([r1.id, r2.id]);
    expect(dash.verdicts.perWeek.map((w) => w.counts)).toEqual([
      [1, 0],
      [0, 0],
      [1, 1],
      [0, 0],
    ]);
    expect(dash.uncontested.map((u) => u.id)).toEqual([c.id, a.id]);
    expect(dash.uncontestedTotal).toBe(2);
  });

  it("is for owners and editors only", async () => {
    const { ws, reviewer, writer } = await setup();
    expect((await errorOf(deskDashboard(t.prisma, reviewer.actor, ws.slug, { now: NOW }))).code).toBe("forbidden");
    expect((await errorOf(deskDashboard(t.prisma, writer.actor, ws.slug, { now: NOW }))).code).toBe("forbidden");
    const outsider = await makeUser(t.prisma);
    expect((await errorOf(deskDashboard(t.prisma, outsider.actor, ws.slug))).code).toBe("not_found");
  });

  it("reports a claim's version and who changed it last", async () => {
    const { ws, editor, writer, d } = await setup();
    const before = await claimVersion(t.prisma, writer.actor, ws.slug, d.id);
    expect(before).toMatchObject({ id: d.id, version: 1 });
    await updateClaim(t.prisma, editor.actor, ws.slug, d.id, { version: 1, tags: ["changed"] });
    const after = await claimVersion(t.prisma, writer.actor, ws.slug, d.id);
    expect(after).toMatchObject({ version: 2, updatedBy: { id: editor.user.id, name: "Test User" } });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    const outsider = await makeUser(t.prisma);
    expect((await errorOf(claimVersion(t.prisma, outsider.actor, ws.slug, d.id))).code).toBe("not_found");
    const other = await makeWorkspace(t.prisma);
    const otherOwner = await makeUser(t.prisma, { workspaceId: other.id, role: "owner" });
    expect((await errorOf(claimVersion(t.prisma, otherOwner.actor, other.slug, d.id))).code).toBe("not_found");
  });
});
