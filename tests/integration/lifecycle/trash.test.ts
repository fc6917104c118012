// Delete, trash, restore and purge (lib/trash) on both databases: what each refuses, what the
// desk and public readers stop showing, and that a restore brings back exactly what went.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { getClaimForDesk, listClaimants, listClaims } from "@/lib/claims";
import { getDocumentForReader, importDocument, listDocuments } from "@/lib/documents";
import { publicClaim, publicDocument, publicWorkspace } from "@/lib/publishing";
import { getSource, listSources } from "@/lib/sources";
import {
  deleteClaim,
  deleteClaimant,
  deleteDocument,
  deleteSource,
  listTrash,
  purgeTrash,
  restoreRecord,
} from "@/lib/trash";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { errorOf } from "../../support/errors";
import { makeUser } from "../../support/factories";
import { buildNewsroom, type Newsroom } from "../exports/fixture";

describe.each(DB_TARGETS)("the trash on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());
  const fresh = () => buildNewsroom(t.prisma);
  const audits = (n: Newsroom, action: string, entityId: string) =>
    t.prisma.auditEvent.count({ where: { workspaceId: n.ws.id, action, entityId } });

  it("deletes a draft claim out of every desk reader, lists it in the trash, and restores it", async () => {
    const n = await fresh();
    const { inReview } = n.claims;
    await deleteClaim(t.prisma, n.editor.actor, n.ws.slug, { id: inReview.id, version: inReview.version });
    expect((await errorOf(getClaimForDesk(t.prisma, n.editor.actor, n.ws.slug, inReview.id))).status).toBe(404);
    const listed = await listClaims(t.prisma, n.editor.actor, n.ws.slug, {});
    expect(listed.items.map((c) => c.id)).not.toContain(inReview.id);
    const searched = await listClaims(t.prisma, n.editor.actor, n.ws.slug, { q: "Webb" });
    expect(searched.items.map((c) => c.id)).not.toContain(inReview.id);
    const trash = await listTrash(t.prisma, n.reviewer.actor, n.ws.slug);
    expect(trash).toEqual([expect.objectContaining({ type: "claim", id: inReview.id, deletedById: n.editor.user.id })]);
    expect(trash[0].deletedByName).toBe(n.editor.user.name);
    expect(await audits(n, "claim.delete", inReview.id)).toBe(1);

    const back = await restoreRecord(t.prisma, n.editor.actor, n.ws.slug, { type: "claim", id: inReview.id });
    expect(back).toMatchObject({ id: inReview.id, deletedAt: null, deletedById: null });
    expect((await getClaimForDesk(t.prisma, n.editor.actor, n.ws.slug, inReview.id)).id).toBe(inReview.id);
    expect(await listTrash(t.prisma, n.editor.actor, n.ws.slug)).toEqual([]);
    expect(await audits(n, "claim.restore", inReview.id)).toBe(1);
  });

  it("refuses a published claim (retract instead), a stale version, and roles that may not", async () => {
    const n = await fresh();
    const published = await errorOf(deleteClaim(t.prisma, n.editor.actor, n.ws.slug, { id: n.claims.c1.id }));
    expect(published.status).toBe(409);
    expect(published.message).toMatch(/retract/);
    const retracted = await errorOf(deleteClaim(t.prisma, n.editor.actor, n.ws.slug, { id: n.claims.c3.id }));
    expect(retracted.status).toBe(409);
    const stale = await errorOf(
      deleteClaim(t.prisma, n.editor.actor, n.ws.slug, { id: n.claims.draft.id, version: n.claims.draft.version + 1 }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(/changed by someone else/);
    const reviewer = await errorOf(deleteClaim(t.prisma, n.reviewer.actor, n.ws.slug, { id: n.claims.draft.id }));
    expect(reviewer.status).toBe(403);
    const contributor = await makeUser(t.prisma, { workspaceId: n.ws.id, role: "contributor" });
    const notTheirs = await errorOf(deleteClaim(t.prisma, contributor.actor, n.ws.slug, { id: n.claims.draft.id }));
    expect(notTheirs.status).toBe(403);
    const other = await buildNewsroom(t.prisma);
    const elsewhere = await errorOf(
      deleteClaim(t.prisma, other.editor.actor, other.ws.slug, { id: n.claims.draft.id }),
    );
    expect(elsewhere.status).toBe(404);
    expect(await t.prisma.claim.count({ where: { workspaceId: n.ws.id, deletedAt: { not: null } } })).toBe(0);
  });

  it("deletes a document with its unpublished claims; published claims keep their public pages", async () => {
    const n = await fresh();
    const { docA } = n;
    const ws = (await publicWorkspace(t.prisma, n.ws.slug))!;
    expect(await publicDocument(t.prisma, ws, docA.id)).not.toBeNull();
    await deleteDocument(t.prisma, n.editor.actor, n.ws.slug, { id: docA.id });

    expect((await errorOf(getDocumentForReader(t.prisma, n.editor.actor, n.ws.slug, docA.id))).status).toBe(404);
    const docs = await listDocuments(t.prisma, n.editor.actor, n.ws.slug);
    expect(docs.items.map((d) => d.id)).toEqual([n.docB.id]);
    expect(await publicDocument(t.prisma, ws, docA.id)).toBeNull();
    // The in-review claim went with its document; the published one still shows its passage.
    expect((await errorOf(getClaimForDesk(t.prisma, n.editor.actor, n.ws.slug, n.claims.inReview.id))).status).toBe(
      404,
    );
    const page = (await publicClaim(t.prisma, ws, n.claims.c1.id))!;
    expect(page.anchorExact).toContain("Kerry Committee");
    expect(page.document?.deletedAt).not.toBeNull();
    expect(page.located).toBe(false);
    const trash = await listTrash(t.prisma, n.editor.actor, n.ws.slug);
    expect(trash.map((x) => `${x.type}:${x.id}`).sort()).toEqual(
      [`document:${docA.id}`, `claim:${n.claims.inReview.id}`].sort(),
    );

    // A new import of the same title would version the trashed document: refused, saying so.
    const again = await errorOf(
      importDocument(t.prisma, n.editor.actor, { workspace: n.ws.slug, title: "Findings", format: "text", text: "x." }),
    );
    expect(again.status).toBe(409);
    expect(again.message).toMatch(/in the trash/);

    await restoreRecord(t.prisma, n.editor.actor, n.ws.slug, { type: "document", id: docA.id });
    expect((await getDocumentForReader(t.prisma, n.editor.actor, n.ws.slug, docA.id)).id).toBe(docA.id);
    expect((await getClaimForDesk(t.prisma, n.editor.actor, n.ws.slug, n.claims.inReview.id)).id).toBe(
      n.claims.inReview.id,
    );
    expect(await listTrash(t.prisma, n.editor.actor, n.ws.slug)).toEqual([]);
    expect((await errorOf(deleteDocument(t.prisma, n.reviewer.actor, n.ws.slug, { id: docA.id }))).status).toBe(403);
  });

  it("refuses a source used by published evidence (naming the claims) or in use; deletes it when unused", async () => {
    const n = await fresh();
    const { report, hidden } = n.sources;
    const published = await errorOf(deleteSource(t.prisma, n.editor.actor, n.ws.slug, { id: report.id }));
    expect(published.status).toBe(409);
    expect(published.message).toContain("Kerry Committee");
    const inUse = await errorOf(deleteSource(t.prisma, n.editor.actor, n.ws.slug, { id: hidden.id }));
    expect(inUse.status).toBe(409);
    expect(inUse.message).toMatch(/in use.*delete it when unused/);

    await deleteClaim(t.prisma, n.editor.actor, n.ws.slug, { id: n.claims.draft.id });
    await deleteSource(t.prisma, n.editor.actor, n.ws.slug, { id: hidden.id });
    expect((await errorOf(getSource(t.prisma, n.editor.actor, n.ws.slug, hidden.id))).status).toBe(404);
    const sources = await listSources(t.prisma, n.editor.actor, n.ws.slug, {});
    expect(sources.items.map((s) => s.id)).not.toContain(hidden.id);

    // The claim's evidence cites the trashed source: restoring the claim says so.
    const blocked = await errorOf(
      restoreRecord(t.prisma, n.editor.actor, n.ws.slug, { type: "claim", id: n.claims.draft.id }),
    );
    expect(blocked.status).toBe(409);
    expect(blocked.message).toContain("S3-DRAFT-ONLY source");
    await restoreRecord(t.prisma, n.editor.actor, n.ws.slug, { type: "source", id: hidden.id });
    await restoreRecord(t.prisma, n.editor.actor, n.ws.slug, { type: "claim", id: n.claims.draft.id });
    expect(await audits(n, "source.restore", hidden.id)).toBe(1);
  });

  it("deletes a claimant when unused; restoring a claim of a trashed claimant says what conflicts", async () => {
    const n = await fresh();
    const secret = await t.prisma.claimant.findFirstOrThrow({
      where: { workspaceId: n.ws.id, name: "Secret Claimant" },
    });
    const inUse = await errorOf(deleteClaimant(t.prisma, n.editor.actor, n.ws.slug, { id: secret.id }));
    expect(inUse.status).toBe(409);
    expect(inUse.message).toMatch(/in use by 1 claim; delete it when unused/);
    await deleteClaim(t.prisma, n.editor.actor, n.ws.slug, { id: n.claims.draft.id });
    await deleteClaimant(t.prisma, n.editor.actor, n.ws.slug, { id: secret.id });
    expect((await listClaimants(t.prisma, n.editor.actor, n.ws.slug)).map((c) => c.id)).not.toContain(secret.id);
    const blocked = await errorOf(
      restoreRecord(t.prisma, n.editor.actor, n.ws.slug, { type: "claim", id: n.claims.draft.id }),
    );
    expect(blocked.status).toBe(409);
    expect(blocked.message).toContain("Secret Claimant");
    await restoreRecord(t.prisma, n.editor.actor, n.ws.slug, { type: "claimant", id: secret.id });
    await restoreRecord(t.prisma, n.editor.actor, n.ws.slug, { type: "claim", id: n.claims.draft.id });
    const notInTrash = await errorOf(
      restoreRecord(t.prisma, n.editor.actor, n.ws.slug, { type: "claim", id: n.claims.draft.id }),
    );
    expect(notInTrash.status).toBe(404);
  });

  it("purges what has been in the trash long enough, audited; only owners may", async () => {
    const n = await fresh();
    await deleteClaim(t.prisma, n.editor.actor, n.ws.slug, { id: n.claims.draft.id });
    await deleteClaim(t.prisma, n.editor.actor, n.ws.slug, { id: n.claims.inReview.id });
    await deleteDocument(t.prisma, n.editor.actor, n.ws.slug, { id: n.docB.id });
    const old = new Date(Date.now() - 40 * 86_400_000);
    await t.prisma.claim.update({ where: { id: n.claims.draft.id }, data: { deletedAt: old } });
    await t.prisma.document.update({ where: { id: n.docB.id }, data: { deletedAt: old } });

    expect((await errorOf(purgeTrash(t.prisma, n.editor.actor, n.ws.slug, { olderThan: "30d" }))).status).toBe(403);
    await expect(purgeTrash(t.prisma, systemActor("cli"), n.ws.slug, { olderThan: "soon" })).rejects.toThrow(/30d/);
    const { counts } = await purgeTrash(t.prisma, systemActor("cli"), n.ws.slug, { olderThan: "30d" });
    expect(counts).toMatchObject({ claims: 1, documents: 1, sources: 0, claimants: 0 });
    expect(await t.prisma.claim.findUnique({ where: { id: n.claims.draft.id } })).toBeNull();
    expect(await t.prisma.document.findUnique({ where: { id: n.docB.id } })).toBeNull();
    // Deleted more recently: still in the trash.
    expect((await listTrash(t.prisma, n.editor.actor, n.ws.slug)).map((x) => x.id)).toEqual([n.claims.inReview.id]);
    expect(await audits(n, "trash.purge", n.ws.id)).toBe(1);
  });
});
