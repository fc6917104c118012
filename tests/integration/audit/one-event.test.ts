import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import {
  addRelation,
  bulkAssignReviewer,
  bulkTagClaims,
  createClaim,
  createClaimant,
  dismissSuggestion,
  reattachClaim,
  removeRelation,
  updateClaim,
} from "@/lib/claims";
import { addComment, claimComments, inbox } from "@/lib/comments";
import { importDocument } from "@/lib/documents";
import { addEvidence, removeEvidence, restoreEvidence, updateEvidence } from "@/lib/evidence";
import {
  addScale,
  openCorrection,
  publishClaim,
  removeRating,
  retractClaim,
  reviewClaim,
  submitClaim,
  updateRating,
} from "@/lib/review";
import { addUser } from "@/lib/users";
import { createSource, rateSource, updateSource } from "@/lib/sources";
import { addMember, changeMemberRole, createWorkspace, removeMember } from "@/lib/workspaces";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

describe.each(DB_TARGETS)("every mutating lib function writes exactly one audit event on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("walks the mutations of every domain", async () => {
    const ws = await makeWorkspace(t.prisma);
    const owner = await makeUser(t.prisma, { workspaceId: ws.id, role: "owner" });
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const reviewer = await makeUser(t.prisma, {
      workspaceId: ws.id,
      role: "reviewer",
      email: `rev-${ws.slug}@example.test`,
    });
    const outsider = await makeUser(t.prisma);
    const rating = await t.prisma.rating.findFirstOrThrow({
      where: { scaleId: ws.ratingScaleId!, label: "Supported" },
    });
    const count = () => t.prisma.auditEvent.count();
    const once = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      const before = await count();
      const out = await fn();
      expect((await count()) - before, name).toBe(1);
      return out;
    };
    const e = editor.actor;
    await once("createWorkspace", () =>
      createWorkspace(t.prisma, systemActor(), { slug: `w-${ws.slug}`, name: "Another" }),
    );
    const m = await once("addMember", () =>
      addMember(t.prisma, owner.actor, ws.slug, { email: outsider.user.email, role: "contributor" }),
    );
    await once("changeMemberRole", () =>
      changeMemberRole(t.prisma, owner.actor, ws.slug, { membershipId: m.id, role: "reviewer" }),
    );
    await once("removeMember", () => removeMember(t.prisma, owner.actor, ws.slug, m.id));
    const token = await once("createApiToken", () => createApiToken(t.prisma, owner.actor, ws.slug, { name: "bot" }));
    await once("revokeApiToken", () => revokeApiToken(t.prisma, owner.actor, ws.slug, token.id));
    const doc = await once("importDocument", () =>
      importDocument(t.prisma, e, {
        workspace: ws.slug,
        title: "D",
        format: "text",
        text: "Webb said the CIA knew. McCoy wrote a book in 1972.",
      }),
    );
    await once("createClaimant", () => createClaimant(t.prisma, e, ws.slug, { name: "Gary Webb" }));
    const a = await once("createClaim", () =>
      createClaim(t.prisma, e, ws.slug, {
        documentId: doc.documentId!,
        start: 0,
        end: 23,
        claimant: { name: "Gary Webb" },
      }),
    );
    const b = await once("createClaim (2)", () =>
      createClaim(t.prisma, e, ws.slug, { text: "McCoy wrote a book in 1972." }),
    );
    const a2 = await once("updateClaim", () =>
      updateClaim(t.prisma, e, ws.slug, a.id, { version: a.version, tags: ["webb"] }),
    );
    const a3 = await once("reattachClaim", () =>
      reattachClaim(t.prisma, e, ws.slug, a.id, { version: a2.version, start: 0, end: 22 }),
    );
    const rel = await once("addRelation", () =>
      addRelation(t.prisma, e, ws.slug, { fromClaimId: a.id, toClaimId: b.id, type: "supports" }),
    );
    await once("removeRelation", () => removeRelation(t.prisma, e, ws.slug, rel.id));
    await once("bulkTagClaims", () => bulkTagClaims(t.prisma, e, ws.slug, { claimIds: [b.id], add: ["mccoy"] }));
    await once("bulkAssignReviewer", () =>
      bulkAssignReviewer(t.prisma, e, ws.slug, { claimIds: [b.id], reviewerId: reviewer.user.id }),
    );
    await once("dismissSuggestion", () =>
      dismissSuggestion(t.prisma, e, ws.slug, doc.documentId!, "McCoy wrote a book in 1972."),
    );
    const s = await once("createSource", () =>
      createSource(t.prisma, e, ws.slug, { title: "The Politics of Heroin", url: "https://example.org/heroin" }),
    );
    const s2 = await once("updateSource", () =>
      updateSource(t.prisma, e, ws.slug, s.id, { version: s.version, publisher: "Harper & Row" }),
    );
    await once("rateSource", () =>
      rateSource(t.prisma, e, ws.slug, s.id, { version: s2.version, reliability: 4, rationale: "Scholarly book" }),
    );
    const ev = await once("addEvidence", () =>
      addEvidence(t.prisma, e, ws.slug, { claimId: a.id, sourceId: s.id, stance: "supports" }),
    );
    await once("updateEvidence", () =>
      updateEvidence(t.prisma, e, ws.slug, ev.id, { version: ev.version, strength: "strong" }),
    );
    await once("removeEvidence", () => removeEvidence(t.prisma, e, ws.slug, ev.id));
    const removal = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "evidence.remove", entityId: ev.id },
    });
    await once("restoreEvidence", () => restoreEvidence(t.prisma, e, ws.slug, removal.id));
    await once("addComment", () =>
      addComment(t.prisma, e, ws.slug, a.id, { body: `@rev-${ws.slug} can you check this?` }),
    );
    expect((await inbox(t.prisma, reviewer.actor, ws.slug)).map((c) => c.claim.id)).toEqual([a.id]);
    expect(await claimComments(t.prisma, e, ws.slug, a.id)).toHaveLength(1);
    expect(a3.anchorStatus).toBe("anchored");
    await once("submitClaim", () =>
      submitClaim(t.prisma, e, ws.slug, a.id, { ratingId: rating.id, confidence: "high", rationale: "ok" }),
    );
    await once("reviewClaim", () => reviewClaim(t.prisma, reviewer.actor, ws.slug, a.id, { decision: "approve" }));
    await once("publishClaim", () => publishClaim(t.prisma, owner.actor, ws.slug, a.id));
    await once("openCorrection", () => openCorrection(t.prisma, e, ws.slug, a.id));
    await once("retractClaim", () => retractClaim(t.prisma, owner.actor, ws.slug, a.id, { why: "test" }));
    await once("addUser", () =>
      addUser(t.prisma, owner.actor, {
        email: `new-${ws.slug}@example.test`,
        password: "long enough",
        workspace: ws.slug,
        role: "reviewer",
      }),
    );
    await once("updateRating", () =>
      updateRating(t.prisma, owner.actor, ws.slug, rating.id, { description: "Well supported." }),
    );
    const scale = await once("addScale", () =>
      addScale(t.prisma, owner.actor, ws.slug, {
        name: "Binary",
        ratings: [
          { value: 1, label: "Yes", description: "y", color: "#00aa00" },
          { value: 0, label: "No", description: "n", color: "#aa0000" },
          { value: null, label: "Unclear", description: "u", color: "#777777" },
        ],
      }),
    );
    await once("removeRating", () =>
      removeRating(t.prisma, owner.actor, ws.slug, scale.ratings.find((r) => r.label === "Unclear")!.id),
    );
  });
});
