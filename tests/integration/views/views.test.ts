import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createClaim, listClaims } from "@/lib/claims";
import { createView, deleteView, getView, listViews, updateView } from "@/lib/views";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { errorOf } from "../../support/errors";
import { makeUser, makeWorkspace } from "../../support/factories";

const DAY = 24 * 3600 * 1000;

async function zodErrorOf(p: Promise<unknown>): Promise<ZodError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ZodError) return e;
    throw e;
  }
  throw new Error("expected a ZodError");
}

describe.each(DB_TARGETS)("saved views on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  async function setup() {
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const owner = await makeUser(t.prisma, { workspaceId: ws.id, role: "owner" });
    const writer = await makeUser(t.prisma, { workspaceId: ws.id, role: "contributor" });
    const reviewer = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const now = Date.now();
    const make = async (text: string, data: Record<string, unknown>) => {
      const c = await createClaim(t.prisma, editor.actor, ws.slug, { text });
      return t.prisma.claim.update({ where: { id: c.id }, data });
    };
    // Four claims with known assignments and due dates (the step decides which date counts).
    const late = await make("The agency kept two sets of cocaine books.", {
      tags: ["drugs"],
      writerId: writer.user.id,
      writerDueAt: new Date(now - 2 * DAY),
    });
    const soon = await make("The committee heard forty witnesses about cocaine.", {
      tags: ["drugs"],
      status: "in_review",
      reviewerId: reviewer.user.id,
      reviewerDueAt: new Date(now + 3 * DAY),
      // The writer's date is past, but the claim is with its reviewer now: not overdue.
      writerId: writer.user.id,
      writerDueAt: new Date(now - 5 * DAY),
    });
    const undated = await make("The inspector general found no such ledger.", { tags: ["audit"] });
    const later = await make("The report was published in 1989 by the Senate.", {
      writerId: reviewer.user.id,
      writerDueAt: new Date(now + 20 * DAY),
    });
    return { ws, editor, owner, writer, reviewer, claims: { late, soon, undated, later } };
  }

  const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id).sort();

  it("filters the list by assignee, due date and verdict, with and without full text", async () => {
    const { ws, editor, writer, reviewer, claims } = await setup();
    const list = (f: Record<string, unknown>) => listClaims(t.prisma, editor.actor, ws.slug, f);
    expect(ids(await list({ assigneeId: writer.user.id }))).toEqual([claims.late.id, claims.soon.id].sort());
    expect(ids(await list({ assigneeId: reviewer.user.id }))).toEqual([claims.soon.id, claims.later.id].sort());
    expect(ids(await list({ due: "overdue" }))).toEqual([claims.late.id]);
    expect(ids(await list({ due: "week" }))).toEqual([claims.soon.id]);
    expect(ids(await list({ due: "none" }))).toEqual([claims.undated.id]);
    expect(ids(await list({ due: "overdue", q: "cocaine" }))).toEqual([claims.late.id]);
    expect(ids(await list({ due: "week", q: "cocaine", assigneeId: reviewer.user.id }))).toEqual([claims.soon.id]);
    expect(ids(await list({ q: "cocaine", assigneeId: writer.user.id, tag: "drugs" }))).toEqual(
      [claims.late.id, claims.soon.id].sort(),
    );
    const scale = await t.prisma.rating.findFirstOrThrow({ where: { scaleId: ws.ratingScaleId! } });
    await t.prisma.claim.update({ where: { id: claims.undated.id }, data: { ratingId: scale.id } });
    expect(ids(await list({ verdict: scale.id }))).toEqual([claims.undated.id]);
    expect(ids(await list({ verdict: scale.id, q: "ledger" }))).toEqual([claims.undated.id]);
  });

  it("saves a private view with its count; others cannot see it (404) until it is shared", async () => {
    const { ws, editor, writer, claims } = await setup();
    const view = await createView(t.prisma, editor.actor, ws.slug, {
      name: "Cocaine, late",
      filters: { q: "cocaine", due: "overdue" },
    });
    expect(view).toMatchObject({ name: "Cocaine, late", shared: false, mine: true, count: 1, version: 1 });
    expect((await getView(t.prisma, editor.actor, ws.slug, view.id)).filters).toEqual({ q: "cocaine", due: "overdue" });
    const drugs = await createView(t.prisma, editor.actor, ws.slug, { name: "Drugs", filters: { tag: "drugs" } });
    expect(drugs.count).toBe(2);

    expect((await listViews(t.prisma, writer.actor, ws.slug)).items).toEqual([]);
    expect((await errorOf(getView(t.prisma, writer.actor, ws.slug, view.id))).code).toBe("not_found");
    expect((await errorOf(updateView(t.prisma, writer.actor, ws.slug, view.id, { version: 1, name: "x" }))).code).toBe(
      "not_found",
    );
    expect((await errorOf(deleteView(t.prisma, writer.actor, ws.slug, view.id))).code).toBe("not_found");

    const shared = await updateView(t.prisma, editor.actor, ws.slug, view.id, { version: 1, shared: true });
    expect(shared).toMatchObject({ shared: true, version: 2 });
    const seen = (await listViews(t.prisma, writer.actor, ws.slug)).items;
    expect(seen.map((v) => [v.name, v.count, v.mine])).toEqual([["Cocaine, late", 1, false]]);

    // The count follows the claims.
    await t.prisma.claim.update({ where: { id: claims.late.id }, data: { writerDueAt: null } });
    expect((await getView(t.prisma, writer.actor, ws.slug, view.id)).count).toBe(0);

    const audit = await t.prisma.auditEvent.findMany({ where: { entityId: view.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["view.create", "view.update"]);
  });

  it("lets only the owner rename or unshare; owners and editors may delete shared views, not others' private ones", async () => {
    const { ws, editor, owner, writer, reviewer } = await setup();
    const mine = await createView(t.prisma, writer.actor, ws.slug, { name: "Mine", shared: true, filters: {} });
    expect(mine.count).toBe(4);
    const rename = (actor: typeof editor.actor, version: number) =>
      updateView(t.prisma, actor, ws.slug, mine.id, { version, name: "Renamed" });
    expect((await errorOf(rename(editor.actor, 1))).code).toBe("forbidden");
    expect((await errorOf(deleteView(t.prisma, reviewer.actor, ws.slug, mine.id))).code).toBe("forbidden");
    const renamed = await rename(writer.actor, 1);
    expect(renamed.name).toBe("Renamed");
    const stale = await errorOf(rename(writer.actor, 1));
    expect(stale.code).toBe("conflict");
    expect(stale.details?.current).toMatchObject({ version: 2 });
    await deleteView(t.prisma, editor.actor, ws.slug, mine.id);
    expect((await errorOf(getView(t.prisma, writer.actor, ws.slug, mine.id))).code).toBe("not_found");

    const privateOne = await createView(t.prisma, writer.actor, ws.slug, { name: "Private", filters: {} });
    expect((await errorOf(deleteView(t.prisma, owner.actor, ws.slug, privateOne.id))).code).toBe("not_found");
    await deleteView(t.prisma, writer.actor, ws.slug, privateOne.id);
    expect(await t.prisma.savedView.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("refuses unknown filter keys and values, naming the field", async () => {
    const { ws, editor } = await setup();
    const other = await makeWorkspace(t.prisma);
    const save = (filters: unknown) => createView(t.prisma, editor.actor, ws.slug, { name: "Bad", filters });
    const unknownKey = await zodErrorOf(save({ colour: "red" }));
    expect(unknownKey.issues[0].path).toEqual(["filters"]);
    expect(unknownKey.issues[0].message).toContain("colour");
    const badStatus = await zodErrorOf(save({ status: "bogus" }));
    expect(badStatus.issues[0].path).toEqual(["filters", "status"]);
    const badDue = await zodErrorOf(save({ due: "yesterday" }));
    expect(badDue.issues[0].path).toEqual(["filters", "due"]);
    const foreignDoc = await errorOf(save({ claimantId: "nope" }));
    expect(foreignDoc.code).toBe("unprocessable");
    expect(foreignDoc.details?.field).toBe("filters.claimantId");
    const foreignRating = await t.prisma.rating.findFirstOrThrow({ where: { scaleId: other.ratingScaleId! } });
    expect((await errorOf(save({ verdict: foreignRating.id }))).details?.field).toBe("filters.verdict");
    const extra = await zodErrorOf(
      createView(t.prisma, editor.actor, ws.slug, { name: "x", filters: {}, owner: "me" }),
    );
    expect(extra.issues[0].message).toContain("owner");
    expect(await t.prisma.savedView.count({ where: { workspaceId: ws.id } })).toBe(0);
  });
});
