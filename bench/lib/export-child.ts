// One export in a process of its own, so its peak RSS is the export's alone (with PGlite it
// includes the embedded database): prints one JSON line {rows, bytes, seconds, maxRssMB}.
// Formats: csv | ndjson (lib/exports, as an anonymous visitor downloads them) or raw (the floor:
// the same published claims with the same joined names, keyset SELECTs, no formatting).
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db";
import { anonymous } from "@/lib/auth/actor";
import { exportWorkspace } from "@/lib/exports";

const PUBLIC = `IN ('published', 'retracted')`;
/** The rows a public export reads, table by table: claims with the names the CSV joins in, then the rest. */
const RAW: [string, string][] = [
  [
    `SELECT t.id, t.headline, t.text, t.status, t."claimType", t.tags, t."anchorExact", t."anchorPrefix", t."anchorSuffix", t."anchorStart", t."anchorEnd",
      t.confidence, t.rationale, t."claimedAt", t."publishedAt", t."dateModified", t."documentId", t."documentVersionId",
      ct.name AS claimant, r.label AS rating, r.value AS "ratingValue", d.title AS "documentTitle"
    FROM "Claim" t LEFT JOIN "Claimant" ct ON ct.id = t."claimantId" LEFT JOIN "Rating" r ON r.id = t."ratingId" LEFT JOIN "Document" d ON d.id = t."documentId"`,
    `t."workspaceId" = $1 AND t.status ${PUBLIC}`,
  ],
  [`SELECT t.* FROM "Evidence" t JOIN "Claim" c ON c.id = t."claimId"`, `c."workspaceId" = $1 AND c.status ${PUBLIC}`],
  [`SELECT t.* FROM "ClaimRelation" t`, `t."workspaceId" = $1`],
  [
    `SELECT t.* FROM "Correction" t JOIN "Claim" c ON c.id = t."claimId"`,
    `c."workspaceId" = $1 AND c.status ${PUBLIC}`,
  ],
  [
    `SELECT t.id, t.title, t.authors, t.publisher, t.date, t.url, t.type, t.reliability FROM "Source" t`,
    `t."workspaceId" = $1`,
  ],
  [`SELECT t.* FROM "Claimant" t`, `t."workspaceId" = $1`],
  [
    `SELECT t.id, t.title, v.text FROM "Document" t JOIN "DocumentVersion" v ON v.id = t."currentVersionId"`,
    `t."workspaceId" = $1`,
  ],
  [
    `SELECT t.* FROM "Citation" t JOIN "DocumentVersion" v ON v.id = t."documentVersionId" JOIN "Document" d ON d."currentVersionId" = v.id`,
    `d."workspaceId" = $1`,
  ],
];

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    workspace: { type: "string" },
    format: { type: "string" },
    warm: { type: "boolean", default: false },
  },
});
const database = await openDatabase(values.db);
const slug = values.workspace!;

/** Lines in a chunk, counted without allocating (as a socket writing the chunk would not). */
function newlines(chunk: string | Uint8Array): number {
  let n = 0;
  if (typeof chunk === "string") for (let i = chunk.indexOf("\n"); i !== -1; i = chunk.indexOf("\n", i + 1)) n++;
  else for (const b of chunk) if (b === 10) n++;
  return n;
}

/** One whole export (or raw read) of the workspace, timed. */
async function once() {
  let bytes = 0;
  let rows = 0;
  const t0 = performance.now();
  if (values.format === "raw" || values.format === "raw-all") {
    const [{ id: wsId }] = await database.query<{ id: string }>(`SELECT id FROM "Workspace" WHERE slug = $1`, [slug]);
    for (const [from, where] of values.format === "raw" ? RAW.slice(0, 1) : RAW) {
      let last = "";
      for (;;) {
        const batch = await database.query<Record<string, unknown> & { id: string }>(
          `${from} WHERE ${where} AND t.id > $2 ORDER BY t.id LIMIT 1000`,
          [wsId, last],
        );
        for (const r of batch) bytes += JSON.stringify(r).length;
        rows += batch.length;
        if (batch.length < 1000) break;
        last = batch[batch.length - 1].id;
      }
    }
  } else {
    const res = await exportWorkspace(database.prisma, anonymous, {
      workspace: slug,
      format: values.format!,
      entity: "claims",
    });
    for await (const chunk of res.body) {
      const n = typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
      bytes += n;
      // NDJSON escapes newlines, so lines are rows; CSV quotes multi-line rationales, so its rows are counted below.
      if (values.format === "ndjson") rows += newlines(chunk);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  if (values.format === "csv") {
    const [{ n }] = await database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Claim" c JOIN "Workspace" w ON w.id = c."workspaceId" WHERE w.slug = $1 AND c.status IN ('published', 'retracted')`,
      [slug],
    );
    rows = n;
  }
  return { rows, bytes, seconds };
}

let result: Awaited<ReturnType<typeof once>>;
try {
  // The export runs in a long-lived server, where the connection and Prisma's query compiler are
  // ready before anyone downloads: both sides start timing with them ready, not with process start-up.
  await database.query("SELECT 1");
  await database.prisma.$queryRaw`SELECT 1`;
  // --warm (small archives, where start-up is most of the time): both sides run once untimed, as
  // a server that has served an export before has its code compiled and its query plans made.
  if (values.warm) await once();
  result = await once();
} finally {
  await database.close();
}
console.log(JSON.stringify({ ...result, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
