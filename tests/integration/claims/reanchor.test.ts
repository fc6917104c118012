import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

const V1 = [
  "The Kerry Committee found that Contra networks moved cocaine into the United States.",
  "Gary Webb reported that a cocaine ring in Los Angeles funnelled profits to the Contras.",
  "Alfred McCoy described the CIA's role in the Laotian opium trade in 1972.",
  "William Leary argued that the CIA did not profit from the drug trade in Laos.",
].join("\n\n");

const V2 = [
  "A new introductory paragraph was added at the top of the article by an editor.",
  "The Kerry Committee found that Contra networks moved cocaine into the United States.",
  "Gary Webb reported that a crack cocaine ring in Los Angeles funnelled millions to the Contras.",
  "William Leary argued that the CIA did not profit from the drug trade in Laos.",
].join("\n\n");

describe.each(DB_TARGETS)("re-anchoring claims on a new document version on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("moves, fuzzily re-finds or orphans each anchor, never silently", async () => {
    const ws = await makeWorkspace(t.prisma);
    const { actor } = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const first = await importDocument(t.prisma, actor, {
      workspace: ws.slug,
      title: "CIA and drugs",
      format: "text",
      text: V1,
    });
    const v1 = (
      await t.prisma.document.findUniqueOrThrow({ where: { id: first.documentId! }, include: { currentVersion: true } })
    ).currentVersion!;
    const make = async (sentence: string) => {
      const start = v1.text.indexOf(sentence);
      expect(start).toBeGreaterThanOrEqual(0);
      return createClaim(t.prisma, actor, ws.slug, {
        documentId: first.documentId!,
        start,
        end: start + sentence.length,
      });
    };
    const kerry = await make("The Kerry Committee found that Contra networks moved cocaine into the United States.");
    const webb = await make("Gary Webb reported that a cocaine ring in Los Angeles funnelled profits to the Contras.");
    const mccoy = await make("Alfred McCoy described the CIA's role in the Laotian opium trade in 1972.");
    const leary = await make("William Leary argued that the CIA did not profit from the drug trade in Laos.");

    const same = await importDocument(t.prisma, actor, {
      workspace: ws.slug,
      title: "CIA and drugs",
      format: "text",
      text: V1,
    });
    expect(same.status).toBe("unchanged");

    const second = await importDocument(t.prisma, actor, {
      workspace: ws.slug,
      title: "CIA and drugs",
      format: "text",
      text: V2,
    });
    expect(second.status).toBe("versioned");
    expect(second.version).toBe(2);
    expect(second.claims).toMatchObject({ orphaned: 1 });
    const v2 = (
      await t.prisma.document.findUniqueOrThrow({ where: { id: first.documentId! }, include: { currentVersion: true } })
    ).currentVersion!;

    const k = await t.prisma.claim.findUniqueOrThrow({ where: { id: kerry.id } });
    expect(k.anchorStatus).toBe("reanchored");
    expect(k.documentVersionId).toBe(v2.id);
    expect(v2.text.slice(k.anchorStart!, k.anchorEnd!)).toBe(kerry.anchorExact);

    const w = await t.prisma.claim.findUniqueOrThrow({ where: { id: webb.id } });
    expect(w.anchorStatus).toBe("fuzzy");
    expect(v2.text.slice(w.anchorStart!, w.anchorEnd!)).toBe(w.anchorExact);
    expect(w.anchorExact).toContain("crack cocaine ring");

    const m = await t.prisma.claim.findUniqueOrThrow({ where: { id: mccoy.id } });
    expect(m.anchorStatus).toBe("orphaned");
    expect(m.documentVersionId).toBe(v1.id); // keeps its old place for the editor
    expect(m.anchorExact).toBe(mccoy.anchorExact);

    const l = await t.prisma.claim.findUniqueOrThrow({ where: { id: leary.id } });
    expect(["reanchored", "anchored"]).toContain(l.anchorStatus);
    expect(v2.text.slice(l.anchorStart!, l.anchorEnd!)).toBe(leary.anchorExact);
  });
});
