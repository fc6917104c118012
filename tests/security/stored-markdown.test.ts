// A stored comment of `>`×3000 (issue 22) made its claim's desk page a 500 for everyone, and
// there was no way to delete it. It now renders as plain text and its author or an editor
// deletes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims";
import { addComment, claimComments, deleteComment, DELETED_BODY } from "@/lib/comments";
import { AppError } from "@/lib/errors";
import { renderMarkdown } from "@/lib/markdown";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../support/db";
import { makeUser, makeWorkspace } from "../support/factories";

const HOSTILE = ">".repeat(3000);

describe.each(DB_TARGETS)("stored hostile Markdown on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("is shown, then deleted by its author; another contributor may not, an editor may", async () => {
    const ws = await makeWorkspace(t.prisma);
    const author = await makeUser(t.prisma, { workspaceId: ws.id, role: "contributor" });
    const other = await makeUser(t.prisma, { workspaceId: ws.id, role: "contributor" });
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const claim = await createClaim(t.prisma, systemActor("t"), ws.slug, {
      text: "The agency kept two sets of books.",
    });
    const first = await addComment(t.prisma, author.actor, ws.slug, claim.id, { body: HOSTILE });
    const second = await addComment(t.prisma, author.actor, ws.slug, claim.id, { body: HOSTILE });

    for (const c of await claimComments(t.prisma, author.actor, ws.slug, claim.id))
      expect(renderMarkdown(c.body)).toContain("&gt;&gt;&gt;");

    const refused = await deleteComment(t.prisma, other.actor, ws.slug, first.id).catch((e: unknown) => e);
    expect((refused as AppError).status).toBe(403);
    await deleteComment(t.prisma, author.actor, ws.slug, first.id);
    await deleteComment(t.prisma, editor.actor, ws.slug, second.id);
    expect(await claimComments(t.prisma, author.actor, ws.slug, claim.id)).toEqual([]);
    expect(
      await t.prisma.auditEvent.count({ where: { action: "comment.delete", entityId: { in: [first.id, second.id] } } }),
    ).toBe(2);
  });

  it("keeps a deleted comment's place in the thread when others replied to it", async () => {
    const ws = await makeWorkspace(t.prisma);
    const author = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const claim = await createClaim(t.prisma, systemActor("t"), ws.slug, {
      text: "The agency kept two sets of books.",
    });
    const parent = await addComment(t.prisma, author.actor, ws.slug, claim.id, { body: HOSTILE });
    const reply = await addComment(t.prisma, systemActor("t"), ws.slug, claim.id, {
      body: "Agreed.",
      parentId: parent.id,
    });
    await deleteComment(t.prisma, author.actor, ws.slug, parent.id);
    const left = await claimComments(t.prisma, author.actor, ws.slug, claim.id);
    expect(left.map((c) => [c.id, c.body])).toEqual([
      [parent.id, DELETED_BODY],
      [reply.id, "Agreed."],
    ]);
  });
});
