// Writes with 10 concurrent editors through the same lib functions the desk and API call:
// create a claim, update it (with its version), and take it through submit → review (a
// reviewer who did not write it) → publish, the publish timed. Baseline: a one-row UPDATE of a
// claim, raw, at the same concurrency.
import type { Database } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createClaim, updateClaim } from "@/lib/claims";
import { publishClaim, reviewClaim, submitClaim } from "@/lib/review";
import { percentile, round, timed } from "../lib/stats";

// 30 rounds of 10 editors: 300 timings an operation, so its p95 is the 15th slowest (15 rounds
// made it the 8th, and one run's p95 swung by a quarter from the next's).
const ROUNDS = 30;
const WARMUP_ROUNDS = 5;

/**
 * What one query costs this process in CPU through Prisma (the js engine compiles every query in
 * WebAssembly on the main thread) against the same SELECT sent raw: the floor under every write,
 * since all 10 editors share one event loop.
 */
async function queryCpu(database: Database, slug: string) {
  const N = 300;
  const cpuMs = async (q: () => Promise<unknown>) => {
    for (let i = 0; i < 30; i++) await q(); // warm-up
    const c0 = process.cpuUsage();
    for (let i = 0; i < N; i++) await q();
    const c = process.cpuUsage(c0);
    return round((c.user + c.system) / 1000 / N, 3);
  };
  return {
    prismaQueryCpuMs: await cpuMs(() =>
      database.prisma.workspace.findUnique({ where: { slug }, select: { id: true } }),
    ),
    rawQueryCpuMs: await cpuMs(() => database.query(`SELECT id FROM "Workspace" WHERE slug = $1`, [slug])),
  };
}

export async function benchWrites(
  database: Database,
  slug: string,
  editors: { id: string; email: string }[],
  reviewers: { id: string; email: string }[],
) {
  const db = database.prisma;
  const rating = (
    await database.query<{ id: string }>(
      `SELECT r.id FROM "Rating" r JOIN "Workspace" w ON w."ratingScaleId" = r."scaleId" WHERE w.slug = $1 ORDER BY r.position LIMIT 1`,
      [slug],
    )
  )[0].id;
  const t = { create: [] as number[], update: [] as number[], publish: [] as number[], raw: [] as number[] };
  const user = (u: { id: string; email: string }): Actor => ({ kind: "user", userId: u.id, email: u.email });
  const ids: string[] = [];
  /** One editor's round: create, update, submit, review (by another), publish; null timings when untimed. */
  const oneRound = async (n: number, r: number, keep: boolean) => {
    const editor = user(editors[n]);
    const reviewer = user(reviewers[n % reviewers.length]);
    const [claim, createMs] = await timed(() =>
      createClaim(db, editor, slug, {
        text: `Bench editor ${n} claim ${r}: the committee found the funding came through unofficial channels.`,
        claimant: { name: `Bench Claimant ${n}` },
        tags: ["bench"],
      }),
    );
    const [, updateMs] = await timed(() =>
      updateClaim(db, editor, slug, claim.id, {
        version: claim.version,
        text: `${claim.text} (revised)`,
        tags: ["bench", "revised"],
      }),
    );
    await submitClaim(db, editor, slug, claim.id, {
      ratingId: rating,
      confidence: "high",
      rationale: "Bench proposal.",
    });
    await reviewClaim(db, reviewer, slug, claim.id, { decision: "approve" });
    const [, publishMs] = await timed(() => publishClaim(db, editor, slug, claim.id));
    if (!keep) return;
    t.create.push(createMs);
    t.update.push(updateMs);
    t.publish.push(publishMs);
    ids.push(claim.id);
  };
  // Untimed rounds first: a server's first writes compile its code and queries once, which is not
  // what editors wait on after that (it was most of the create p95); and PostgreSQL plans each
  // prepared statement afresh for its first 5 runs on a connection before it keeps a plan, which a
  // server that has been up a while has long done on every connection of its pool.
  for (let w = 0; w < WARMUP_ROUNDS; w++) await Promise.all(editors.map((_, n) => oneRound(n, -1 - w, false)));
  const t0 = performance.now();
  await Promise.all(
    editors.map(async (_, n) => {
      for (let r = 0; r < ROUNDS; r++) await oneRound(n, r, true);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(
    editors.map(async (_, n) => {
      for (let r = 0; r < ROUNDS * 3; r++) {
        const id = ids[(n * ROUNDS + r) % ids.length];
        t.raw.push(
          (
            await timed(() =>
              database.query(`UPDATE "Claim" SET "updatedAt" = now(), version = version + 1 WHERE id = $1`, [id]),
            )
          )[1],
        );
      }
    }),
  );
  const p = (xs: number[]) => ({ p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)) });
  return {
    ...(await queryCpu(database, slug)),
    editors: editors.length,
    rounds: ROUNDS,
    seconds: round(seconds, 1),
    writesPerSec: round((ids.length * 5) / seconds, 1),
    create: p(t.create),
    update: p(t.update),
    publish: p(t.publish),
    rawUpdate: p(t.raw),
  };
}
