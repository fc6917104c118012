// A merged claim lives on as the claim it went into (lib/merge): the public home's verdict counts,
// its top claimants and its documents' counts must count it once, as every other public page does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { mergeClaim } from "@/lib/merge";
import { publicDocuments, publicHome, publicWorkspace } from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("the public home after a merge on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("counts a merged claim once: verdicts, claimants and documents", async () => {
    const db = t.prisma;
    const ws = await makeWorkspace(db);
    const editor = await makeUser(db, { workspaceId: ws.id, role: "editor" });
    const pub = (await publicWorkspace(db, ws.slug))!;
    const claimant = await db.claimant.create({ data: { workspaceId: ws.id, name: "Gary Webb", kind: "person" } });
    const { documentId } = await importDocument(db, editor.actor, {
      workspace: ws.slug,
      title: "Dark Alliance",
      format: "text",
      text: "The cocaine money reached the Contras.",
    });
    const published = async (text: string) => {
      const c = await createClaim(db, editor.actor, ws.slug, {
        text,
        claimant: { id: claimant.id },
        documentId: documentId!,
      });
      await db.claim.update({
        where: { id: c.id },
        data: { status: "published", ratingId: pub.ratings[0].id, publishedAt: new Date() },
      });
      return c;
    };
    const kept = await published("The cocaine money reached the Contras.");
    const dup = await published("Cocaine money reached the Contras.");
    const before = await publicHome(db, pub);
    expect(before.total).toBe(2);

    await mergeClaim(db, editor.actor, ws.slug, dup.id, { into: kept.id });
    const home = await publicHome(db, pub);
    expect(home.total).toBe(1);
    expect(home.byRating.find((r) => r.rating?.id === pub.ratings[0].id)?.count).toBe(1);
    expect(home.latest.map((c) => c.id)).toEqual([kept.id]);
    expect(home.claimants).toMatchObject([{ name: "Gary Webb", claims: 1 }]);
    expect(home.documents).toMatchObject([{ title: "Dark Alliance", published: 1 }]);
    expect((await publicDocuments(db, pub, 1)).documents).toMatchObject([{ title: "Dark Alliance", published: 1 }]);
  });
});
