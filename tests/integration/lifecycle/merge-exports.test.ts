// Exports after merges (issue 15): the Data Package's foreign keys all resolve, full and public,
// and no merged record appears in the public export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, systemActor } from "@/lib/auth/actor";
import { mergeClaim, mergeClaimant, mergeSource } from "@/lib/merge";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { buildNewsroom, type Newsroom } from "../exports/fixture";
import { runExport } from "../exports/read";
import { checkDataPackage } from "./datapackage-check";

describe.each(DB_TARGETS)("exports after merges on $name", (target) => {
  let t: TestDatabase;
  let n: Newsroom;
  const merged: { claim: string; claimant: string; source: string } = { claim: "", claimant: "", source: "" };
  beforeAll(async () => {
    t = await createTestDatabase(target);
    n = await buildNewsroom(t.prisma);
    const editor = n.editor.actor;
    // A published duplicate of c1 with a review, a correction and a relation of its own, merged into c1.
    const dup = await t.prisma.claim.create({
      data: {
        workspaceId: n.ws.id,
        text: "MERGED-CLAIM-TEXT: Contras trafficked drugs.",
        headline: "MERGED-CLAIM-TEXT",
        status: "published",
        publishedAt: new Date(),
        ratingId: n.claims.c1.ratingId,
        claimantId: n.claims.c2.claimantId,
      },
    });
    await t.prisma.review.create({
      data: { claimId: dup.id, reviewerId: n.reviewer.user.id, rationale: "fine", decision: "approve" },
    });
    await t.prisma.correction.create({
      data: { claimId: dup.id, workspaceId: n.ws.id, whatChanged: "x", why: "MERGED-CORRECTION" },
    });
    await t.prisma.claimRelation.create({
      data: { workspaceId: n.ws.id, fromClaimId: n.claims.c3.id, toClaimId: dup.id, type: "contradicts" },
    });
    await t.prisma.comment.create({ data: { claimId: dup.id, body: "moves along" } });
    await mergeClaim(t.prisma, editor, n.ws.slug, dup.id, { into: n.claims.c1.id });
    merged.claim = dup.id;

    // The tricky claimant (c2's) merges into the Kerry Committee (c1's).
    const kerry = await t.prisma.claimant.findFirstOrThrow({
      where: { workspaceId: n.ws.id, name: "Kerry Committee" },
    });
    await mergeClaimant(t.prisma, editor, n.ws.slug, n.claims.c2.claimantId!, { into: kerry.id });
    merged.claimant = n.claims.c2.claimantId!;

    // The cited source (c2's evidence, the document's citation) merges into the report.
    await mergeSource(t.prisma, editor, n.ws.slug, n.sources.cited.id, { into: n.sources.report.id });
    merged.source = n.sources.cited.id;
  });
  afterAll(async () => t?.drop());

  it("full: every foreign key resolves and merged records are left out with what hangs off them", async () => {
    const out = await runExport(t.prisma, systemActor("cli"), { workspace: n.ws.slug, format: "datapackage" });
    const { tables, problems } = checkDataPackage(out.files!);
    expect(problems).toEqual([]);
    expect(tables.get("claims")!.map((c) => c.id)).not.toContain(merged.claim);
    expect(tables.get("claimants")!.map((c) => c.id)).not.toContain(merged.claimant);
    expect(tables.get("sources")!.map((c) => c.id)).not.toContain(merged.source);
    expect(
      tables.get("relations")!.some((r) => r.toClaimId === n.claims.c1.id && r.fromClaimId === n.claims.c3.id),
    ).toBe(true);
    expect(tables.get("comments")!.some((c) => c.body === "moves along" && c.claimId === n.claims.c1.id)).toBe(true);
    expect(tables.get("citations")!.every((c) => c.sourceId !== merged.source)).toBe(true);
  });

  it("public: valid, foreign keys resolve, and nothing merged is in it", async () => {
    const out = await runExport(t.prisma, anonymous, { workspace: n.ws.slug, format: "datapackage" });
    const { tables, problems } = checkDataPackage(out.files!);
    expect(problems).toEqual([]);
    expect(
      tables
        .get("claims")!
        .map((c) => c.id)
        .sort(),
    ).toEqual([...n.publicClaimIds].sort());
    for (const id of Object.values(merged)) expect(out.text).not.toContain(id);
    expect(out.text).not.toContain("MERGED-CLAIM-TEXT");
    expect(out.text).not.toContain("MERGED-CORRECTION");
    const json = await runExport(t.prisma, anonymous, { workspace: n.ws.slug, format: "json" });
    for (const id of Object.values(merged)) expect(json.text).not.toContain(id);
  });
});
