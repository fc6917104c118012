// Export throughput and memory: a synthetic workspace of N published claims (with claimants,
// documents, sources, evidence, relations and citations), every export format streamed to a byte
// counter, beside a plain keyset SELECT of the same claims. Peak RSS is sampled every 50 ms; with
// PGlite it includes the in-process database. Prints a table, writes bench/results-export.json.
// Run: npx tsx --conditions=react-server bench/export.ts [--claims N]   (DATABASE_URL=postgres://… for PostgreSQL)
// The plain SELECT runs twice: first on fresh rows without planner statistics (PGlite has no
// autovacuum), then after the first export has analyzed the tables (lib/exports/statistics.ts);
// the first export's time includes that ANALYZE.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase, type Database } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { anonymous, systemActor } from "@/lib/auth/actor";
import { exportWorkspace } from "@/lib/exports";
import { createWorkspace } from "@/lib/workspaces";

const { values } = parseArgs({ options: { claims: { type: "string", default: "100000" } } });
const N = Number(values.claims);
if (!Number.isInteger(N) || N < 1) throw new Error("--claims must be a positive whole number");

const url = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "pglite:memory";
const database = await openDatabase(url);
await migrate(database);
const slug = `bench-export-${Date.now().toString(36)}`;
const ws = await createWorkspace(database.prisma, systemActor("bench"), { slug, name: "Export bench" });

async function seed(db: Database, workspaceId: string, scaleId: string) {
  const q = (sql: string) => db.query(sql, [workspaceId]);
  const people = Math.max(10, Math.floor(N / 100));
  const docs = Math.max(1, Math.min(50, Math.floor(N / 2000)));
  const text = "The committee found that the programme was funded, in part, by \"unofficial\" channels. ".repeat(200);
  await q(`INSERT INTO "Claimant" ("id","workspaceId","name","aliases","updatedAt") SELECT 'bp' || i, $1, 'Claimant ' || i, ARRAY[]::text[], now() FROM generate_series(1, ${people}) i`);
  await q(`INSERT INTO "Source" ("id","workspaceId","title","authors","notes","updatedAt") SELECT 'bs' || i, $1, 'Report ' || i || ', vol. "' || i || '"', ARRAY['Doe, J.'], 'internal', now() FROM generate_series(1, ${people}) i`);
  await q(`INSERT INTO "Document" ("id","workspaceId","title","format","updatedAt") SELECT 'bd' || i, $1, 'Document ' || i, 'text', now() FROM generate_series(1, ${docs}) i`);
  await db.query(
    `INSERT INTO "DocumentVersion" ("id","documentId","number","rawText","text","contentHash") SELECT 'bv' || i, 'bd' || i, 1, $1, $1, md5(i::text) FROM generate_series(1, ${docs}) i`,
    [text],
  );
  await db.exec(`UPDATE "Document" SET "currentVersionId" = 'bv' || substr(id, 3) WHERE id LIKE 'bd%'`);
  await db.exec(`INSERT INTO "Citation" ("id","documentVersionId","sourceId","start","end") SELECT 'bc' || i, 'bv' || (1 + i % ${docs}), 'bs' || (1 + i % ${people}), i, i + 1 FROM generate_series(1, ${docs * 100}) i`);
  const ratings = await db.query<{ id: string }>(`SELECT id FROM "Rating" WHERE "scaleId" = $1 ORDER BY position`, [scaleId]);
  await db.query(
    `INSERT INTO "Claim" ("id","workspaceId","documentId","documentVersionId","text","headline","anchorExact","anchorPrefix","anchorSuffix","anchorStart","anchorEnd",
       "claimantId","tags","status","ratingId","confidence","rationale","publishedAt","dateModified","updatedAt")
     SELECT 'bk' || lpad(i::text, 8, '0'), $1, 'bd' || (1 + i % ${docs}), 'bv' || (1 + i % ${docs}),
       'Claim ' || i || ': the programme was funded, "in part", by unofficial channels', 'Claim ' || i,
       'the programme was funded', 'The committee found that ', ', in part, by', 26, 50,
       'bp' || (1 + i % ${people}), ARRAY['bench','funding'], 'published', ($2::text[])[1 + i % ${ratings.length}], 'high',
       'Because *the report* says so.', now(), now(), now()
     FROM generate_series(1, ${N}) i`,
    [workspaceId, ratings.map((r) => r.id)],
  );
  await db.exec(`INSERT INTO "Evidence" ("id","claimId","sourceId","stance","excerpt","updatedAt") SELECT 'be' || i, 'bk' || lpad(i::text, 8, '0'), 'bs' || (1 + i % ${people}), 'supports', '=excerpt ' || i, now() FROM generate_series(1, ${N}) i`);
  await q(`INSERT INTO "ClaimRelation" ("id","workspaceId","fromClaimId","toClaimId","type") SELECT 'br' || i, $1, 'bk' || lpad(i::text, 8, '0'), 'bk' || lpad((i + 1)::text, 8, '0'), 'supports' FROM generate_series(1, ${Math.floor(N / 2)}) i`);
}

async function measure(name: string, run: () => Promise<number>) {
  const startRss = process.memoryUsage().rss;
  let peak = startRss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const bytes = await run();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (b: number) => +(b / 2 ** 20).toFixed(1);
  const row = { name, claims: N, seconds: +seconds.toFixed(2), claimsPerSec: Math.round(N / seconds), outputMB: mb(bytes), peakRssMB: mb(peak), rssGrowthMB: mb(peak - startRss) };
  console.error(`${name}: ${row.seconds}s`);
  return row;
}

async function drain(body: AsyncIterable<string | Uint8Array>): Promise<number> {
  let bytes = 0;
  for await (const chunk of body) bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
  return bytes;
}

// The claim columns the exports read (not the generated full-text `search` column).
const CLAIM_COLUMNS = ["id", "documentId", "documentVersionId", "text", "headline", "anchorExact", "anchorPrefix", "anchorSuffix", "anchorStart", "anchorEnd",
  "anchorStatus", "claimantId", "reportedById", "claimedAt", "claimType", "tags", "checkWorthiness", "status", "ratingId", "confidence", "rationale",
  "createdById", "createdAt", "updatedAt", "publishedAt", "dateModified"].map((c) => `"${c}"`).join(", ");

/** The floor: the same claims read with the same keyset pagination, raw SQL, no joins, no formatting. */
async function plainSelect(): Promise<number> {
  let last = "";
  let bytes = 0;
  for (;;) {
    const rows = await database.query<Record<string, unknown> & { id: string }>(
      `SELECT ${CLAIM_COLUMNS} FROM "Claim" WHERE "workspaceId" = $1 AND status IN ('published','retracted') AND id > $2 ORDER BY id LIMIT 1000`,
      [ws.id, last],
    );
    for (const r of rows) bytes += String(r.text).length;
    if (rows.length < 1000) return bytes;
    last = rows[rows.length - 1].id;
  }
}

try {
  const t0 = performance.now();
  await seed(database, ws.id, ws.ratingScaleId!);
  console.error(`seeded ${N} claims in ${((performance.now() - t0) / 1000).toFixed(1)}s on ${database.target.kind}`);
  const rows: Awaited<ReturnType<typeof measure>>[] = [];
  const runs: [string, string, boolean, string?][] = [
    ["csv claims (public)", "csv", true], ["csv evidence (public)", "csv", true, "evidence"], ["json (public)", "json", true], ["json (full)", "json", false],
    ["ndjson (public)", "ndjson", true], ["claimreview (public)", "claimreview", true], ["annotations (public)", "annotations", true], ["datapackage (public)", "datapackage", true],
  ];
  rows.push(await measure("plain SELECT, no statistics", plainSelect));
  for (const [name, format, pub, entity] of runs) {
    rows.push(await measure(name, async () => drain((await exportWorkspace(database.prisma, pub ? anonymous : systemActor("bench"), { workspace: slug, format, entity })).body)));
  }
  rows.push(await measure("plain SELECT, analyzed", plainSelect));
  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus()[0]?.model} ×${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
    database: database.target.kind,
    note: "claimsPerSec = N / seconds for the whole export (json/ndjson/datapackage also write every other table: N evidence, N/2 relations, N/100 claimants and sources); peak RSS includes PGlite when embedded; the first export includes ANALYZE",
    rows,
  };
  console.table(rows);
  fs.writeFileSync(path.resolve("bench/results-export.json"), JSON.stringify(result, null, 2) + "\n");
  console.log("wrote bench/results-export.json");
} finally {
  await database.prisma.workspace.delete({ where: { id: ws.id } }).catch(() => undefined);
  await database.close();
}
