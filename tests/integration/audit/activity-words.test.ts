import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workspaceActivity } from "@/lib/audit";
import { createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { createSource } from "@/lib/sources";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

// The activity feed reads as words: each action in a sentence and each record by its name, not
// "claim.create" on "Document cmx5cq2x" (issue 23).
describe.each(DB_TARGETS)("the activity feed names actions and records on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("gives each event its action in words and its record's title", async () => {
    const ws = await makeWorkspace(t.prisma);
    const owner = await makeUser(t.prisma, { workspaceId: ws.id, role: "owner" });
    const doc = await importDocument(t.prisma, owner.actor, {
      workspace: ws.slug,
      title: "Council budget 2026",
      format: "text",
      text: "The council spent four million on roads.",
    });
    const source = await createSource(t.prisma, owner.actor, ws.slug, { title: "Budget report" });
    const claim = await createClaim(t.prisma, owner.actor, ws.slug, {
      documentId: doc.documentId!,
      start: 0,
      end: 40,
      headline: "Council spent four million on roads",
    });

    const feed = await workspaceActivity(t.prisma, owner.actor, ws.slug);
    const find = (id: string) => feed.items.find((e) => e.entityId === id)!;
    expect(find(claim.id)).toMatchObject({
      action: "claim.create",
      what: "Created claim",
      record: { kind: "Claim", name: "Council spent four million on roads", link: { area: "claims", id: claim.id } },
    });
    expect(find(doc.documentId!).record).toEqual({
      kind: "Document",
      name: "Council budget 2026",
      link: { area: "documents", id: doc.documentId },
    });
    expect(find(source.id)).toMatchObject({
      what: "Created source",
      record: { kind: "Source", name: "Budget report" },
    });
    for (const e of feed.items) {
      expect(e.what).not.toMatch(/[._]/);
      expect(e.record.name).not.toContain(e.entityId.slice(0, 8));
    }
  });
});
