// The parse pool under load (issue 22): up to PARSE_WORKERS imports parse at once, so a big one
// does not hold up a small one; past PARSE_QUEUE waiting jobs it refuses at once as busy (a 503
// with Retry-After through the API); a worker that overruns its budget is ended and replaced.
// Each test loads a fresh pool with its own settings. Real workers, real documents.
import { afterEach, describe, expect, it, vi } from "vitest";

type Pool = typeof import("@/lib/documents/parse-pool");
// Loaded again with each fresh pool: its errors are that load's AppError.
let AppError: typeof import("@/lib/errors").AppError;
let errorResponse: typeof import("@/lib/api/problem").errorResponse;

async function freshPool(env: Record<string, string>): Promise<Pool> {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  ({ AppError } = await import("@/lib/errors"));
  ({ errorResponse } = await import("@/lib/api/problem"));
  return import("@/lib/documents/parse-pool");
}
afterEach(() => {
  vi.unstubAllEnvs();
});

// A long plain-text document (every limit holds; about 4.5 MB): its parse takes far longer than
// a one-line document's, whatever the machine, so arrival order is a fair witness.
const big = Array.from(
  { length: 30_000 },
  (_, i) =>
    `Paragraph ${i}. The committee heard testimony on funding, shipments and the agency's role in them, again and again.`,
).join("\n\n");
const small = "Plain words.";

async function warm(pool: Pool, n: number) {
  // Start every worker first, so a worker's start-up time does not decide the order below.
  await Promise.all(Array.from({ length: n }, () => pool.parseDocumentBounded(small, "text")));
}

describe("parse pool", () => {
  it("parses a small document while a big one is still parsing (two workers)", async () => {
    const pool = await freshPool({ PARSE_WORKERS: "2", PARSE_QUEUE: "4" });
    await warm(pool, 2);
    const order: string[] = [];
    const slow = pool.parseDocumentBounded(big, "text", 120_000).then(() => order.push("big"));
    const quick = pool.parseDocumentBounded(small, "text").then(() => order.push("small"));
    await Promise.all([slow, quick]);
    expect(order).toEqual(["small", "big"]);
  }, 120_000);

  it("with one worker the small document waits its turn (the witness above can fail)", async () => {
    const pool = await freshPool({ PARSE_WORKERS: "1", PARSE_QUEUE: "4" });
    await warm(pool, 1);
    const order: string[] = [];
    const slow = pool.parseDocumentBounded(big, "text", 120_000).then(() => order.push("big"));
    const quick = pool.parseDocumentBounded(small, "text").then(() => order.push("small"));
    await Promise.all([slow, quick]);
    expect(order).toEqual(["big", "small"]);
  }, 120_000);

  it("refuses a job past the queue's bound at once as busy, with a Retry-After through the API", async () => {
    const pool = await freshPool({ PARSE_WORKERS: "1", PARSE_QUEUE: "1" });
    await warm(pool, 1);
    const running = pool.parseDocumentBounded(big, "text", 120_000);
    const waiting = pool.parseDocumentBounded(small, "text");
    const refused = await pool.parseDocumentBounded(small, "text").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as InstanceType<typeof AppError>).code).toBe("unavailable");
    expect((refused as InstanceType<typeof AppError>).message).toBe(
      "The importer is busy with other documents; try again in a moment.",
    );
    const res = errorResponse(refused);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    // The two it took are parsed; once the queue drains it takes work again.
    expect((await running).text.length).toBeGreaterThan(1_000_000);
    expect((await waiting).text).toBe(small);
    expect((await pool.parseDocumentBounded(small, "text")).text).toBe(small);
  }, 120_000);

  it("ends a worker that overruns its budget, starts another, and the next job succeeds", async () => {
    const pool = await freshPool({ PARSE_WORKERS: "1", PARSE_QUEUE: "2" });
    await warm(pool, 1);
    const before = { ...pool.parsePoolStats };
    const err = await pool.parseDocumentBounded(big, "text", 5).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as InstanceType<typeof AppError>).details).toMatchObject({ limit: "parseTime" });
    expect(pool.parsePoolStats.replaced).toBe(before.replaced + 1);
    expect((await pool.parseDocumentBounded(small, "text")).text).toBe(small);
    expect(pool.parsePoolStats.started).toBe(before.started + 1);
  }, 120_000);
});
