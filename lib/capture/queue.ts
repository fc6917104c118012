import "server-only";
// The capture queue is the SourceCapture table itself: a row is queued, claimed with
// FOR UPDATE SKIP LOCKED (so several app instances on PostgreSQL never take the same job) under a
// lease, and finished as done or failed. A job whose instance died is taken again when its lease
// runs out, so captures survive a restart. Network failures and 5xx answers are retried with
// doubling waits; refusals (unsafe address, size, type) are final.
import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { claimNextJob, retryLater, type JobTable } from "@/lib/platform/leased-jobs";
import { poller } from "@/lib/platform/poller";
import { extractCaptureBounded } from "./extract-bounded";
import { linkCheckMaxAge, queueDueLinkChecks } from "./linkcheck";
import { CaptureRefused, fetchForCapture, type FetchOptions } from "./fetch";

export const MAX_ATTEMPTS = 3;

export interface RunOptions extends FetchOptions {
  /** The first retry's wait; each next one doubles. CAPTURE_RETRY_MS, default 30 s. */
  retryMs?: number;
  /** How long a page's text may take to extract; CAPTURE_EXTRACT_MS, default 60 s. */
  extractMs?: number;
}

interface Claimed {
  id: string;
  sourceId: string;
  requestedUrl: string;
  attempts: number;
}

const JOBS: JobTable = {
  table: "SourceCapture",
  running: "running",
  returning: `id, "sourceId", "requestedUrl", attempts`,
};
const claimNext = (db: Db) => claimNextJob<Claimed>(db, JOBS);

/** Runs queued captures until none is runnable; returns how many it finished (done or failed). */
export async function runCaptureJobs(db: Db, opts: RunOptions = {}): Promise<number> {
  let finished = 0;
  for (let job = await claimNext(db); job; job = await claimNext(db)) {
    if (await runOne(db, job, opts)) finished++;
  }
  return finished;
}

async function runOne(db: Db, job: Claimed, opts: RunOptions): Promise<boolean> {
  try {
    const page = await fetchForCapture(job.requestedUrl, opts);
    if (page.httpStatus >= 500) throw new Error(`the server answered ${page.httpStatus}`);
    const sha256 = crypto.createHash("sha256").update(page.body).digest("hex");
    const previous = await db.sourceCapture.findFirst({
      where: { sourceId: job.sourceId, status: "done", id: { not: job.id } },
      orderBy: { capturedAt: "desc" },
      select: { sha256: true },
    });
    const ok = page.httpStatus < 400;
    const ex = ok ? await extractCaptureBounded(page.body, page.contentType, page.finalUrl, opts.extractMs) : null;
    await db.sourceCapture.update({
      where: { id: job.id },
      data: {
        status: ok ? "done" : "failed",
        error: ok ? null : `the page answered ${page.httpStatus}`,
        finalUrl: page.finalUrl,
        httpStatus: page.httpStatus,
        contentType: page.contentType || null,
        sha256,
        byteLength: page.body.length,
        raw: new Uint8Array(page.body),
        capturedAt: new Date(),
        leaseUntil: null,
        changed: ok && previous?.sha256 ? previous.sha256 !== sha256 : null,
        ...(ex
          ? {
              text: ex.text,
              title: ex.title,
              author: ex.author,
              publisher: ex.publisher,
              datePublished: ex.datePublished,
              canonicalUrl: ex.canonicalUrl,
              language: ex.language,
              notes: ex.notes.join("; ") || null,
            }
          : {}),
      },
    });
    return true;
  } catch (e) {
    const final = e instanceof CaptureRefused || job.attempts >= MAX_ATTEMPTS;
    const message = e instanceof CaptureRefused ? e.message : describeNetworkError(e);
    const firstWait = opts.retryMs ?? Number(process.env.CAPTURE_RETRY_MS || 30_000);
    await db.sourceCapture.update({
      where: { id: job.id },
      data: final
        ? { status: "failed", error: message, leaseUntil: null, capturedAt: new Date() }
        : retryLater(message, job.attempts, MAX_ATTEMPTS, firstWait),
    });
    return final;
  }
}

function describeNetworkError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === "ECONNREFUSED") return "the server refused the connection";
  if (code === "ENOTFOUND") return "the name does not resolve";
  if (code === "ECONNRESET") return "the connection was reset";
  return e instanceof Error ? e.message : "the page could not be fetched";
}

// In-process worker: polls, and wakes at once when a capture is requested.
const worker = poller("capture worker");
// The link-check schedule is looked at once an hour by each instance's worker.
const SCHEDULE_EVERY_MS = 3_600_000;
let scheduledAt = 0;

export function startCaptureWorker(
  db: () => Db | Promise<Db>,
  opts: RunOptions = {},
  pollMs = Number(process.env.CAPTURE_POLL_MS || 5_000),
) {
  worker.start(async () => {
    const maxAge = linkCheckMaxAge();
    if (maxAge !== null && Date.now() - scheduledAt >= SCHEDULE_EVERY_MS) {
      scheduledAt = Date.now();
      await queueDueLinkChecks(await db(), maxAge);
    }
    await runCaptureJobs(await db(), opts);
  }, pollMs);
}

export const wakeCaptureWorker = worker.wake;
