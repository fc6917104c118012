import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, updateClaim } from "@/lib/claims";
import { addEvidence, removeEvidence, updateEvidence } from "@/lib/evidence";
import {
  claimTimeline,
  openCorrection,
  publishClaim,
  reviewClaim,
  submitClaim,
  type TimelineEntry,
} from "@/lib/review";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

/** Every string anywhere in the entries: none may be an object's or array's JSON. */
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (v instanceof Date || v === null || typeof v !== "object") return [];
  return Object.values(v as object).flatMap(strings);
}

describe.each(DB_TARGETS)("claim timeline on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("tells the workflow as readable entries, newest first", async () => {
    const ws = await makeWorkspace(t.prisma);
    const [author, reviewer, editor] = await Promise.all([
      makeUser(t.prisma, { workspaceId: ws.id, role: "contributor" }),
      makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" }),
      makeUser(t.prisma, { workspaceId: ws.id, role: "editor" }),
    ]);
    await t.prisma.user.update({ where: { id: reviewer.user.id }, data: { name: "Rita Reviewer" } });
    const [kerry, webb] = await Promise.all([
      t.prisma.source.create({ data: { workspaceId: ws.id, title: "Kerry Committee report" } }),
      t.prisma.source.create({ data: { workspaceId: ws.id, title: "Dark Alliance" } }),
    ]);
    const slug = ws.slug;
    const version = async (id: string) => (await t.prisma.claim.findUniqueOrThrow({ where: { id } })).version;

    const claim = await createClaim(t.prisma, author.actor, slug, {
      text: "The CIA tolerated Contra drug trafficking.",
    });
    await updateClaim(t.prisma, author.actor, slug, claim.id, {
      version: await version(claim.id),
      text: "The CIA knowingly tolerated Contra cocaine trafficking.",
      claimant: { name: "John Kerry" },
    });
    await updateClaim(t.prisma, author.actor, slug, claim.id, {
      version: await version(claim.id),
      headline: "CIA tolerated Contra trafficking",
      tags: ["cia", "drugs"],
      proposedVerdict: "Supported",
    });
    const a = await addEvidence(t.prisma, author.actor, slug, {
      claimId: claim.id,
      sourceId: kerry.id,
      stance: "supports",
      excerpt: "individuals in the Contra movement",
    });
    const b = await addEvidence(t.prisma, author.actor, slug, {
      claimId: claim.id,
      sourceId: webb.id,
      stance: "contests",
    });
    await updateEvidence(t.prisma, author.actor, slug, a.id, {
      version: a.version,
      strength: "strong",
      excerpt: "individuals in the Contra movement were involved",
    });
    await removeEvidence(t.prisma, author.actor, slug, b.id);
    await submitClaim(t.prisma, author.actor, slug, claim.id, {
      verdict: "Supported",
      confidence: "high",
      rationale: "The report says so.",
    });
    await reviewClaim(t.prisma, reviewer.actor, slug, claim.id, {
      decision: "approve",
      verdict: "Mostly supported",
      confidence: "medium",
      rationale: "Only *some* individuals.",
    });
    // An edit after the approval supersedes it and sends the claim back to review.
    await updateClaim(t.prisma, author.actor, slug, claim.id, {
      version: await version(claim.id),
      headline: "The CIA tolerated Contra trafficking",
    });
    await reviewClaim(t.prisma, reviewer.actor, slug, claim.id, { decision: "approve" });
    await publishClaim(t.prisma, editor.actor, slug, claim.id);

    const entries = await claimTimeline(t.prisma, author.actor, slug, claim.id);
    expect(entries.map((e) => e.kind)).toEqual([
      "published",
      "approved",
      "edited",
      "superseded",
      "approved",
      "submitted",
      "evidence_removed",
      "evidence_changed",
      "evidence_added",
      "evidence_added",
      "edited",
      "edited",
      "created",
    ]);
    const at = (i: number) => entries[i];
    expect(entries.map((e) => e.at.getTime())).toEqual([...entries.map((e) => e.at.getTime())].sort((x, y) => y - x));

    expect(at(0).summary).toBe("Published revision 1");
    expect(at(1)).toMatchObject({
      who: "Rita Reviewer",
      summary: "Approved as Supported, high confidence (as proposed)",
      superseded: false,
    });
    expect(textOf(at(2), "Headline")).toEqual({ inserted: "The", deleted: "" });
    expect(at(3).summary).toBe("Approval superseded by an edit; back in review");
    expect(at(4)).toMatchObject({
      summary:
        "Approved as Mostly supported, medium confidence (proposed: Supported, high confidence) — superseded by a later edit",
      superseded: true,
      note: "Only *some* individuals.",
      changes: [
        {
          kind: "value",
          label: "Verdict",
          from: "Supported, high confidence",
          to: "Mostly supported, medium confidence",
        },
      ],
    });
    expect(at(5).summary).toBe("Submitted for review, proposing Supported, high confidence");
    expect(at(6)).toMatchObject({ summary: "Removed evidence: Dark Alliance (Contests)", restorable: true });
    expect(at(7).summary).toBe("Changed evidence: Kerry Committee report (strength, excerpt)");
    expect(at(7).changes[0]).toEqual({ kind: "value", label: "Strength", from: "Moderate", to: "Strong" });
    expect(textOf(at(7), "Excerpt")).toEqual({ inserted: "were involved", deleted: "" });
    expect(at(8).summary).toBe("Added evidence: Dark Alliance (Contests)");
    expect(at(9)).toMatchObject({
      summary: "Added evidence: Kerry Committee report (Supports)",
      changes: expect.arrayContaining([
        { kind: "value", label: "Excerpt", from: null, to: "individuals in the Contra movement" },
      ]),
    });
    expect(at(10).changes).toEqual(
      expect.arrayContaining([
        { kind: "list", label: "Tags", added: ["cia", "drugs"], removed: [] },
        { kind: "value", label: "Proposed verdict", from: null, to: "Supported" },
      ]),
    );
    expect(textOf(at(10), "Headline").deleted).toContain("knowingly");
    expect(at(11).changes).toEqual(
      expect.arrayContaining([{ kind: "value", label: "Claimant", from: null, to: "John Kerry" }]),
    );
    // Word-level: the changed words, not letters.
    expect(textOf(at(11), "Statement")).toEqual({ inserted: "knowingly cocaine", deleted: "drug" });
    expect(at(12)).toMatchObject({
      summary: "Created the claim",
      changes: [{ kind: "value", label: "Statement", from: null, to: "The CIA tolerated Contra drug trafficking." }],
    });

    for (const s of strings(entries)) expect(s).not.toMatch(/^\s*[[{]|":/);

    // A correction that adds contesting evidence: opened, reviewed, published as revision 2.
    await openCorrection(t.prisma, editor.actor, slug, claim.id);
    await addEvidence(t.prisma, editor.actor, slug, {
      claimId: claim.id,
      sourceId: webb.id,
      stance: "contests",
      excerpt: "the agency knew",
    });
    await submitClaim(t.prisma, editor.actor, slug, claim.id, {
      verdict: "Contested",
      confidence: "medium",
      rationale: "Webb's reporting contests it.",
    });
    await reviewClaim(t.prisma, reviewer.actor, slug, claim.id, { decision: "approve" });
    await publishClaim(t.prisma, editor.actor, slug, claim.id, { why: "New reporting came to light." });
    const later = await claimTimeline(t.prisma, reviewer.actor, slug, claim.id);
    expect(later.slice(0, 5).map((e) => [e.kind, e.summary])).toEqual([
      ["published", "Published revision 2 (correction)"],
      ["approved", "Approved as Contested, medium confidence (as proposed)"],
      ["submitted", "Submitted the correction for review, proposing Contested, medium confidence"],
      ["evidence_added", "Added evidence: Dark Alliance (Contests)"],
      ["correction_opened", "Correction opened: the verdict and evidence can change until it is published"],
    ]);
    expect(later[0].note).toBe("New reporting came to light.");
    expect(later[0].changes).toEqual(
      expect.arrayContaining([
        { kind: "value", label: "Verdict", from: "Supported", to: "Contested" },
        { kind: "value", label: "Evidence added: Dark Alliance (Contests)", from: null, to: null },
      ]),
    );
    // The removal from before publication can't be undone now: an equal link is back.
    expect(later.find((e) => e.kind === "evidence_removed")?.restorable).toBe(false);
    for (const s of strings(later)) expect(s).not.toMatch(/^\s*[[{]|":/);
  });

  it("is for members only; another workspace's claim is a 404", async () => {
    const [ws, other] = [await makeWorkspace(t.prisma), await makeWorkspace(t.prisma)];
    const [author, outsider] = [
      await makeUser(t.prisma, { workspaceId: ws.id }),
      await makeUser(t.prisma, { workspaceId: other.id, role: "owner" }),
    ];
    const claim = await createClaim(t.prisma, author.actor, ws.slug, { text: "Opium output doubled in 2006." });
    await expect(claimTimeline(t.prisma, outsider.actor, other.slug, claim.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(claimTimeline(t.prisma, outsider.actor, ws.slug, claim.id)).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await claimTimeline(t.prisma, author.actor, ws.slug, claim.id)).map((e) => e.kind)).toEqual(["created"]);
  });
});

/** The inserted and deleted words of one text change, each joined. */
function textOf(e: TimelineEntry, label: string) {
  const c = e.changes.find((x) => x.label === label);
  if (c?.kind !== "text") throw new Error(`no text change ${label} in ${e.summary}`);
  const join = (op: string) =>
    c.parts
      .filter((p) => p.op === op)
      .map((p) => p.text.trim())
      .join(" ");
  return { inserted: join("insert"), deleted: join("delete") };
}
