// Parsing off the request thread, in a time and memory budget. A document the importers take
// seconds over (wikiparser-node costs about a millisecond per template) would otherwise stall
// every other request on this instance; in a worker it delays only its own import, and past the
// budget the worker is ended and the import refused with the budget's name. One worker, jobs in
// turn: imports are rare, and a second CPU stays free for readers.
import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode } from "@/lib/errors";
import { parseDocument, type DocumentFormat, type ParsedDocument } from "./parse";

export function parseBudgetMs(): number {
  const v = Number(process.env.PARSE_BUDGET_MS);
  return Number.isFinite(v) && v > 0 ? v : 20_000;
}
const MEMORY_MB = 1024;

type Job = { id: number; text: string; format: DocumentFormat | "auto"; budgetMs: number; resolve: (d: ParsedDocument) => void; reject: (e: unknown) => void };

let worker: Worker | null = null;
let ready: Promise<Worker> | null = null;
let nextId = 1;
const queue: Job[] = [];
let running: { job: Job; timer: NodeJS.Timeout } | null = null;

function start(): Promise<Worker> {
  ready ??= new Promise<Worker>((resolve, reject) => {
    // Bundled by Next (Turbopack), `new Worker(new URL(…, import.meta.url))` written inline is a
    // worker entry it compiles. From source (tsx, vitest) the URL names the .ts file, which a
    // worker can load only through tsx: a small boot script, built at run time so the bundler
    // does not mistake it for a module to resolve.
    const source = new URL("./parse-worker.ts", import.meta.url);
    const w = source.pathname.endsWith(".ts")
      ? new Worker(`import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(source.href)}, ${JSON.stringify(import.meta.url)}))`, {
          eval: true,
          resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB },
        })
      : new Worker(new URL("./parse-worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB } });
    w.unref(); // an idle parse worker must not keep a CLI process alive (ref'd while a job runs)
    w.on("message", (m: { ready?: boolean; id?: number; ok?: boolean; doc?: ParsedDocument; error?: { code?: string; message: string; details?: Record<string, unknown> } }) => {
      if (m.ready) return resolve(w);
      if (!running || m.id !== running.job.id) return;
      const { job, timer } = running;
      clearTimeout(timer);
      running = null;
      w.unref();
      if (m.ok) job.resolve(m.doc!);
      else if (m.error?.code && m.error.code in { bad_request: 1, unprocessable: 1, payload_too_large: 1 }) job.reject(new AppError(m.error.code as ErrorCode, m.error.message, m.error.details));
      else job.reject(new Error(`document parser failed: ${m.error?.message}`));
      pump();
    });
    w.on("error", (err) => {
      // Out of memory (resourceLimits) or a crash: the job in hand fails with the limit's name.
      fail(new AppError("unprocessable", `parsing the document needed more than ${MEMORY_MB} MB of memory (${err.message})`, { field: "text", limit: "memory" }));
      reject(err);
    });
    w.on("exit", () => {
      if (worker === w) {
        worker = null;
        ready = null;
      }
    });
    worker = w;
  });
  return ready;
}

function fail(err: unknown): void {
  if (!running) return;
  clearTimeout(running.timer);
  running.job.reject(err);
  running = null;
  const w = worker;
  worker = null;
  ready = null;
  void w?.terminate();
  pump();
}

function pump(): void {
  if (running || !queue.length) return;
  const job = queue.shift()!;
  start().then(
    (w) => {
      const timer = setTimeout(() => {
        fail(new AppError("unprocessable", `the document took longer than ${job.budgetMs / 1000} s to parse (the limit); split it into smaller documents`, { field: "text", limit: "parseTime" }));
      }, job.budgetMs);
      running = { job, timer };
      w.ref();
      w.postMessage({ id: job.id, text: job.text, format: job.format });
    },
    (err) => {
      // No worker could start here: parse in process rather than not at all.
      console.error(`parse worker unavailable (${err instanceof Error ? err.message : String(err)}); parsing in process`);
      try {
        job.resolve(parseDocument(job.text, job.format));
      } catch (e) {
        job.reject(e);
      }
      pump();
    },
  );
}

/** parseDocument in the worker, refused past `budgetMs`; in process if no worker can start. */
export function parseDocumentBounded(text: string, format: DocumentFormat | "auto" = "auto", budgetMs = parseBudgetMs()): Promise<ParsedDocument> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, text, format, budgetMs, resolve, reject });
    pump();
  });
}
