import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { addScale, listScales, publishClaim, removeRating, reviewClaim, submitClaim, updateRating } from "@/lib/review";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("rating scales on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("owners edit ratings and add scales; a rating in use cannot be removed", async () => {
    const ws = await makeWorkspace(t.prisma);
    const owner = await makeUser(t.prisma, { workspaceId: ws.id, role: "owner" });
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const reviewer = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const [scale] = await listScales(t.prisma, owner.actor, ws.slug);
    const supported = scale.ratings.find((r) => r.label === "Supported")!;
    await expect(updateRating(t.prisma, editor.actor, ws.slug, supported.id, { label: "True" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(updateRating(t.prisma, owner.actor, ws.slug, supported.id, { color: "green" })).rejects.toThrow(
      /hex colour/,
    );
    expect(
      await updateRating(t.prisma, owner.actor, ws.slug, supported.id, { label: "Accurate", color: "#0a7a30" }),
    ).toMatchObject({ label: "Accurate", value: 5 });

    const claim = await createClaim(t.prisma, editor.actor, ws.slug, { text: "A claim." });
    await submitClaim(t.prisma, editor.actor, ws.slug, claim.id, {
      ratingId: supported.id,
      confidence: "high",
      rationale: "ok",
    });
    await reviewClaim(t.prisma, reviewer.actor, ws.slug, claim.id, { decision: "approve" });
    await publishClaim(t.prisma, owner.actor, ws.slug, claim.id);
    await expect(removeRating(t.prisma, owner.actor, ws.slug, supported.id)).rejects.toThrow(/in use by 1 claims/);
    const unused = scale.ratings.find((r) => r.label === "Refuted")!;
    await removeRating(t.prisma, owner.actor, ws.slug, unused.id);

    await expect(
      addScale(t.prisma, owner.actor, ws.slug, {
        name: "Binary",
        ratings: [{ value: 1, label: "True", description: "d", color: "#00aa00" }],
      }),
    ).rejects.toThrow(/at least two ratings/);
    const binary = await addScale(t.prisma, owner.actor, ws.slug, {
      name: "Binary",
      activate: true,
      ratings: [
        { value: 2, label: "True", description: "Accurate.", color: "#00aa00" },
        { value: 1, label: "False", description: "Inaccurate.", color: "#aa0000" },
      ],
    });
    const scales = await listScales(t.prisma, owner.actor, ws.slug);
    expect(scales.find((s) => s.active)?.id).toBe(binary.id);
  });
});
