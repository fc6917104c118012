// Merging duplicate claims, claimants and sources (issue 15), their undo, and what readers see
// afterwards: merged records are hidden, their public URLs lead to the kept record, and nothing is
// half-done when a merge is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { createClaim, listClaimants, listClaims } from "@/lib/claims";
import { mergeClaim, mergeClaimant, mergeSource, unmerge } from "@/lib/merge";
import {
  publicClaim,
  publicClaimant,
  publicClaimantRedirect,
  publicClaimRedirect,
  publicWorkspace,
} from "@/lib/publishing";
import { listSources } from "@/lib/sources";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";
import { buildNewsroom, type Newsroom } from "../exports/fixture";

describe.each(DB_TARGETS)("merges on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  /** A newsroom plus a published claim by a duplicate claimant and a duplicate source. */
  async function world() {
    const n = await buildNewsroom(t.prisma);
    const textA = n.docA.currentVersion!.text;
    const exact = "Gary Webb";
    const dupClaim = await createClaim(t.prisma, n.editor.actor, n.ws.slug, {
      text: "The Kerry Committee found Contra drug links.",
      documentId: n.docA.id,
      start: textA.indexOf(exact),
      end: textA.indexOf(exact) + exact.length,
      claimant: { name: "Senate Kerry Committee", kind: "organization", aliases: ["Kerry panel"] },
      reportedBy: { name: "Senate Kerry Committee" },
    });
    const dupSource = await t.prisma.source.create({
      data: {
        workspaceId: n.ws.id,
        title: "Minus report (copy)",
        authors: [],
        reliability: 2,
        reliabilityRationale: "x",
      },
    });
    const kerry = await t.prisma.claimant.findFirstOrThrow({
      where: { workspaceId: n.ws.id, name: "Kerry Committee" },
    });
    const senate = await t.prisma.claimant.findFirstOrThrow({
      where: { workspaceId: n.ws.id, name: "Senate Kerry Committee" },
    });
    return { n, dupClaim, dupSource, kerry, senate };
  }

  const snapshot = async (n: Newsroom) =>
    JSON.stringify(
      await Promise.all([
        t.prisma.claim.findMany({ where: { workspaceId: n.ws.id }, orderBy: { id: "asc" } }),
        t.prisma.claimant.findMany({ where: { workspaceId: n.ws.id }, orderBy: { id: "asc" } }),
        t.prisma.source.findMany({
          where: { workspaceId: n.ws.id },
          orderBy: { id: "asc" },
        }),
        t.prisma.evidence.findMany({ where: { claim: { workspaceId: n.ws.id } }, orderBy: { id: "asc" } }),
        t.prisma.claimRelation.findMany({ where: { workspaceId: n.ws.id }, orderBy: { id: "asc" } }),
        t.prisma.comment.findMany({ where: { claim: { workspaceId: n.ws.id } }, orderBy: { id: "asc" } }),
        t.prisma.citation.findMany({ where: { source: { workspaceId: n.ws.id } }, orderBy: { id: "asc" } }),
      ]),
    );

  it("claimants: all claims move (claimant and reported by), names become aliases, the old URL redirects, undo restores", async () => {
    const { n, dupClaim, kerry, senate } = await world();
    await t.prisma.claim.update({ where: { id: dupClaim.id }, data: { status: "published", publishedAt: new Date() } });
    const result = await mergeClaimant(t.prisma, n.editor.actor, n.ws.slug, senate.id, { into: kerry.id });
    expect(result).toMatchObject({ id: senate.id, into: kerry.id, moved: { claims: 1, reported: 1 } });
    const moved = await t.prisma.claim.findUniqueOrThrow({ where: { id: dupClaim.id } });
    expect([moved.claimantId, moved.reportedById]).toEqual([kerry.id, kerry.id]);
    const keptNow = await t.prisma.claimant.findUniqueOrThrow({ where: { id: kerry.id } });
    expect(keptNow.aliases).toEqual(expect.arrayContaining(["Senate Kerry Committee", "Kerry panel"]));
    expect((await listClaimants(t.prisma, n.editor.actor, n.ws.slug)).map((c) => c.id)).not.toContain(senate.id);

    // Naming the merged claimant again finds the kept one.
    const again = await createClaim(t.prisma, n.editor.actor, n.ws.slug, {
      text: "Another Kerry claim.",
      claimant: { name: "Senate Kerry Committee" },
    });
    expect(again.claimantId).toBe(kerry.id);
    const byOldId = await createClaim(t.prisma, n.editor.actor, n.ws.slug, {
      text: "A claim citing the old claimant id.",
      claimant: { id: senate.id },
    });
    expect(byOldId.claimantId).toBe(kerry.id);

    const ws = (await publicWorkspace(t.prisma, n.ws.slug))!;
    expect(await publicClaimant(t.prisma, ws, senate.id)).toBeNull();
    expect(await publicClaimantRedirect(t.prisma, ws, senate.id)).toBe(kerry.id);
    expect(await publicClaimantRedirect(t.prisma, ws, kerry.id)).toBeNull();
    const audit = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "claimant.merge", entityId: senate.id },
    });
    expect(audit.before).toMatchObject({ into: kerry.id, claimIds: [dupClaim.id], reportedIds: [dupClaim.id] });

    // The two claims made since touched the kept claimant only through claims of their own: undo still works.
    const undone = await unmerge(t.prisma, n.editor.actor, n.ws.slug, { entity: "claimant", id: senate.id });
    expect(undone).toEqual({ id: senate.id, from: kerry.id });
    const back = await t.prisma.claim.findUniqueOrThrow({ where: { id: dupClaim.id } });
    expect([back.claimantId, back.reportedById]).toEqual([senate.id, senate.id]);
    expect((await t.prisma.claimant.findUniqueOrThrow({ where: { id: kerry.id } })).aliases).toEqual(kerry.aliases);
    expect((await t.prisma.claimant.findUniqueOrThrow({ where: { id: senate.id } })).mergedIntoId).toBeNull();
    expect(await publicClaimantRedirect(t.prisma, ws, senate.id)).toBeNull();
    await expect(
      unmerge(t.prisma, n.editor.actor, n.ws.slug, { entity: "claimant", id: senate.id }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/not merged/) });
  });

  it("refuses bad merges with a clear message and changes nothing", async () => {
    const { n, dupClaim, kerry, senate, dupSource } = await world();
    const other = await makeWorkspace(t.prisma);
    const foreign = await t.prisma.claimant.create({ data: { workspaceId: other.id, name: "Kerry Committee" } });
    const contributor = await makeUser(t.prisma, { workspaceId: n.ws.id, role: "contributor" });
    const before = await snapshot(n);
    const cases: [Promise<unknown>, object][] = [
      [
        mergeClaimant(t.prisma, n.editor.actor, n.ws.slug, kerry.id, { into: kerry.id }),
        { code: "unprocessable", message: "a claimant cannot be merged into itself" },
      ],
      [
        mergeClaimant(t.prisma, n.editor.actor, n.ws.slug, senate.id, { into: foreign.id }),
        { code: "unprocessable", message: expect.stringMatching(/not found in this workspace/) },
      ],
      [mergeClaimant(t.prisma, n.editor.actor, n.ws.slug, foreign.id, { into: kerry.id }), { code: "not_found" }],
      [mergeClaimant(t.prisma, n.editor.actor, n.ws.slug, senate.id, {}), { name: "ZodError" }],
      [mergeClaimant(t.prisma, n.editor.actor, n.ws.slug, senate.id, { into: 5 }), { name: "ZodError" }],
      [
        mergeClaimant(t.prisma, contributor.actor, n.ws.slug, senate.id, { into: kerry.id }),
        { code: "forbidden", message: expect.stringMatching(/merge claimants/) },
      ],
      [
        mergeSource(t.prisma, n.editor.actor, n.ws.slug, dupSource.id, { into: "nope" }),
        { code: "unprocessable", details: { field: "into" } },
      ],
      // A published claim cannot go into one without a public page.
      [
        mergeClaim(t.prisma, n.editor.actor, n.ws.slug, n.claims.c2.id, { into: n.claims.inReview.id }),
        { code: "unprocessable", message: expect.stringMatching(/published claim merges only into a published/) },
      ],
      // The kept claim is published: its evidence changes only in a correction.
      [
        mergeClaim(t.prisma, n.editor.actor, n.ws.slug, n.claims.c2.id, { into: n.claims.c1.id }),
        { code: "conflict", message: expect.stringMatching(/open a correction to change its evidence/) },
      ],
    ];
    for (const [p, err] of cases) await expect(p).rejects.toMatchObject(err);
    expect(await snapshot(n)).toBe(before);
    expect(await t.prisma.auditEvent.count({ where: { workspaceId: n.ws.id, action: { endsWith: ".merge" } } })).toBe(
      0,
    );
    void dupClaim;

    // Merged records can be neither merged again nor merged into.
    await mergeClaimant(t.prisma, n.editor.actor, n.ws.slug, senate.id, { into: kerry.id });
    const third = await t.prisma.claimant.create({ data: { workspaceId: n.ws.id, name: "Third" } });
    await expect(
      mergeClaimant(t.prisma, n.editor.actor, n.ws.slug, third.id, { into: senate.id }),
    ).rejects.toMatchObject({
      code: "unprocessable",
      message: expect.stringMatching(new RegExp(`merged into ${kerry.id}`)),
    });
    await expect(
      mergeClaimant(t.prisma, n.editor.actor, n.ws.slug, senate.id, { into: third.id }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/already merged/) });
  });

  it("sources: citations, evidence, captures and reported claims move; a clash is refused naming the claim; undo", async () => {
    const { n, dupClaim, dupSource } = await world();
    const { cited, report } = n.sources;
    const citation = await t.prisma.citation.findFirstOrThrow({ where: { sourceId: cited.id } });
    await t.prisma.citation.create({
      data: { documentVersionId: citation.documentVersionId, sourceId: dupSource.id, start: 1, end: 2 },
    });
    const ev = await t.prisma.evidence.create({
      data: { claimId: dupClaim.id, sourceId: dupSource.id, stance: "supports" },
    });
    await t.prisma.claim.update({ where: { id: dupClaim.id }, data: { reportingSourceId: dupSource.id } });
    const capture = await t.prisma.sourceCapture.create({
      data: { workspaceId: n.ws.id, sourceId: dupSource.id, requestedUrl: "http://127.0.0.1/x" },
    });
    // A clash: c1 already has the kept source as supporting evidence.
    const clash = await t.prisma.evidence.create({
      data: { claimId: n.claims.c1.id, sourceId: dupSource.id, stance: "supports" },
    });
    const before = await snapshot(n);
    await expect(
      mergeSource(t.prisma, n.editor.actor, n.ws.slug, dupSource.id, { into: report.id }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("“The Kerry Committee report found"),
    });
    expect(await snapshot(n)).toBe(before);
    await t.prisma.evidence.delete({ where: { id: clash.id } });

    const result = await mergeSource(t.prisma, n.editor.actor, n.ws.slug, dupSource.id, { into: report.id });
    expect(result.moved).toEqual({ evidence: 1, citations: 1, captures: 1, reportedClaims: 1 });
    expect((await t.prisma.evidence.findUniqueOrThrow({ where: { id: ev.id } })).sourceId).toBe(report.id);
    expect((await t.prisma.sourceCapture.findUniqueOrThrow({ where: { id: capture.id } })).sourceId).toBe(report.id);
    expect((await t.prisma.claim.findUniqueOrThrow({ where: { id: dupClaim.id } })).reportingSourceId).toBe(report.id);
    // The kept source had no rating: it takes the duplicate's; the duplicate keeps its own row and history.
    const kept = await t.prisma.source.findUniqueOrThrow({ where: { id: report.id } });
    expect(kept.reliability).toBe(2);
    expect((await t.prisma.source.findUniqueOrThrow({ where: { id: dupSource.id } })).reliability).toBe(2);
    const listed = await listSources(t.prisma, n.editor.actor, n.ws.slug);
    expect(listed.items.map((s) => s.id)).not.toContain(dupSource.id);
    expect((await listSources(t.prisma, n.editor.actor, n.ws.slug, { q: "copy" })).items).toEqual([]);

    await unmerge(t.prisma, n.editor.actor, n.ws.slug, { entity: "source", id: dupSource.id });
    expect((await t.prisma.evidence.findUniqueOrThrow({ where: { id: ev.id } })).sourceId).toBe(dupSource.id);
    expect((await t.prisma.sourceCapture.findUniqueOrThrow({ where: { id: capture.id } })).sourceId).toBe(dupSource.id);
    expect(await t.prisma.citation.count({ where: { sourceId: dupSource.id } })).toBe(1);
    expect((await t.prisma.source.findUniqueOrThrow({ where: { id: report.id } })).reliability).toBeNull();
  });

  it("claims: evidence, comments and relations move, approvals of the kept claim are superseded, undo refuses after a change", async () => {
    const { n, dupClaim } = await world();
    const keep = n.claims.inReview;
    const approval = await t.prisma.review.create({
      data: { claimId: keep.id, reviewerId: n.reviewer.user.id, rationale: "ok", decision: "approve" },
    });
    const ev = await t.prisma.evidence.create({
      data: { claimId: dupClaim.id, sourceId: n.sources.report.id, stance: "contests" },
    });
    const comment = await t.prisma.comment.create({ data: { claimId: dupClaim.id, body: "same as the other one" } });
    const rel = await t.prisma.claimRelation.create({
      data: { workspaceId: n.ws.id, fromClaimId: dupClaim.id, toClaimId: n.claims.c3.id, type: "supports" },
    });
    const selfRel = await t.prisma.claimRelation.create({
      data: { workspaceId: n.ws.id, fromClaimId: dupClaim.id, toClaimId: keep.id, type: "duplicates" },
    });
    const result = await mergeClaim(t.prisma, n.editor.actor, n.ws.slug, dupClaim.id, { into: keep.id });
    expect(result.moved).toEqual({ evidence: 1, comments: 1, relations: 1 });
    expect((await t.prisma.evidence.findUniqueOrThrow({ where: { id: ev.id } })).claimId).toBe(keep.id);
    expect((await t.prisma.comment.findUniqueOrThrow({ where: { id: comment.id } })).claimId).toBe(keep.id);
    expect((await t.prisma.claimRelation.findUniqueOrThrow({ where: { id: rel.id } })).fromClaimId).toBe(keep.id);
    expect(await t.prisma.claimRelation.findUnique({ where: { id: selfRel.id } })).toBeNull();
    expect((await t.prisma.review.findUniqueOrThrow({ where: { id: approval.id } })).supersededAt).not.toBeNull();
    const ids = (await listClaims(t.prisma, n.editor.actor, n.ws.slug, {})).items.map((c) => c.id);
    expect(ids).toContain(keep.id);
    expect(ids).not.toContain(dupClaim.id);

    // Undo puts back exactly what moved, the removed relation included.
    await unmerge(t.prisma, n.editor.actor, n.ws.slug, { entity: "claim", id: dupClaim.id });
    expect((await t.prisma.evidence.findUniqueOrThrow({ where: { id: ev.id } })).claimId).toBe(dupClaim.id);
    expect((await t.prisma.comment.findUniqueOrThrow({ where: { id: comment.id } })).claimId).toBe(dupClaim.id);
    expect((await t.prisma.claimRelation.findUniqueOrThrow({ where: { id: rel.id } })).fromClaimId).toBe(dupClaim.id);
    expect(await t.prisma.claimRelation.findUniqueOrThrow({ where: { id: selfRel.id } })).toMatchObject({
      fromClaimId: dupClaim.id,
      toClaimId: keep.id,
    });

    // Merged again, then the moved evidence is edited: undo is refused and nothing moves.
    await mergeClaim(t.prisma, n.editor.actor, n.ws.slug, dupClaim.id, { into: keep.id });
    await t.prisma.evidence.update({ where: { id: ev.id }, data: { strength: "strong", version: { increment: 1 } } });
    await expect(
      unmerge(t.prisma, n.editor.actor, n.ws.slug, { entity: "claim", id: dupClaim.id }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/cannot undo the merge: its evidence changed/),
    });
    expect((await t.prisma.evidence.findUniqueOrThrow({ where: { id: ev.id } })).claimId).toBe(keep.id);
    expect((await t.prisma.claim.findUniqueOrThrow({ where: { id: dupClaim.id } })).mergedIntoId).toBe(keep.id);
  });

  it("a published duplicate's public URL redirects to the published claim it was merged into", async () => {
    const { n, dupClaim } = await world();
    await t.prisma.claim.update({
      where: { id: dupClaim.id },
      data: { status: "published", publishedAt: new Date(), ratingId: n.claims.c1.ratingId },
    });
    const ws = (await publicWorkspace(t.prisma, n.ws.slug))!;
    expect(await publicClaim(t.prisma, ws, dupClaim.id)).not.toBeNull();
    await mergeClaim(t.prisma, systemActor("test"), n.ws.slug, dupClaim.id, { into: n.claims.c1.id });
    expect(await publicClaim(t.prisma, ws, dupClaim.id)).toBeNull();
    expect(await publicClaimRedirect(t.prisma, ws, dupClaim.id)).toBe(n.claims.c1.id);
    expect(await publicClaimRedirect(t.prisma, ws, n.claims.c1.id)).toBeNull();
    expect(await publicClaimRedirect(t.prisma, ws, "no-such-claim")).toBeNull();
  });
});
