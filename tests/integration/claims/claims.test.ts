import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addRelation,
  createClaim,
  findSimilarClaims,
  getClaimForDesk,
  listClaims,
  relationsOf,
  updateClaim,
  documentSuggestions,
  acceptSuggestion,
  dismissSuggestion,
} from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { errorOf } from "../../support/errors";
import { makeUser, makeWorkspace } from "../../support/factories";

const DOC = [
  "Findings",
  "",
  "The Kerry Committee report found that individuals in the Contra movement were involved in drug trafficking.<ref>{{citation|title=Drugs, Law Enforcement and Foreign Policy|publisher=U.S. Senate|date=1989}}</ref>",
  "",
  "According to Gary Webb, the cocaine ring sold tons of cocaine in Los Angeles in the 1980s.",
  "",
  "Perhaps this was only a rumour.",
].join("\n");

describe.each(DB_TARGETS)("claims on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  async function setup() {
    const ws = await makeWorkspace(t.prisma);
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const imported = await importDocument(t.prisma, editor.actor, {
      workspace: ws.slug,
      title: "Findings",
      format: "wikitext",
      text: DOC,
    });
    const doc = await t.prisma.document.findUniqueOrThrow({
      where: { id: imported.documentId! },
      include: { currentVersion: true },
    });
    return { ws, editor, doc, text: doc.currentVersion!.text };
  }

  it("creates an anchored claim with a new claimant, nested attribution and the cited source as suggested evidence", async () => {
    const { ws, editor, doc, text } = await setup();
    const exact =
      "The Kerry Committee report found that individuals in the Contra movement were involved in drug trafficking.";
    const start = text.indexOf(exact);
    expect(start).toBeGreaterThanOrEqual(0);
    const claim = await createClaim(t.prisma, editor.actor, ws.slug, {
      documentId: doc.id,
      documentVersionId: doc.currentVersionId!,
      start,
      end: start + exact.length,
      claimant: { name: "Kerry Committee", kind: "organization" },
      reportedBy: { name: "Cockburn and St Clair" },
      claimType: "factual",
      tags: ["contras", "Drug-Trade"],
      claimedAt: "1989-04-13",
    });
    expect(claim.anchorExact).toBe(exact);
    expect(claim.anchorStart).toBe(start);
    expect(claim.anchorPrefix).toBe(text.slice(Math.max(0, start - 32), start));
    expect(claim.anchorSuffix).toBe(text.slice(start + exact.length, start + exact.length + 32));
    expect(claim.headline.length).toBeLessThanOrEqual(75);
    expect(claim.headline.endsWith("…")).toBe(true);
    expect(claim.tags).toEqual(["contras", "drug-trade"]);
    const full = await getClaimForDesk(t.prisma, editor.actor, ws.slug, claim.id);
    expect(full.claimant?.name).toBe("Kerry Committee");
    expect(full.claimant?.kind).toBe("organization");
    expect(full.reportedBy?.name).toBe("Cockburn and St Clair");
    expect(full.suggestedSources.map((s) => s.title)).toEqual(["Drugs, Law Enforcement and Foreign Policy"]);
    const audit = await t.prisma.auditEvent.findMany({ where: { entityId: claim.id } });
    expect(audit.map((a) => a.action)).toEqual(["claim.create"]);
  });

  it("refuses bad input with clear errors and stores nothing", async () => {
    const { ws, editor, doc } = await setup();
    const before = await t.prisma.claim.count({ where: { workspaceId: ws.id } });
    await expect(createClaim(t.prisma, editor.actor, ws.slug, { text: "   " })).rejects.toThrow(
      /statement must not be empty/,
    );
    await expect(
      createClaim(t.prisma, editor.actor, ws.slug, { text: "x", claimant: { name: "   " } }),
    ).rejects.toThrow(/name must not be empty/);
    await expect(createClaim(t.prisma, editor.actor, ws.slug, { text: "x", tags: ["Not A Tag!"] })).rejects.toThrow(
      /tags are 1–40 lowercase/,
    );
    const stale = await errorOf(
      createClaim(t.prisma, editor.actor, ws.slug, {
        documentId: doc.id,
        documentVersionId: "old-version",
        start: 0,
        end: 5,
      }),
    );
    expect(stale.code).toBe("conflict");
    expect(stale.message).toMatch(/older version/);
    await expect(
      createClaim(t.prisma, editor.actor, ws.slug, { documentId: doc.id, start: 5, end: 5 }),
    ).rejects.toThrow(/selection is empty/);
    const c = await createClaim(t.prisma, editor.actor, ws.slug, { text: "A claim about <script>alert(1)</script>" });
    expect(c.text).toBe("A claim about <script>alert(1)</script>");
    expect(
      (
        await errorOf(
          addRelation(t.prisma, editor.actor, ws.slug, { fromClaimId: c.id, toClaimId: c.id, type: "supports" }),
        )
      ).message,
    ).toMatch(/itself/);
    const other = await makeWorkspace(t.prisma);
    const foreign = await createClaim(t.prisma, { kind: "system", label: "t" }, other.slug, { text: "elsewhere" });
    expect(
      (
        await errorOf(
          addRelation(t.prisma, editor.actor, ws.slug, { fromClaimId: c.id, toClaimId: foreign.id, type: "supports" }),
        )
      ).message,
    ).toMatch(/both claims must exist in this workspace/);
    expect(await t.prisma.claim.count({ where: { workspaceId: ws.id } })).toBe(before + 1);
    expect(await t.prisma.claimRelation.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("relations show from both sides", async () => {
    const { ws, editor } = await setup();
    const mccoy = await createClaim(t.prisma, editor.actor, ws.slug, {
      text: "The CIA was complicit in the Laotian opium trade.",
      claimant: { name: "Alfred McCoy" },
    });
    const leary = await createClaim(t.prisma, editor.actor, ws.slug, {
      text: "The CIA did not take part in the opium trade in Laos.",
      claimant: { name: "William M. Leary" },
    });
    await addRelation(t.prisma, editor.actor, ws.slug, {
      fromClaimId: leary.id,
      toClaimId: mccoy.id,
      type: "contradicts",
      note: "CSI study",
    });
    await expect(
      addRelation(t.prisma, editor.actor, ws.slug, { fromClaimId: leary.id, toClaimId: mccoy.id, type: "contradicts" }),
    ).rejects.toMatchObject({ code: "conflict" });
    const fromMcCoy = await relationsOf(t.prisma, ws.id, mccoy.id);
    expect(fromMcCoy).toMatchObject([{ type: "contradicts", direction: "incoming", other: { id: leary.id } }]);
    const fromLeary = await relationsOf(t.prisma, ws.id, leary.id);
    expect(fromLeary).toMatchObject([
      { type: "contradicts", direction: "outgoing", note: "CSI study", other: { id: mccoy.id } },
    ]);
  });

  it("lists with filters and full-text search with highlighted matches; finds similar claims", async () => {
    const { ws, editor } = await setup();
    const a = await createClaim(t.prisma, editor.actor, ws.slug, {
      text: "Cocaine was sold in Los Angeles by the Contra-linked ring.",
      tags: ["webb"],
      claimType: "allegation",
    });
    await createClaim(t.prisma, editor.actor, ws.slug, {
      text: "Opium production rose in Afghanistan.",
      tags: ["afghanistan"],
    });
    const search = await listClaims(t.prisma, editor.actor, ws.slug, { q: "cocaine Angeles" });
    expect(search.items.map((c) => c.id)).toEqual([a.id]);
    expect(search.items[0].snippet).toMatch(/⟦Cocaine⟧/);
    expect((await listClaims(t.prisma, editor.actor, ws.slug, { tag: "afghanistan" })).items).toHaveLength(1);
    expect(
      (await listClaims(t.prisma, editor.actor, ws.slug, { claimType: "allegation" })).items.map((c) => c.id),
    ).toEqual([a.id]);
    const similar = await findSimilarClaims(
      t.prisma,
      editor.actor,
      ws.slug,
      "Cocaine was sold in Los Angeles by a Contra ring",
    );
    expect(similar[0].id).toBe(a.id);
    expect(similar[0].similarity).toBeGreaterThan(0.5);
    const page1 = await listClaims(t.prisma, editor.actor, ws.slug, { limit: 1 });
    const page2 = await listClaims(t.prisma, editor.actor, ws.slug, { limit: 1, cursor: page1.nextCursor! });
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
  });

  it("20 concurrent updates: every accepted write is reflected, every other refused with 409", async () => {
    const { ws, editor } = await setup();
    const claim = await createClaim(t.prisma, editor.actor, ws.slug, { text: "A contested statement." });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, async (_, i) => {
        const current = await t.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
        await new Promise((r) => setTimeout(r, Math.random() * 20));
        return updateClaim(t.prisma, editor.actor, ws.slug, claim.id, {
          version: current.version,
          tags: [...current.tags, `w${i}`],
        });
      }),
    );
    const accepted = results.flatMap((r, i) => (r.status === "fulfilled" ? [`w${i}`] : []));
    const refused = results.filter((r) => r.status === "rejected");
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect(accepted.length + refused.length).toBe(20);
    expect(accepted.length).toBeGreaterThanOrEqual(1);
    const final = await t.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(final.version).toBe(1 + accepted.length);
    expect([...final.tags].sort()).toEqual([...accepted].sort());
    const audits = await t.prisma.auditEvent.count({ where: { entityId: claim.id, action: "claim.update" } });
    expect(audits).toBe(accepted.length);
  });

  it("suggests claims, accepts one as an anchored draft and never brings a dismissed one back", async () => {
    const { ws, editor, doc, text } = await setup();
    const first = await documentSuggestions(t.prisma, editor.actor, ws.slug, doc.id);
    expect(first.length).toBeGreaterThan(0);
    const webb = first.find((s) => s.text.startsWith("According to Gary Webb"));
    expect(webb?.claimant).toMatch(/Gary Webb/);
    const claim = await acceptSuggestion(t.prisma, editor.actor, ws.slug, doc.id, {
      start: webb!.start,
      end: webb!.end,
      documentVersionId: webb!.documentVersionId,
    });
    expect(claim.status).toBe("draft");
    expect(claim.anchorExact).toBe(text.slice(webb!.start, webb!.end));
    const kerry = first.find((s) => s.text.includes("Kerry Committee"))!;
    await dismissSuggestion(t.prisma, editor.actor, ws.slug, doc.id, kerry.text);
    const again = await documentSuggestions(t.prisma, editor.actor, ws.slug, doc.id);
    expect(again.find((s) => s.text === kerry.text)).toBeUndefined();
    expect(again.find((s) => s.start === webb!.start)).toBeUndefined();
  });
});
