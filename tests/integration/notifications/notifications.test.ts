// Notification fan-out (issue 18): who hears about each event, never the actor, only members,
// the same event for the same member once, and only in the transaction that committed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assignClaim } from "@/lib/claims";
import { addComment } from "@/lib/comments";
import { listNotifications, markNotificationsRead, unreadNotificationCount } from "@/lib/notifications";
import { notify } from "@/lib/notifications/notify";
import { publishClaim, reviewClaim, submitClaim } from "@/lib/review";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { teamWorld } from "./world";

describe.each(DB_TARGETS)("notifications on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  const kindsOf = async (w: Awaited<ReturnType<typeof teamWorld>>, who: { actor: never } | { actor: unknown }) =>
    (await listNotifications(t.prisma, (who as { actor: never }).actor, w.slug)).items.map((i) => i.kind);

  it("follows a claim from assignment to publication, telling each person what concerns them", async () => {
    const w = await teamWorld(t.prisma);
    const c = await w.claim();
    const assigned = await assignClaim(t.prisma, w.editor.actor, w.slug, c.id, {
      version: c.version,
      writerId: w.writer.user.id,
      reviewerId: w.reviewer.user.id,
      reviewerDueAt: "2030-02-01",
    });
    expect(await kindsOf(w, w.writer)).toEqual(["assigned_writer"]);
    expect(await kindsOf(w, w.reviewer)).toEqual(["assigned_reviewer"]);
    expect(await kindsOf(w, w.editor)).toEqual([]); // never the actor

    await submitClaim(t.prisma, w.writer.actor, w.slug, assigned.id, w.proposal);
    expect(await kindsOf(w, w.reviewer)).toEqual(["review_requested", "assigned_reviewer"]);

    await reviewClaim(t.prisma, w.reviewer.actor, w.slug, c.id, { decision: "request_changes", rationale: "Source?" });
    expect((await kindsOf(w, w.writer))[0]).toBe("changes_requested");
    expect((await kindsOf(w, w.editor))[0]).toBe("changes_requested"); // the editor who assigned it

    await submitClaim(t.prisma, w.writer.actor, w.slug, c.id, {});
    await reviewClaim(t.prisma, w.reviewer.actor, w.slug, c.id, { decision: "approve" });
    expect((await kindsOf(w, w.writer))[0]).toBe("approved");
    expect((await kindsOf(w, w.editor))[0]).toBe("approved");

    await publishClaim(t.prisma, w.editor.actor, w.slug, c.id);
    expect((await kindsOf(w, w.writer))[0]).toBe("published");
    expect((await kindsOf(w, w.reviewer))[0]).toBe("published");
    expect((await kindsOf(w, w.editor))[0]).toBe("approved"); // the publisher is not told of their own act

    const list = await listNotifications(t.prisma, w.writer.actor, w.slug);
    expect(list.items[0]).toMatchObject({ claimId: c.id, actorId: w.editor.user.id, readAt: null });
    expect(list.items[0].summary).toContain("published");
    expect(list.unreadCount).toBe(list.items.length);
  });

  it("mentions and comments on a claim I wrote or follow; a mentioned follower hears once", async () => {
    const w = await teamWorld(t.prisma);
    const c = await w.claim();
    const reviewerHandle = w.reviewer.user.email.split("@")[0];
    await addComment(t.prisma, w.editor.actor, w.slug, c.id, { body: `@${reviewerHandle} can you check the date?` });
    expect(await kindsOf(w, w.reviewer)).toEqual(["mention"]);
    expect(await kindsOf(w, w.writer)).toEqual(["comment"]); // the author
    // The reviewer answers: the editor now follows (commented), the writer wrote it.
    await addComment(t.prisma, w.reviewer.actor, w.slug, c.id, { body: "The date is right." });
    expect(await kindsOf(w, w.editor)).toEqual(["comment"]);
    expect(await kindsOf(w, w.writer)).toEqual(["comment", "comment"]);
    expect(await kindsOf(w, w.reviewer)).toEqual(["mention"]); // not of their own comment
    expect(await kindsOf(w, w.owner)).toEqual([]); // not involved
  });

  it("stores the same event for the same member once, and never for non-members", async () => {
    const w = await teamWorld(t.prisma);
    const c = await w.claim();
    const event = { workspaceId: w.ws.id, kind: "comment" as const, claimId: c.id, event: `test:${c.id}` };
    const first = await t.prisma.$transaction((tx) =>
      notify(tx, w.editor.actor, { ...event, recipients: [w.writer.user.id, w.writer.user.id, w.outsider.user.id] }),
    );
    const again = await t.prisma.$transaction((tx) =>
      notify(tx, w.editor.actor, { ...event, kind: "mention", recipients: [w.writer.user.id] }),
    );
    expect([first, again]).toEqual([1, 0]);
    expect(await t.prisma.notification.count({ where: { dedupeKey: event.event } })).toBe(1);
    expect(await t.prisma.notification.count({ where: { recipientId: w.outsider.user.id } })).toBe(0);
  });

  it("a refused change leaves no notification behind", async () => {
    const w = await teamWorld(t.prisma);
    const c = await w.claim();
    await expect(
      reviewClaim(t.prisma, w.writer.actor, w.slug, c.id, { decision: "approve" }), // a draft, by its author
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      t.prisma.$transaction(async (tx) => {
        await notify(tx, w.editor.actor, {
          workspaceId: w.ws.id,
          kind: "comment",
          claimId: c.id,
          event: "rolled-back",
          recipients: [w.writer.user.id],
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await t.prisma.notification.count({ where: { claimId: c.id } })).toBe(0);
  });

  it("marks read by id (only the caller's own) and all, with the unread count", async () => {
    const w = await teamWorld(t.prisma);
    const [a, b] = [await w.claim(), await w.claim()];
    for (const c of [a, b])
      await assignClaim(t.prisma, w.editor.actor, w.slug, c.id, { version: c.version, reviewerId: w.reviewer.user.id });
    await assignClaim(t.prisma, w.editor.actor, w.slug, a.id, {
      version: a.version + 1,
      writerId: w.writer.user.id,
    });
    expect(await unreadNotificationCount(t.prisma, w.reviewer.actor, w.slug)).toBe(2);
    const mine = await listNotifications(t.prisma, w.reviewer.actor, w.slug, { unread: "1" });
    const writers = await listNotifications(t.prisma, w.writer.actor, w.slug);
    // Someone else's id matches nothing.
    expect(await markNotificationsRead(t.prisma, w.reviewer.actor, w.slug, { ids: [writers.items[0].id] })).toEqual({
      updated: 0,
    });
    expect(await markNotificationsRead(t.prisma, w.reviewer.actor, w.slug, { ids: [mine.items[0].id] })).toEqual({
      updated: 1,
    });
    expect((await listNotifications(t.prisma, w.reviewer.actor, w.slug, { unread: "1" })).items).toHaveLength(1);
    expect(await markNotificationsRead(t.prisma, w.reviewer.actor, w.slug, { all: true })).toEqual({ updated: 1 });
    expect(await unreadNotificationCount(t.prisma, w.reviewer.actor, w.slug)).toBe(0);
    expect(await unreadNotificationCount(t.prisma, w.writer.actor, w.slug)).toBe(1);
    await expect(markNotificationsRead(t.prisma, w.reviewer.actor, w.slug, { ids: [] })).rejects.toThrow();
    await expect(markNotificationsRead(t.prisma, w.outsider.actor, w.slug, { all: true })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
