// The public page cache (lib/publishing/cache.ts) never serves what a committed change made
// stale: the workspace's change counter moves at the commit of every audited change, from any
// connection (a second app instance), and not for a change that rolled back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db";
import { rateSource } from "@/lib/sources";
import { retractClaim, updateRating } from "@/lib/review";
import { cachedPages, cachedPublicWorkspace } from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser } from "../../support/factories";
import { buildWorld, type World } from "./world";

describe.each(DB_TARGETS)("public page cache on $name", (target) => {
  let t: TestDatabase;
  let w: World;
  // On PostgreSQL the writes go through a second pool, as another app instance would.
  let other: Database;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    w = await buildWorld(t.prisma);
    other = target.name === "postgres" ? await openDatabase(t.url) : t;
  });
  afterAll(async () => {
    if (other !== t) await other.close();
    await t?.drop();
  });
  const seq = async () =>
    (await t.query<{ changeSeq: number }>(`SELECT "changeSeq" FROM "Workspace" WHERE id = $1`, [w.ws.id]))[0].changeSeq;
  const page = async (id: string) =>
    cachedPages.claim(t.prisma, (await cachedPublicWorkspace(t.prisma, w.ws.slug))!, id);

  it("serves the same object until something changes, then the new state", async () => {
    const first = await page(w.claims.kerry.id);
    expect(await page(w.claims.kerry.id)).toBe(first); // from memory: the very same object
    const senate = first!.evidence.supports.find((e) => e.source.id === w.sources.senate.id)!;
    expect(senate.source.reliability).toBe(5);
    const owner = await makeUser(other.prisma, { workspaceId: w.ws.id, role: "owner" });
    const version = (await other.prisma.source.findUniqueOrThrow({ where: { id: w.sources.senate.id } })).version;
    const before = await seq();
    await rateSource(other.prisma, owner.actor, w.ws.slug, w.sources.senate.id, {
      version,
      reliability: 3,
      rationale: "Partisan in places.",
    });
    expect(await seq()).toBe(before + 1);
    const fresh = await page(w.claims.kerry.id);
    expect(fresh).not.toBe(first);
    // The published evidence is a snapshot: a later rating reaches the page only with a new revision.
    expect(fresh!.evidence.supports.find((e) => e.source.id === w.sources.senate.id)!.source.reliability).toBe(5);
    // The workspace's own scale is read live: renaming a verdict shows at once.
    const ratingId = fresh!.rating!.id;
    await updateRating(other.prisma, owner.actor, w.ws.slug, ratingId, { label: "Well supported" });
    expect((await page(w.claims.kerry.id))!.rating!.label).toBe("Well supported");
  });

  it("shows a retraction at once", async () => {
    expect((await page(w.claims.leary.id))!.retracted).toBe(false);
    const editor = await makeUser(other.prisma, { workspaceId: w.ws.id, role: "editor" });
    await retractClaim(other.prisma, editor.actor, w.ws.slug, w.claims.leary.id, { why: "The source was withdrawn." });
    expect((await page(w.claims.leary.id))!.retracted).toBe(true);
  });

  it("does not move the counter for a change that rolled back", async () => {
    const before = await seq();
    await expect(
      t.prisma.$transaction(async (tx) => {
        await tx.auditEvent.create({
          data: {
            workspaceId: w.ws.id,
            actorLabel: "test",
            action: "test.rollback",
            entityType: "Workspace",
            entityId: w.ws.id,
          },
        });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await seq()).toBe(before);
  });
});
