// The search and verdicts filters offer at most FACET_LIMIT claimants, documents and topics (the
// most-checked, listed by name), plus whichever one the page is filtered by: at 1M claims a select
// of every claimant and document weighed megabytes on every search page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims";
import { FACET_LIMIT, publicWorkspace, searchFacets, type PublicWorkspace } from "@/lib/publishing";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("search and verdict filter choices on $name", (target) => {
  let t: TestDatabase;
  let ws: PublicWorkspace;
  let rare = { id: "", name: "" };
  let unpublished = "";
  beforeAll(async () => {
    t = await createTestDatabase(target);
    const db = t.prisma;
    const made = await makeWorkspace(db);
    const editor = await makeUser(db, { workspaceId: made.id, role: "editor" });
    // FACET_LIMIT claimants with two claims each, then two with one: those two are cut.
    for (let i = 0; i < FACET_LIMIT + 2; i++) {
      const name = `Claimant ${String(FACET_LIMIT + 2 - i).padStart(3, "0")}`;
      const ct = await db.claimant.create({ data: { workspaceId: made.id, name, kind: "person" } });
      const n = i < FACET_LIMIT ? 2 : 1;
      for (let k = 0; k < n; k++)
        await createClaim(db, editor.actor, made.slug, {
          text: `${name} said ${k}.`,
          claimant: { id: ct.id },
          tags:
            i < FACET_LIMIT
              ? [`topic-${String(i).padStart(3, "0")}`]
              : [i === FACET_LIMIT ? "rare-topic" : "another-rare-topic"],
        });
      if (i === FACET_LIMIT) rare = { id: ct.id, name };
    }
    await db.claim.updateMany({
      where: { workspaceId: made.id },
      data: { status: "published", publishedAt: new Date() },
    });
    const draft = await db.claimant.create({ data: { workspaceId: made.id, name: "Draft Dora", kind: "person" } });
    await createClaim(db, editor.actor, made.slug, { text: "Not yet.", claimant: { id: draft.id } });
    unpublished = draft.id;
    ws = (await publicWorkspace(db, made.slug))!;
  }, 300_000);
  afterAll(async () => t?.drop());

  it("offers the most-checked claimants and topics, at most FACET_LIMIT, by name", async () => {
    const f = await searchFacets(t.prisma, ws);
    expect(f.claimants).toHaveLength(FACET_LIMIT);
    const names = f.claimants.map((c) => c.label);
    expect(names).toEqual([...names].sort());
    expect(names).not.toContain(rare.name);
    expect(f.tags).toHaveLength(FACET_LIMIT);
    expect(f.tags.map((x) => x.value)).not.toContain("rare-topic");
  });

  it("always offers the selected claimant and topic, and never an unpublished one", async () => {
    const f = await searchFacets(t.prisma, ws, { claimant: rare.id, tag: "rare-topic" });
    expect(f.claimants).toHaveLength(FACET_LIMIT + 1);
    expect(f.claimants).toContainEqual({ value: rare.id, label: rare.name });
    expect(f.tags).toContainEqual({ value: "rare-topic", label: "rare-topic" });
    const none = await searchFacets(t.prisma, ws, { claimant: unpublished, tag: "no-such-topic" });
    expect(none.claimants.map((c) => c.value)).not.toContain(unpublished);
    expect(none.tags.map((x) => x.value)).not.toContain("no-such-topic");
  });
});
