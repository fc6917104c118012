// An excerpt says whether it quotes the source or summarises it; the kind is reviewed content.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { addEvidence, updateEvidence } from "@/lib/evidence";
import { createSource } from "@/lib/sources";
import { reviewedContent } from "@/lib/review/content";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("evidence excerpt kind on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("stores quote by default and summary when asked, refuses other kinds naming the field, and counts a change as an edit", async () => {
    const ws = await makeWorkspace(t.prisma);
    const { actor } = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const claim = await createClaim(t.prisma, actor, ws.slug, { text: "The committee met in 1987." });
    const a = await createSource(t.prisma, actor, ws.slug, { title: "Minutes" });
    const b = await createSource(t.prisma, actor, ws.slug, { title: "Letter" });
    const quoted = await addEvidence(t.prisma, actor, ws.slug, {
      claimId: claim.id,
      sourceId: a.id,
      stance: "supports",
      excerpt: "The committee met.",
    });
    expect(quoted.excerptKind).toBe("quote");
    const summed = await addEvidence(t.prisma, actor, ws.slug, {
      claimId: claim.id,
      sourceId: b.id,
      stance: "supports",
      excerpt: "Says they met.",
      excerptKind: "summary",
    });
    expect(summed.excerptKind).toBe("summary");
    await expect(
      addEvidence(t.prisma, actor, ws.slug, {
        claimId: claim.id,
        sourceId: b.id,
        stance: "contests",
        excerpt: "x",
        excerptKind: "paraphrase",
      }),
    ).rejects.toThrow(/excerptKind must be quote or summary/);

    const before = await t.prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    const changed = await updateEvidence(t.prisma, actor, ws.slug, summed.id, {
      version: summed.version,
      excerptKind: "quote",
    });
    expect(changed.excerptKind).toBe("quote");
    const after = await t.prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } });
    expect(after.version).toBe(before.version + 1);
  });

  it("leaves the reviewed digest of quote excerpts as it was before excerpts had a kind", () => {
    const claim = {
      text: "t",
      headline: "h",
      claimType: "factual",
      tags: [],
      claimedAt: null,
      claimantId: null,
      reportedById: null,
      documentVersionId: null,
      anchorStart: null,
      anchorEnd: null,
      anchorExact: null,
      proposedRatingId: null,
      proposedConfidence: null,
      proposedRationale: null,
    };
    const link = { sourceId: "s", stance: "supports", strength: "moderate", excerpt: "e", locator: null };
    expect(reviewedContent(claim, [{ ...link, excerptKind: "quote" }])).toEqual(reviewedContent(claim, [link]));
    expect(reviewedContent(claim, [{ ...link, excerptKind: "summary" }])).not.toEqual(reviewedContent(claim, [link]));
  });
});
