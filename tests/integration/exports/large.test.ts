// A few thousand claims stream out batch by batch (no timing assertions: npm run bench measures).
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, systemActor } from "@/lib/auth/actor";
import { exportWorkspace } from "@/lib/exports";
import { refreshStaleStatistics, staleTables } from "@/lib/exports/statistics";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeWorkspace } from "../../support/factories";
import { runExport } from "./read";

const N = 5000;

describe.each(DB_TARGETS)("large exports on $name", (target) => {
  let t: TestDatabase;
  let slug: string;
  beforeAll(async () => {
    t = await createTestDatabase(target);
    const ws = await makeWorkspace(t.prisma);
    slug = ws.slug;
    const rating = await t.prisma.rating.findFirstOrThrow({ where: { scaleId: ws.ratingScaleId!, value: 4 } });
    // Every fifth claim stays a draft: the public export must skip them across batch boundaries.
    await t.query(
      `INSERT INTO "Claim" ("id", "workspaceId", "text", "headline", "tags", "status", "ratingId", "publishedAt", "updatedAt")
       SELECT 'bulk' || lpad(i::text, 6, '0'), $1, 'Bulk claim number ' || i, 'Bulk claim ' || i, ARRAY['bulk'],
              (CASE WHEN i % 5 = 0 THEN 'draft' ELSE 'published' END)::"ClaimStatus", $2, now(), now()
       FROM generate_series(1, ${N}) AS i`,
      [ws.id, rating.id],
    );
  });
  afterAll(async () => t?.drop());

  it("analyzes tables whose planner statistics are missing or stale, once", async () => {
    // A backend reports its row counts to the statistics a while after its transaction (PostgreSQL
    // waits up to 10 s when the connection goes idle): until the insert shows there, an analyze
    // could be followed by its late report, and the table would look stale again.
    for (let i = 0; i < 150; i++) {
      const [row] = await t.query<{ n: number }>(
        `SELECT coalesce(sum(n_tup_ins), 0)::int AS n FROM pg_stat_user_tables WHERE relname = 'Claim' AND schemaname = current_schema()`,
      );
      if (row.n >= N) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // The catalog query must work through both adapters (a failure would only be logged).
    const stale = await staleTables(t.prisma);
    // PGlite never analyzes on its own; PostgreSQL's autovacuum may have been first.
    if (target.name === "pglite") expect(stale).toContain("Claim");
    expect(await refreshStaleStatistics(t.prisma)).toEqual(stale);
    const [claim] = await t.query<{ analyzed: boolean }>(
      `SELECT (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL) AS analyzed FROM pg_stat_user_tables WHERE relname = 'Claim' AND schemaname = current_schema()`,
    );
    expect(claim.analyzed).toBe(true);
    expect(await refreshStaleStatistics(t.prisma)).not.toContain("Claim");
  });

  it(`streams ${N} claims as CSV in batches, each claim once`, async () => {
    const result = await exportWorkspace(
      t.prisma,
      systemActor("cli"),
      { workspace: slug, format: "csv" },
      { batchSize: 1000 },
    );
    let chunks = 0;
    let text = "";
    for await (const chunk of result.body) {
      chunks++;
      text += chunk;
    }
    expect(chunks).toBe(1 + N / 1000); // the header, then one chunk per batch
    const rows = parse(text, { columns: true }) as { id: string }[];
    expect(rows).toHaveLength(N);
    expect(new Set(rows.map((r) => r.id)).size).toBe(N);
  });

  it("streams the public NDJSON, JSON and ClaimReview exports without the drafts", async () => {
    const nd = await runExport(t.prisma, anonymous, { workspace: slug, format: "ndjson" });
    const claims = nd.text
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l))
      .filter((l) => l.type === "claim");
    expect(claims).toHaveLength((N * 4) / 5);
    expect(claims.every((c) => c.status === "published")).toBe(true);
    const json = JSON.parse((await runExport(t.prisma, anonymous, { workspace: slug, format: "json" })).text);
    expect(json.claims).toHaveLength((N * 4) / 5);
    const reviews = JSON.parse((await runExport(t.prisma, anonymous, { workspace: slug, format: "claimreview" })).text);
    expect(reviews).toHaveLength((N * 4) / 5);
    expect(reviews[0].reviewRating).toMatchObject({ ratingValue: 4, bestRating: 5, worstRating: 1 });
  });

  it("stops reading when the consumer stops (a closed download ends the queries)", async () => {
    const result = await exportWorkspace(
      t.prisma,
      systemActor("cli"),
      { workspace: slug, format: "ndjson" },
      { batchSize: 100 },
    );
    const it = result.body[Symbol.asyncIterator]();
    await it.next();
    await it.next();
    await it.return?.();
    expect((await it.next()).done).toBe(true);
  });
});
