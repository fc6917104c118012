// The synthetic newsroom archive behind `npm run bench:seed -- --claims N`: deterministic for a
// seed, with the shapes of a real desk — documents of 5–80 KB with headings and citations, claims
// anchored to sentences of them, 3–6 evidence links per claim to sources shared across claims
// (popular ones recur), 20% of claims related to another, every workflow state and every rating,
// reviews, revisions, corrections and comments. Loaded in batches (./bulk.ts).
import type { Database } from "@/lib/db";
import { systemActor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { createWorkspace } from "@/lib/workspaces";
import { BulkTable, type ColumnType } from "./bulk";
import { snapshotRevisions } from "./snapshots";
import {
  corpusVocabulary,
  FIRST_NAMES,
  LAST_NAMES,
  ORGS,
  PUBLISHERS,
  prng,
  sentence,
  TAGS,
  titleCase,
  type Rng,
} from "./words";

export interface SeedOptions {
  claims: number;
  slug: string;
  seed?: number;
  log?: (line: string) => void;
}

export interface BenchWorkspace {
  slug: string;
  workspaceId: string;
  claims: number;
  editors: { id: string; email: string }[];
  reviewers: { id: string; email: string }[];
  publishedClaimIds: string[];
  documentIds: string[];
}
export interface SeedSummary extends BenchWorkspace {
  seconds: number;
  counts: Record<string, number>;
}

/** A seeded workspace's people and some of its public pages (null when there is none). */
export async function benchWorkspace(database: Database, slug: string): Promise<BenchWorkspace | null> {
  const [ws] = await database.query<{ id: string; claims: number }>(
    `SELECT w.id, (SELECT count(*)::int FROM "Claim" c WHERE c."workspaceId" = w.id) AS claims FROM "Workspace" w WHERE slug = $1`,
    [slug],
  );
  if (!ws) return null;
  const people = await database.query<{ id: string; email: string; role: string }>(
    `SELECT u.id, u.email, m.role FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."workspaceId" = $1 AND u.email LIKE '%.bench.test' ORDER BY u.email`,
    [ws.id],
  );
  const published = await database.query<{ id: string }>(
    `SELECT id FROM "Claim" WHERE "workspaceId" = $1 AND status = 'published' ORDER BY id LIMIT 200`,
    [ws.id],
  );
  const docs = await database.query<{ id: string }>(
    `SELECT d.id FROM "Document" d WHERE d."workspaceId" = $1 AND d.id LIKE '%\\_d%' ORDER BY id LIMIT 50`,
    [ws.id],
  );
  return {
    slug,
    workspaceId: ws.id,
    claims: ws.claims,
    editors: people.filter((p) => p.role === "editor"),
    reviewers: people.filter((p) => p.role === "reviewer"),
    publishedClaimIds: published.map((r) => r.id),
    documentIds: docs.map((r) => r.id),
  };
}

export const BENCH_PASSWORD = "corroborate-bench";
const STATES: [string, number][] = [
  ["published", 0.6],
  ["retracted", 0.03],
  ["approved", 0.07],
  ["in_review", 0.1],
  ["changes_requested", 0.05],
  ["draft", 0.15],
];
const STANCES: [string, number][] = [
  ["supports", 0.5],
  ["contests", 0.35],
  ["context", 0.15],
];
const SOURCE_TYPES = [
  "official_report",
  "court_record",
  "testimony",
  "news_article",
  "book",
  "academic_paper",
  "interview",
  "dataset",
];
const CLAIM_TYPES = ["factual", "allegation", "statistic", "quotation", "opinion", "prediction"];
const RELATION_TYPES = ["supports", "contradicts", "refines", "duplicates"];
const BASE_TIME = Date.UTC(2024, 0, 1);

const weighted = (rng: Rng, table: [string, number][]) => {
  let x = rng.next();
  for (const [v, w] of table) if ((x -= w) < 0) return v;
  return table[table.length - 1][0];
};
const at = (minutes: number) => new Date(BASE_TIME + minutes * 60_000);

export async function seedBench(database: Database, opts: SeedOptions): Promise<SeedSummary> {
  const N = opts.claims;
  if (!Number.isInteger(N) || N < 1 || N > 5_000_000)
    throw new Error("--claims must be a whole number from 1 to 5000000");
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const rng = prng(opts.seed ?? 1);
  const vocab = corpusVocabulary();
  const ws = await createWorkspace(database.prisma, systemActor("bench"), {
    slug: opts.slug,
    name: `Bench archive (${N.toLocaleString("en")} claims)`,
  });
  const ratings = await database.query<{ id: string; label: string }>(
    `SELECT id, label FROM "Rating" WHERE "scaleId" = $1 ORDER BY position`,
    [ws.ratingScaleId],
  );
  // Ids are derived from the slug and the row's index, so a re-seed of the same slug is identical.
  const p = opts.slug.replace(/[^a-z0-9]/g, "").slice(0, 12);
  const id = (kind: string, i: number) => `${p}_${kind}${i.toString(36)}`;
  try {
    const counts = await withoutSearchIndexes(database, log, () =>
      load(database, { N, rng, vocab, ws: { id: ws.id, slug: opts.slug }, ratings, id, log }),
    );
    // A settled archive, as autovacuum leaves one soon after a bulk load: without the visibility
    // map every index-only scan (public search's document check, exports' walk of public claims)
    // fetched each heap row, which no long-running database does.
    await database.exec(`VACUUM ANALYZE`);
    return {
      ...(await benchWorkspace(database, opts.slug))!,
      seconds: +((performance.now() - t0) / 1000).toFixed(1),
      counts,
    };
  } catch (err) {
    // A failed seed leaves nothing behind: the workspace cascades to everything it holds.
    await database.prisma.workspace.delete({ where: { id: ws.id } }).catch(() => undefined);
    await database.query(`DELETE FROM "User" WHERE id LIKE $1`, [`${p}\\_u%`]).catch(() => undefined);
    throw err;
  }
}

/** Full-text and trigram GIN indexes, and the one-word search index over ListedClaimTerm (~20 rows
 * a listed claim), are built once after the load instead of row by row (several times faster);
 * they are recreated from their own definitions even when the load fails. */
async function withoutSearchIndexes<T>(database: Database, log: (l: string) => void, fn: () => Promise<T>): Promise<T> {
  const defs = await database.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND (indexdef LIKE '%USING gin%'
      AND tablename IN ('Claim', 'ClaimSimilarText', 'ListedClaimSearch', 'DocumentVersion', 'Source', 'Claimant') OR indexname = 'ListedClaimTerm_best_idx')`,
  );
  for (const d of defs) await database.exec(`DROP INDEX "${d.indexname}"`);
  try {
    return await fn();
  } finally {
    const t0 = performance.now();
    for (const d of defs) await database.exec(d.indexdef);
    log(`rebuilt ${defs.length} search indexes in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  }
}

interface Ctx {
  N: number;
  rng: Rng;
  vocab: string[];
  ws: { id: string; slug: string };
  ratings: { id: string; label: string }[];
  id: (kind: string, i: number) => string;
  log: (line: string) => void;
}

async function load(database: Database, { N, rng, vocab, ws, ratings, id, log }: Ctx): Promise<Record<string, number>> {
  const T = (table: string, cols: [string, ColumnType][]) =>
    new BulkTable(
      database,
      table,
      cols.map(([name, type]) => ({ name, type })),
    );
  const now = new Date();
  const D = Math.max(2, Math.min(4000, Math.round(N / 100)));
  const C = Math.max(10, Math.round(N / 50));
  const S = Math.max(20, Math.round(N / 20));

  // People: 10 editors and 3 reviewers (one password hash for all: bcrypt is deliberately slow).
  const hash = await hashPassword(BENCH_PASSWORD);
  const users = T("User", [
    ["id", "text"],
    ["email", "text"],
    ["name", "text"],
    ["passwordHash", "text"],
    ["updatedAt", "timestamp"],
  ]);
  const members = T("Membership", [
    ["id", "text"],
    ["workspaceId", "text"],
    ["userId", "text"],
    ["role", "enum:Role"],
    ["updatedAt", "timestamp"],
  ]);
  for (let i = 0; i < 13; i++) {
    const editor = i < 10;
    const email = editor ? `editor${i + 1}@${ws.slug}.bench.test` : `reviewer${i - 9}@${ws.slug}.bench.test`;
    await users.add([id("u", i), email, editor ? `Editor ${i + 1}` : `Reviewer ${i - 9}`, hash, now]);
    await members.add([id("m", i), ws.id, id("u", i), editor ? "editor" : "reviewer", now]);
  }
  await users.flush();
  await members.flush();

  const claimants = T("Claimant", [
    ["id", "text"],
    ["workspaceId", "text"],
    ["name", "text"],
    ["kind", "enum:ClaimantKind"],
    ["description", "text"],
    ["aliases", "text[]"],
    ["updatedAt", "timestamp"],
  ]);
  const people = FIRST_NAMES.length * LAST_NAMES.length;
  for (let i = 0; i < C; i++) {
    const org = i % 4 === 3;
    const base = org
      ? `${titleCase(vocab[(i * 7919) % vocab.length])} ${ORGS[i % ORGS.length]}`
      : `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`;
    const name = i >= people || org ? `${base} ${i}` : base;
    await claimants.add([
      id("p", i),
      ws.id,
      name,
      org ? "organization" : "person",
      rng.chance(0.5) ? sentence(rng, vocab, 6, 14) : null,
      [],
      now,
    ]);
  }
  await claimants.flush();
  log(`claimants: ${C}`);

  const sources = T("Source", [
    ["id", "text"],
    ["workspaceId", "text"],
    ["title", "text"],
    ["authors", "text[]"],
    ["publisher", "text"],
    ["date", "text"],
    ["url", "text"],
    ["normalizedUrl", "text"],
    ["type", "enum:SourceType"],
    ["isPrimary", "bool"],
    ["reliability", "int"],
    ["reliabilityRationale", "text"],
    ["notes", "text"],
    ["updatedAt", "timestamp"],
  ]);
  for (let i = 0; i < S; i++) {
    const url = `https://archive.example.org/${ws.slug}/source/${i}`;
    const rated = rng.chance(0.8);
    await sources.add([
      id("s", i),
      ws.id,
      titleCase(sentence(rng, vocab, 3, 9).slice(0, -1)),
      Array.from({ length: rng.int(1, 3) }, () => `${rng.pick(LAST_NAMES)}, ${rng.pick(FIRST_NAMES)}`),
      rng.pick(PUBLISHERS),
      String(rng.int(1970, 2025)),
      url,
      url.replace("https://", ""),
      rng.pick(SOURCE_TYPES),
      rng.chance(0.4),
      rated ? rng.int(1, 5) : null,
      rated ? sentence(rng, vocab, 6, 16) : null,
      rng.chance(0.3) ? `Internal: ${sentence(rng, vocab, 5, 12)}` : null,
      now,
    ]);
  }
  await sources.flush();
  log(`sources: ${S}`);

  const documents = T("Document", [
    ["id", "text"],
    ["workspaceId", "text"],
    ["title", "text"],
    ["format", "enum:DocumentFormat"],
    ["updatedAt", "timestamp"],
  ]);
  const versions = T("DocumentVersion", [
    ["id", "text"],
    ["documentId", "text"],
    ["number", "int"],
    ["rawText", "text"],
    ["text", "text"],
    ["sections", "jsonb"],
    ["contentHash", "text"],
  ]);
  const citations = T("Citation", [
    ["id", "text"],
    ["documentVersionId", "text"],
    ["sourceId", "text"],
    ["start", "int"],
    ["end", "int"],
    ["label", "text"],
  ]);
  const claims = T("Claim", [
    ["id", "text"],
    ["workspaceId", "text"],
    ["documentId", "text"],
    ["documentVersionId", "text"],
    ["text", "text"],
    ["headline", "text"],
    ["anchorExact", "text"],
    ["anchorPrefix", "text"],
    ["anchorSuffix", "text"],
    ["anchorStart", "int"],
    ["anchorEnd", "int"],
    ["claimantId", "text"],
    ["claimType", "enum:ClaimType"],
    ["tags", "text[]"],
    ["checkWorthiness", "float"],
    ["status", "enum:ClaimStatus"],
    ["ratingId", "text"],
    ["confidence", "enum:Confidence"],
    ["rationale", "text"],
    ["createdById", "text"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
    ["publishedAt", "timestamp"],
    ["dateModified", "timestamp"],
    ["version", "int"],
  ]);
  const evidence = T("Evidence", [
    ["id", "text"],
    ["claimId", "text"],
    ["sourceId", "text"],
    ["stance", "enum:Stance"],
    ["excerpt", "text"],
    ["locator", "text"],
    ["strength", "enum:Strength"],
    ["note", "text"],
    ["updatedAt", "timestamp"],
  ]);
  const reviews = T("Review", [
    ["id", "text"],
    ["claimId", "text"],
    ["reviewerId", "text"],
    ["ratingId", "text"],
    ["confidence", "enum:Confidence"],
    ["rationale", "text"],
    ["decision", "enum:ReviewDecision"],
    ["createdAt", "timestamp"],
  ]);
  const revisions = T("ClaimRevision", [
    ["id", "text"],
    ["claimId", "text"],
    ["number", "int"],
    ["ratingId", "text"],
    ["confidence", "enum:Confidence"],
    ["rationale", "text"],
    ["authorName", "text"],
    ["reviewerName", "text"],
    ["publishedAt", "timestamp"],
  ]);
  const corrections = T("Correction", [
    ["id", "text"],
    ["claimId", "text"],
    ["whatChanged", "text"],
    ["why", "text"],
    ["createdAt", "timestamp"],
  ]);
  const comments = T("Comment", [
    ["id", "text"],
    ["claimId", "text"],
    ["authorId", "text"],
    ["body", "text"],
    ["mentions", "text[]"],
    ["updatedAt", "timestamp"],
  ]);

  versions.parents.push(documents);
  citations.parents.push(versions);
  claims.parents.push(versions);
  for (const t of [evidence, reviews, revisions, corrections, comments]) t.parents.push(claims);
  corrections.parents.push(revisions);
  let doc = -1;
  let anchors: { start: number; end: number }[] = [];
  let text = "";
  let ev = 0,
    rv = 0,
    cm = 0,
    co = 0,
    ci = 0;
  for (let i = 0; i < N; i++) {
    const d = Math.floor((i * D) / N);
    if (d !== doc) {
      doc = d;
      ({ text, anchors } = documentText(rng, vocab, 5_000 + Math.floor(75_000 * rng.next() ** 1.5)));
      const heads = headings(text);
      await documents.add([
        id("d", d),
        ws.id,
        `${titleCase(sentence(rng, vocab, 3, 7).slice(0, -1))} (${d + 1})`,
        "text",
        now,
      ]);
      await versions.add([id("v", d), id("d", d), 1, text, text, heads, `bench-${ws.slug}-${d}`]);
      for (let pos = 900; pos < text.length; pos += rng.int(500, 1500)) {
        const end = text.indexOf(".", pos);
        if (end < 0) break;
        await citations.add([id("c", ci), id("v", d), id("s", rng.skewed(S)), end + 1, end + 1, `[${(ci % 40) + 1}]`]);
        ci++;
      }
    }
    const a = anchors[rng.int(0, anchors.length - 1)];
    const exact = text.slice(a.start, a.end);
    const status = weighted(rng, STATES);
    const rated = status === "published" || status === "retracted" || status === "approved";
    const rating = rated ? ratings[i % ratings.length] : null;
    const created = at(i * 3);
    const editor = id("u", i % 10);
    const reviewer = id("u", 10 + (i % 3));
    const rationale = rated
      ? `${sentence(rng, vocab)} ${sentence(rng, vocab)}\n\n*${sentence(rng, vocab, 5, 12)}*`
      : null;
    const published = status === "published" || status === "retracted" ? at(i * 3 + 60 * 24) : null;
    const version = status === "draft" ? 1 : 3;
    await claims.add([
      id("k", i),
      ws.id,
      id("d", d),
      id("v", d),
      exact,
      exact.slice(0, 72).replace(/\s+\S*$/, "") || exact.slice(0, 72),
      exact,
      text.slice(Math.max(0, a.start - 32), a.start),
      text.slice(a.end, a.end + 32),
      a.start,
      a.end,
      id("p", rng.skewed(C)),
      rng.pick(CLAIM_TYPES),
      [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(TAGS)))],
      +rng.next().toFixed(3),
      status,
      rating?.id ?? null,
      rated ? rng.pick(["low", "medium", "high"]) : null,
      rationale,
      editor,
      created,
      published ?? created,
      published,
      published,
      version,
    ]);
    const linked = new Set<string>();
    for (let e = rng.int(3, 6); e > 0; ev++) {
      // One link per (claim, source, stance), as the unique index requires: a repeat draws again.
      const [sid, stance] = [id("s", rng.skewed(S)), weighted(rng, STANCES)];
      if (linked.has(`${sid}:${stance}`) && linked.size < S * 3) continue;
      linked.add(`${sid}:${stance}`);
      e--;
      await evidence.add([
        id("e", ev),
        id("k", i),
        sid,
        stance,
        sentence(rng, vocab, 8, 20),
        `p. ${rng.int(1, 400)}`,
        rng.pick(["weak", "moderate", "strong"]),
        rng.chance(0.2) ? sentence(rng, vocab, 4, 10) : null,
        created,
      ]);
    }
    if (rated || status === "changes_requested") {
      await reviews.add([
        id("r", rv++),
        id("k", i),
        reviewer,
        rating?.id ?? null,
        rated ? "high" : null,
        rationale ?? sentence(rng, vocab),
        rated ? "approve" : "request_changes",
        at(i * 3 + 60),
      ]);
    }
    if (published) {
      await revisions.add([
        id("n", i),
        id("k", i),
        1,
        rating!.id,
        "high",
        rationale,
        `Editor ${(i % 10) + 1}`,
        `Reviewer ${(i % 3) + 1}`,
        published,
      ]);
      if (status === "retracted")
        await corrections.add([id("x", co++), id("k", i), "Retracted.", sentence(rng, vocab), published]);
      else if (rng.chance(0.02))
        await corrections.add([id("x", co++), id("k", i), "Rationale revised.", sentence(rng, vocab), published]);
    }
    if (rng.chance(0.1))
      for (let c = rng.int(1, 3); c > 0; c--)
        await comments.add([id("t", cm++), id("k", i), editor, sentence(rng, vocab), [], created]);
    if (i % 50_000 === 49_999) log(`claims: ${i + 1}`);
    // Each listed claim appends ~20 +1 rows to ListedTermCount and one in 16 folds its lexemes'
    // rows, leaving dead tuples that every later fold's index scan walks until a vacuum. Autovacuum
    // does this on a live server; on one where it is off (these machines), 300,000 claims left 3.9M
    // dead rows and the load slowed from 1.5 to 7 minutes per 50,000 claims.
    if (i % 10_000 === 9_999) {
      await claims.flush();
      await database.exec(`VACUUM "ListedTermCount"`);
    }
  }
  for (const t of [documents, versions, citations, claims, evidence, reviews, revisions, corrections, comments])
    await t.flush();
  await database.query(
    `UPDATE "Document" d SET "currentVersionId" = v.id FROM "DocumentVersion" v WHERE v."documentId" = d.id AND d."workspaceId" = $1`,
    [ws.id],
  );

  // 20% of claims relate to another claim (both ends exist only now).
  const relations = T("ClaimRelation", [
    ["id", "text"],
    ["workspaceId", "text"],
    ["fromClaimId", "text"],
    ["toClaimId", "text"],
    ["type", "enum:RelationType"],
  ]);
  const seen = new Set<string>();
  for (let i = 0; i < N && N > 1; i++) {
    if (!rng.chance(0.2)) continue;
    let j = rng.int(0, N - 1);
    if (j === i) j = (i + 1) % N;
    const type = rng.pick(RELATION_TYPES);
    const key = `${i}:${j}:${type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await relations.add([id("l", i), ws.id, id("k", i), id("k", j), type]);
  }
  await relations.flush();
  // Statistics first: without them the planner guessed thousands of evidence rows a claim and
  // joined every claim's evidence to a scan of all sources (an hour-long UPDATE at 1M claims).
  await database.exec(`ANALYZE`);
  await snapshotRevisions(database, ws.id);
  const counts = {
    documents: documents.rows,
    citations: citations.rows,
    claimants: claimants.rows,
    sources: sources.rows,
    claims: claims.rows,
    evidence: evidence.rows,
    relations: relations.rows,
    reviews: reviews.rows,
    revisions: revisions.rows,
    corrections: corrections.rows,
    comments: comments.rows,
    users: users.rows,
  };
  log(`loaded ${JSON.stringify(counts)}`);
  log(
    `write ms: ${[users, claimants, sources, documents, versions, citations, claims, evidence, reviews, revisions, corrections, comments, relations].map((t) => `${t.table} ${Math.round(t.ms)}`).join(", ")}`,
  );
  return counts;
}

/** Paragraphs of sentences under a heading every few paragraphs; returns each sentence's span. */
function documentText(rng: Rng, vocab: string[], bytes: number) {
  const parts: string[] = [];
  const anchors: { start: number; end: number }[] = [];
  let length = 0;
  let paragraph = 0;
  while (length < bytes) {
    if (paragraph % 6 === 0) {
      const h = `${titleCase(sentence(rng, vocab, 2, 5).slice(0, -1))}\n\n`;
      parts.push(h);
      length += h.length;
    }
    const n = rng.int(3, 7);
    for (let s = 0; s < n; s++) {
      const t = sentence(rng, vocab) + (s < n - 1 ? " " : "\n\n");
      anchors.push({ start: length, end: length + t.trimEnd().length });
      parts.push(t);
      length += t.length;
    }
    paragraph++;
  }
  return { text: parts.join("").trimEnd(), anchors };
}

/** Heading lines are the short lines without a full stop; sections run to the next heading. */
function headings(text: string) {
  const out: { title: string; level: number; start: number; end: number }[] = [];
  const re = /^([^.\n]+)$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (out.length) out[out.length - 1].end = m.index;
    out.push({ title: m[1], level: 2, start: m.index, end: text.length });
  }
  return out;
}
