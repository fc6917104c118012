// A public workspace whose every free-text field holds values that break CSV writers and readers:
// bare LF and CR, CRLF, quotes, delimiters, leading formula characters, tabs, emoji. Every
// table of the export has published rows (and hidden ones), so each reader sees them all.
// PostgreSQL refuses NUL in text, so NUL only reaches the CSV writer in the unit test.
import type { Db } from "@/lib/db";
import { createClaim } from "@/lib/claims";
import { importDocument } from "@/lib/documents";
import { makeUser, makeWorkspace } from "./factories";
import { snapshotPublicClaims } from "./published";

export const HOSTILE_VALUES = [
  "bare\nLF",
  "bare\rCR",
  "crlf\r\nend",
  'a "quoted" word',
  '"',
  "comma, delimiter",
  "semi;colon",
  '=HYPERLINK("http://evil.example","x")',
  "+SUM(A1:A9)",
  "-2+3",
  "@cmd",
  "\tleading tab",
  "\rleading CR",
  "trailing newline\n",
  " leading space",
  "emoji 🚀 👩‍👩‍👧 東京",
  "'already quoted",
  "\u2028line separator",
] as const;

const hv = (i: number) => HOSTILE_VALUES[i % HOSTILE_VALUES.length];
const all = HOSTILE_VALUES.join(" | ");

// Document text goes through the importer, which normalizes line endings; values stay quotable.
const DOC = [
  "Hostile findings",
  "",
  ...HOSTILE_VALUES.map(
    (v, i) =>
      `Claim ${i}: ${v.replace(/[\r\n\u2028]+/g, " ")} is stated here.<ref>{{cite web|title=${v.replace(/[\r\n|{}=\u2028]+/g, " ")} ${i}|url=https://example.org/${i}}}</ref>`,
  ),
].join("\n\n");

export async function buildHostileWorkspace(db: Db) {
  const ws = await makeWorkspace(db, { isPublic: true, name: `Hostile, "workspace"\n=1+1 🚀` });
  const editor = await makeUser(db, { workspaceId: ws.id, role: "editor" });
  const reviewer = await makeUser(db, { workspaceId: ws.id, role: "reviewer" });
  const ratings = await db.rating.findMany({ where: { scaleId: ws.ratingScaleId! }, orderBy: { id: "asc" } });

  const imported = await importDocument(db, editor.actor, {
    workspace: ws.slug,
    title: `=cmd|' /C calc'!A0, "doc"`,
    format: "wikitext",
    text: DOC,
  });
  const doc = await db.document.update({
    where: { id: imported.documentId! },
    data: {
      originalUrl: 'https://example.org/original?a=1&b="2"',
      author: hv(0),
      publisher: hv(5),
      datePublished: "1996-08",
      language: "en",
      licence: hv(7),
    },
    include: { currentVersion: true },
  });
  const text = doc.currentVersion!.text;

  const claimIds: string[] = [];
  for (let i = 0; i < HOSTILE_VALUES.length; i++) {
    const exact = `Claim ${i}: `;
    const start = text.indexOf(exact);
    const c = await createClaim(db, editor.actor, ws.slug, {
      documentId: doc.id,
      start,
      end: start + exact.length + 4,
      text: `${hv(i)} ${hv(i + 1)}`,
      claimant: { name: `${hv(i)} #${i}`, kind: i % 2 ? "organization" : "person" },
      tags: [`t-${i}`],
    });
    claimIds.push(c.id);
    const rating = ratings[i % ratings.length];
    await db.claim.update({
      where: { id: c.id },
      // One in six stays a draft, so public and full exports differ.
      // Tags as a bulk import might leave them (the form allows fewer characters).
      data:
        i % 6 === 5
          ? { headline: hv(i + 3), tags: [hv(i), "plain"] }
          : {
              tags: [hv(i), "plain"],
              headline: hv(i + 3),
              status: "published",
              ratingId: rating.id,
              confidence: "medium",
              rationale: `${hv(i + 4)}\n\n${all}`,
              publishedAt: new Date("2025-01-02T03:04:05Z"),
              dateModified: new Date("2025-02-03T04:05:06Z"),
              claimedAt: new Date("1996-08-18T00:00:00Z"),
            },
    });
  }
  await db.claimant.updateMany({ where: { workspaceId: ws.id }, data: { description: all, aliases: [hv(1), hv(7)] } });

  const sources = await db.source.findMany({ where: { workspaceId: ws.id }, orderBy: { id: "asc" } });
  for (const [i, s] of sources.entries()) {
    await db.source.update({
      where: { id: s.id },
      data: {
        authors: [hv(i), hv(i + 1)],
        publisher: hv(i + 2),
        chapter: hv(i + 3),
        page: hv(i + 8),
        reliability: 1 + (i % 5),
        reliabilityRationale: hv(i + 4),
        notes: hv(i + 5),
      },
    });
  }
  for (const [i, id] of claimIds.entries()) {
    await db.evidence.create({
      data: {
        claimId: id,
        sourceId: sources[i % sources.length].id,
        stance: (["supports", "contests", "context"] as const)[i % 3],
        excerpt: hv(i + 6),
        locator: hv(i + 7),
        note: hv(i + 8),
        createdById: editor.user.id,
      },
    });
    if (i)
      await db.claimRelation.create({
        data: { workspaceId: ws.id, fromClaimId: claimIds[i - 1], toClaimId: id, type: "refines", note: hv(i) },
      });
    await db.review.create({
      data: {
        claimId: id,
        reviewerId: reviewer.user.id,
        ratingId: ratings[i % ratings.length].id,
        rationale: hv(i + 9),
        decision: i % 2 ? "approve" : "request_changes",
      },
    });
    await db.comment.create({ data: { claimId: id, authorId: editor.user.id, body: hv(i + 10) } });
    if (i % 4 === 0) await db.correction.create({ data: { claimId: id, whatChanged: hv(i + 11), why: hv(i + 12) } });
  }
  await snapshotPublicClaims(db, ws.id);
  return { ws, editor, reviewer, doc, claimIds };
}
