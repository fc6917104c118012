// The review cycle writes through SQL (lib/db/sql.ts), not Prisma's model API. What each step
// returns must be the claim exactly as Prisma reads it afterwards, whatever the process's time zone,
// and a row Prisma wrote differently (a NULL list) must read the way Prisma reads it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim, updateClaim } from "@/lib/claims";
import { openCorrection, publishClaim, reviewClaim, submitClaim } from "@/lib/review";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("the review cycle's SQL writes on $name", (target) => {
  let t: TestDatabase;
  const zone = process.env.TZ;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => {
    process.env.TZ = zone;
    await t?.drop();
  });
  const prismaRead = (id: string) => t.prisma.claim.findUniqueOrThrow({ where: { id } });

  it.each(["UTC", "America/New_York"])("returns each step's claim as Prisma reads it, with TZ=%s", async (tz) => {
    process.env.TZ = tz;
    const ws = await makeWorkspace(t.prisma);
    const author = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const reviewer = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const started = Date.now();
    const created = await createClaim(t.prisma, author.actor, ws.slug, {
      text: "The committee found the funding came through unofficial channels.",
      claimant: { name: "Kerry Committee" },
      tags: ["funding"],
      claimedAt: "1989-04-13",
    });
    expect(created).toEqual(await prismaRead(created.id));
    // Stored as UTC, as Prisma stores what it writes: read back by Prisma, it is now, not hours off.
    expect(Math.abs(created.createdAt.getTime() - started)).toBeLessThan(60_000);
    expect(created.claimedAt!.toISOString()).toBe("1989-04-13T00:00:00.000Z");
    const updated = await updateClaim(t.prisma, author.actor, ws.slug, created.id, {
      version: created.version,
      tags: ["funding", "contras"],
    });
    expect(updated).toEqual(await prismaRead(created.id));
    const submitted = await submitClaim(t.prisma, author.actor, ws.slug, created.id, {
      verdict: "Supported",
      confidence: "high",
      rationale: "The report says so.",
    });
    expect(submitted).toEqual(await prismaRead(created.id));
    const { review, claim: approved } = await reviewClaim(t.prisma, reviewer.actor, ws.slug, created.id, {
      decision: "approve",
    });
    expect(approved).toEqual(await prismaRead(created.id));
    expect(review).toEqual(await t.prisma.review.findUniqueOrThrow({ where: { id: review.id } }));
    const published = await publishClaim(t.prisma, author.actor, ws.slug, created.id);
    expect(published).toEqual(await prismaRead(created.id));
    expect(Math.abs(published.publishedAt!.getTime() - Date.now())).toBeLessThan(60_000);
    const revision = await t.prisma.claimRevision.findFirstOrThrow({ where: { claimId: created.id } });
    expect(revision).toMatchObject({ number: 1, tags: ["funding", "contras"], claimantName: "Kerry Committee" });
    expect(revision.publishedAt).toEqual(published.publishedAt);
  });

  it("reads a claim whose tags are NULL (a bulk write without them) as Prisma does, and takes it through the cycle", async () => {
    const ws = await makeWorkspace(t.prisma);
    const author = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const reviewer = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const claim = await createClaim(t.prisma, author.actor, ws.slug, { text: "The agency kept two sets of books." });
    await t.prisma.$executeRaw`UPDATE "Claim" SET tags = NULL WHERE id = ${claim.id}`;
    expect((await prismaRead(claim.id)).tags).toEqual([]);
    const submitted = await submitClaim(t.prisma, author.actor, ws.slug, claim.id, {
      verdict: "Supported",
      confidence: "high",
      rationale: "The ledgers are in the record.",
    });
    expect(submitted.tags).toEqual([]);
    await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, { decision: "approve" });
    const published = await publishClaim(t.prisma, author.actor, ws.slug, claim.id);
    expect(published).toEqual(await prismaRead(claim.id));
    const opened = await openCorrection(t.prisma, author.actor, ws.slug, claim.id);
    expect(opened).toEqual(await prismaRead(claim.id));
  });
});
