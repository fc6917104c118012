// Parsing off the request thread, in a time and memory budget. A document the importers take
// seconds over would otherwise stall every other request on this instance; in a worker it delays
// only its own import, and past the budget its worker is ended (and a fresh one started for the
// next job) and the import refused with the budget's name. Up to PARSE_WORKERS jobs run at once,
// so one big import does not hold up everyone else's preview; at most PARSE_QUEUE more wait, and
// past that a job is refused at once as "busy" (503 + Retry-After) instead of queuing unbounded.
import os from "node:os";
import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode } from "@/lib/errors";
import { isSource, sourceWorker } from "@/lib/platform/source-worker";
import { parseDocument, type DocumentFormat, type ParsedDocument } from "./parse";

function envInt(name: string, fallback: number, min: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v >= min ? v : fallback;
}
export const parseBudgetMs = () => envInt("PARSE_BUDGET_MS", 20_000, 1);
/** Jobs parsed at once: one per core, at most two by default (the rest of the box serves pages). */
export const parseWorkers = () => envInt("PARSE_WORKERS", Math.max(1, Math.min(2, os.availableParallelism())), 1);
/** Jobs that may wait for a free worker; more are refused as busy. */
export const parseQueueLimit = () => envInt("PARSE_QUEUE", 4 * parseWorkers(), 0);
const MEMORY_MB = 1024;
/** What a busy refusal tells the client to wait: about one budget-free parse. */
const BUSY_RETRY_SECONDS = 5;

type Job = {
  id: number;
  text: string;
  format: DocumentFormat | "auto";
  budgetMs: number;
  resolve: (d: ParsedDocument) => void;
  reject: (e: unknown) => void;
};
type Reply = {
  ready?: boolean;
  id?: number;
  ok?: boolean;
  doc?: ParsedDocument;
  error?: { code?: string; message: string; details?: Record<string, unknown> };
};
type Slot = { worker: Worker | null; ready: Promise<Worker> | null; job: Job | null; timer: NodeJS.Timeout | null };

const slots: Slot[] = [];
const queue: Job[] = [];
let nextId = 1;
/** Counters for tests and the bench: workers started, and ended for overrunning or crashing. */
export const parsePoolStats = { started: 0, replaced: 0 };

function spawn(): Worker {
  const limits = { resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB } };
  const source = new URL("./parse-worker.ts", import.meta.url);
  return isSource(source)
    ? sourceWorker(source, import.meta.url, limits)
    : new Worker(new URL("./parse-worker.ts", import.meta.url), limits);
}

function start(slot: Slot): Promise<Worker> {
  slot.ready ??= new Promise<Worker>((resolve, reject) => {
    const w = spawn();
    let booted = false;
    parsePoolStats.started++;
    w.unref(); // an idle parse worker must not keep a CLI process alive (ref'd while a job runs)
    w.on("message", (m: Reply) => {
      if (m.ready) return ((booted = true), resolve(w));
      const job = slot.job;
      if (!job || m.id !== job.id || slot.worker !== w) return;
      finish(slot);
      w.unref();
      if (m.ok) job.resolve(m.doc!);
      else if (m.error?.code && m.error.code in { bad_request: 1, unprocessable: 1, payload_too_large: 1 })
        job.reject(new AppError(m.error.code as ErrorCode, m.error.message, m.error.details));
      else job.reject(new Error(`document parser failed: ${m.error?.message}`));
      pump();
    });
    w.on("error", (err) => {
      if (!booted) return gone(err);
      // Out of memory (resourceLimits) or a crash: the job in hand fails with the limit's name.
      if (slot.worker === w)
        fail(
          slot,
          new AppError(
            "unprocessable",
            `parsing the document needed more than ${MEMORY_MB} MB of memory (${err.message})`,
            { field: "text", limit: "memory" },
          ),
        );
    });
    w.on("exit", (code) => {
      if (!booted) return gone(new Error(`the parse worker exited with code ${code} while starting`));
      if (slot.worker === w) fail(slot, new Error("the document parser stopped"));
    });
    // A worker that cannot start: the slot forgets it, and the job waiting on it parses in process.
    const gone = (err: Error) => {
      if (slot.worker === w) {
        slot.worker = null;
        slot.ready = null;
      }
      reject(err);
    };
    slot.worker = w;
  });
  return slot.ready;
}

function finish(slot: Slot): void {
  if (slot.timer) clearTimeout(slot.timer);
  slot.timer = null;
  slot.job = null;
}

/** Ends the slot's job with `err` and its worker with it; the next job gets a fresh worker. */
function fail(slot: Slot, err: unknown): void {
  const { job, worker } = slot;
  finish(slot);
  slot.worker = null;
  slot.ready = null;
  if (worker) {
    parsePoolStats.replaced++;
    void worker.terminate();
  }
  job?.reject(err);
  pump();
}

function run(slot: Slot, job: Job): void {
  slot.job = job;
  start(slot).then(
    (w) => {
      if (slot.job !== job) return;
      slot.timer = setTimeout(() => {
        fail(
          slot,
          new AppError(
            "unprocessable",
            `the document took longer than ${job.budgetMs / 1000} s to parse (the limit); split it into smaller documents`,
            { field: "text", limit: "parseTime" },
          ),
        );
      }, job.budgetMs);
      w.ref();
      w.postMessage({ id: job.id, text: job.text, format: job.format });
    },
    (err) => {
      if (slot.job !== job) return;
      // No worker could start here: parse in process rather than not at all.
      console.error(
        `parse worker unavailable (${err instanceof Error ? err.message : String(err)}); parsing in process`,
      );
      finish(slot);
      try {
        job.resolve(parseDocument(job.text, job.format));
      } catch (e) {
        job.reject(e);
      }
      pump();
    },
  );
}

function pump(): void {
  while (slots.length < parseWorkers()) slots.push({ worker: null, ready: null, job: null, timer: null });
  for (const slot of slots) {
    if (!queue.length) return;
    if (!slot.job) run(slot, queue.shift()!);
  }
}

function busy(): AppError {
  return new AppError("unavailable", "The importer is busy with other documents; try again in a moment.", {
    retryAfterSeconds: BUSY_RETRY_SECONDS,
  });
}

/** parseDocument in a worker, refused past `budgetMs` or when the pool and its queue are full. */
export function parseDocumentBounded(
  text: string,
  format: DocumentFormat | "auto" = "auto",
  budgetMs = parseBudgetMs(),
): Promise<ParsedDocument> {
  return new Promise((resolve, reject) => {
    const idle = slots.length < parseWorkers() || slots.some((s) => !s.job);
    if (!idle && queue.length >= parseQueueLimit()) return reject(busy());
    queue.push({ id: nextId++, text, format, budgetMs, resolve, reject });
    pump();
  });
}
