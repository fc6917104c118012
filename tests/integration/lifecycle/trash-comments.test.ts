// Comments (issue 15): authors edit their own (marked edited) and delete their own; owners and
// editors remove any; a deleted comment goes to the trash and comes back, keeping its thread.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims";
import { addComment, claimComments, deleteComment, DELETED_BODY, editComment } from "@/lib/comments";
import { listTrash, restoreRecord } from "@/lib/trash";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { errorOf } from "../../support/errors";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("comments on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  async function world() {
    const ws = await makeWorkspace(t.prisma);
    const author = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const other = await makeUser(t.prisma, { workspaceId: ws.id, role: "contributor" });
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const claim = await createClaim(t.prisma, systemActor("t"), ws.slug, {
      text: "The agency kept two sets of books.",
    });
    return { ws, author, other, editor, claim };
  }

  it("lets only its author edit a comment, marks it edited, and refuses a stale version", async () => {
    const w = await world();
    const c = await addComment(t.prisma, w.author.actor, w.ws.slug, w.claim.id, { body: "First draft." });
    const refused = await errorOf(editComment(t.prisma, w.editor.actor, w.ws.slug, c.id, { body: "Not mine." }));
    expect(refused.status).toBe(403);
    const edited = await editComment(t.prisma, w.author.actor, w.ws.slug, c.id, { body: "Second draft.", version: 1 });
    expect(edited).toMatchObject({ body: "Second draft.", version: 2 });
    expect(edited.editedAt).toBeInstanceOf(Date);
    const stale = await errorOf(editComment(t.prisma, w.author.actor, w.ws.slug, c.id, { body: "Third.", version: 1 }));
    expect(stale.status).toBe(409);
    const [shown] = await claimComments(t.prisma, w.author.actor, w.ws.slug, w.claim.id);
    expect(shown).toMatchObject({ body: "Second draft.", editedAt: edited.editedAt });
    expect(await t.prisma.auditEvent.count({ where: { action: "comment.edit", entityId: c.id } })).toBe(1);
  });

  it("deletes into the trash: own by the author, any by an editor; the thread keeps its shape; restore", async () => {
    const w = await world();
    const root = await addComment(t.prisma, w.author.actor, w.ws.slug, w.claim.id, { body: "Root remark." });
    const reply = await addComment(t.prisma, w.other.actor, w.ws.slug, w.claim.id, {
      body: "A reply.",
      parentId: root.id,
    });
    const lone = await addComment(t.prisma, w.other.actor, w.ws.slug, w.claim.id, { body: "Lone remark." });
    expect((await errorOf(deleteComment(t.prisma, w.other.actor, w.ws.slug, root.id))).status).toBe(403);
    await deleteComment(t.prisma, w.author.actor, w.ws.slug, root.id);
    await deleteComment(t.prisma, w.editor.actor, w.ws.slug, lone.id);

    const thread = await claimComments(t.prisma, w.author.actor, w.ws.slug, w.claim.id);
    expect(thread.map((c) => [c.id, c.body])).toEqual([
      [root.id, DELETED_BODY],
      [reply.id, "A reply."],
    ]);
    const trash = await listTrash(t.prisma, w.editor.actor, w.ws.slug, { type: "comment" });
    expect(trash.map((x) => x.id).sort()).toEqual([root.id, lone.id].sort());
    expect(trash.find((x) => x.id === lone.id)!.deletedById).toBe(w.editor.user.id);

    await restoreRecord(t.prisma, w.author.actor, w.ws.slug, { type: "comment", id: root.id });
    expect((await claimComments(t.prisma, w.author.actor, w.ws.slug, w.claim.id)).map((c) => c.body)).toEqual([
      "Root remark.",
      "A reply.",
    ]);
    // Restoring someone else's comment takes an editor.
    const notTheirs = await errorOf(
      restoreRecord(t.prisma, w.author.actor, w.ws.slug, { type: "comment", id: lone.id }),
    );
    expect(notTheirs.status).toBe(403);
  });
});
