// The publication model, checked in every format: anonymous and --public exports hold published
// and retracted claims and what hangs off them, and nothing internal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, systemActor } from "@/lib/auth/actor";
import { createApiToken, actorFromToken } from "@/lib/auth/tokens";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser } from "../../support/factories";
import { buildNewsroom, type Newsroom } from "./fixture";
import { runExport } from "./read";

const PUBLIC_TABLES = [
  "claims",
  "sources",
  "evidence",
  "claimants",
  "documents",
  "relations",
  "citations",
  "corrections",
];
const RUNS = [
  ...PUBLIC_TABLES.map((entity) => ({ format: "csv", entity })),
  { format: "json" },
  { format: "ndjson" },
  { format: "claimreview" },
  { format: "annotations" },
  { format: "datapackage" },
];

describe.each(DB_TARGETS)("public exports on $name", (target) => {
  let t: TestDatabase;
  let n: Newsroom;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    n = await buildNewsroom(t.prisma);
  });
  afterAll(async () => t?.drop());

  it.each(RUNS)(
    "anonymous $format $entity: no draft, review, comment, email, user id or internal note",
    async (run) => {
      const out = await runExport(t.prisma, anonymous, { workspace: n.ws.slug, ...run });
      expect(out.filename).toContain("-public");
      for (const secret of n.secrets) expect(out.text, `leaked ${secret}`).not.toContain(secret);
    },
  );

  it.each(RUNS)("member with public: true, $format $entity, matches the anonymous export", async (run) => {
    const anon = await runExport(t.prisma, anonymous, { workspace: n.ws.slug, ...run });
    const member = await runExport(t.prisma, n.editor.actor, { workspace: n.ws.slug, public: true, ...run });
    const stable = (s: string) =>
      s.replace(/"(exportedAt|created)":\s*"[^"]+"/g, "").replace(/on \d{4}-\d{2}-\d{2}/g, "");
    if (run.format !== "datapackage") expect(stable(member.text)).toBe(stable(anon.text));
    for (const secret of n.secrets) expect(member.text).not.toContain(secret);
  });

  it("public formats still carry the published data", async () => {
    const json = JSON.parse((await runExport(t.prisma, anonymous, { workspace: n.ws.slug, format: "json" })).text);
    expect(json.workspace.scope).toBe("public");
    expect(json.claims.map((c: { id: string }) => c.id).sort()).toEqual([...n.publicClaimIds].sort());
    expect(json.claims.find((c: { id: string }) => c.id === n.claims.c3.id).status).toBe("retracted");
    expect(json.claims.every((c: { createdById: unknown }) => c.createdById === null)).toBe(true);
    expect(json.reviews).toEqual([]);
    expect(json.comments).toEqual([]);
    expect(json.documents.map((d: { id: string }) => d.id)).toEqual([n.docA.id]);
    expect(json.sources.map((s: { id: string }) => s.id).sort()).toEqual(
      [n.sources.cited.id, n.sources.report.id].sort(),
    );
    expect(json.sources.every((s: object) => !("notes" in s))).toBe(true);
    expect(json.claimants.map((c: { name: string }) => c.name).sort()).toEqual([
      '+Formula, "Quoted" Man',
      "Kerry Committee",
      "William M. Leary",
    ]);
    expect(json.relations).toHaveLength(1);
    expect(json.evidence).toHaveLength(2);
    expect(json.corrections).toHaveLength(1);

    const reviews = JSON.parse(
      (await runExport(t.prisma, anonymous, { workspace: n.ws.slug, format: "claimreview" })).text,
    );
    expect(reviews.map((r: { url: string }) => r.url.split("/").pop()).sort()).toEqual(
      [n.claims.c1.id, n.claims.c2.id].sort(),
    );
    const anno = JSON.parse(
      (await runExport(t.prisma, anonymous, { workspace: n.ws.slug, format: "annotations" })).text,
    );
    expect(anno.total).toBe(3);
  });

  it("refuses internal tables in public CSV and hides private or missing workspaces (404)", async () => {
    await expect(
      runExport(t.prisma, anonymous, { workspace: n.ws.slug, format: "csv", entity: "reviews" }),
    ).rejects.toMatchObject({
      code: "bad_request",
      message: expect.stringMatching(/reviews are not part of public exports; entity must be one of claims/),
    });
    await expect(
      runExport(t.prisma, anonymous, { workspace: "no-such-workspace", format: "json" }),
    ).rejects.toMatchObject({ code: "not_found" });
    const hidden = await buildNewsroom(t.prisma, { isPublic: false });
    await expect(runExport(t.prisma, anonymous, { workspace: hidden.ws.slug, format: "json" })).rejects.toMatchObject({
      code: "not_found",
    });
    const stranger = await makeUser(t.prisma);
    await expect(
      runExport(t.prisma, stranger.actor, { workspace: hidden.ws.slug, format: "json" }),
    ).rejects.toMatchObject({ code: "not_found" });
    // Members of a private workspace may still preview its public export.
    const preview = await runExport(t.prisma, hidden.editor.actor, {
      workspace: hidden.ws.slug,
      format: "json",
      public: true,
    });
    expect(JSON.parse(preview.text).claims).toHaveLength(3);
  });

  it("signed-in non-members and tokens of other workspaces get the public export, not the full one", async () => {
    const stranger = await makeUser(t.prisma);
    const out = await runExport(t.prisma, stranger.actor, { workspace: n.ws.slug, format: "json" });
    expect(JSON.parse(out.text).workspace.scope).toBe("public");
    for (const secret of n.secrets) expect(out.text).not.toContain(secret);
  });

  it("members, read tokens and the CLI get the full export; users appear only as ids", async () => {
    const owner = await makeUser(t.prisma, { workspaceId: n.ws.id, role: "owner" });
    const token = await createApiToken(t.prisma, owner.actor, n.ws.slug, { name: "bot", scope: "read" });
    const contributor = await makeUser(t.prisma, { workspaceId: n.ws.id, role: "contributor" });
    for (const actor of [contributor.actor, await actorFromToken(t.prisma, token.secret), systemActor("cli")]) {
      const out = await runExport(t.prisma, actor, { workspace: n.ws.slug, format: "json" });
      const json = JSON.parse(out.text);
      expect(json.workspace.scope).toBe("full");
      expect(json.claims).toHaveLength(5);
      expect(json.reviews).toMatchObject([
        {
          claimId: n.claims.c1.id,
          reviewerId: n.reviewer.user.id,
          decision: "approve",
          verdict: "Supported",
          rationale: "REVIEW-SECRET looks right",
        },
      ]);
      expect(json.comments).toMatchObject([{ claimId: n.claims.c1.id, body: "COMMENT-SECRET ping" }]);
      expect(json.sources.find((s: { id: string }) => s.id === n.sources.cited.id).notes).toBe("SOURCE-NOTE-SECRET");
      expect(out.text).not.toContain("@example.test");
      expect(out.text).not.toMatch(/passwordHash|tokenHash/);
    }
  });
});
