import "server-only";
// Readability and a DOM over a big page take seconds of CPU (measured: 6 s for 1 MB of HTML, 38 s
// for 10 MB on this 2-core box); on the server's thread that would stall every request. Each
// capture's extraction runs in its own worker thread under a time and memory budget: past either,
// the worker is ended and the capture keeps its bytes and hash with a note instead of text.
import { Worker } from "node:worker_threads";
import { log } from "@/lib/platform/log";
import { fromSource, sourceWorker } from "@/lib/platform/source-worker";
import { extractCapture, textless, type Extracted } from "./extract";

const MEMORY_MB = 512;

/** CAPTURE_EXTRACT_MS: how long a page's text may take to extract (default 60 s). */
export function extractBudgetMs(env: Record<string, string | undefined> = process.env): number {
  const v = Number(env.CAPTURE_EXTRACT_MS);
  return Number.isInteger(v) && v > 0 ? v : 60_000;
}

function spawn(): Worker {
  const limits = { resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB } };
  const source = new URL("./extract-worker.ts", import.meta.url);
  return fromSource()
    ? sourceWorker(source, import.meta.url, limits)
    : new Worker(new URL("./extract-worker.ts", import.meta.url), limits);
}

/** extractCapture in a worker thread, bounded by `budgetMs` and a memory limit. */
export function extractCaptureBounded(
  body: Buffer,
  contentType: string,
  finalUrl: string,
  budgetMs = extractBudgetMs(),
): Promise<Extracted> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = spawn();
    } catch (err) {
      // No worker here: extract in process rather than not at all.
      log.warn({ err: String(err) }, "capture extraction worker unavailable; extracting in process");
      return resolve(extractCapture(body, contentType, finalUrl));
    }
    let settled = false;
    const settle = (r: Extracted) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(
      () =>
        settle(
          textless(
            `the page's text took longer than ${budgetMs / 1000} s to extract (the limit); the file and its hash are kept`,
          ),
        ),
      budgetMs,
    );
    worker.on("message", (m: { ok: boolean; result?: Extracted; message?: string }) =>
      settle(m.ok ? m.result! : textless(`the page's text could not be extracted (${m.message}); the file is kept`)),
    );
    worker.on("error", (err) =>
      settle(textless(`extracting the page's text failed (${err.message}); the file and its hash are kept`)),
    );
    worker.on("exit", () => settle(textless("the text extractor stopped; the file and its hash are kept")));
    worker.postMessage({ body: new Uint8Array(body), contentType, finalUrl });
  });
}
