// Starting a worker thread from TypeScript source (tsx, vitest). Bundled by Next (Turbopack), a
// `new Worker(new URL("./x-worker.ts", import.meta.url))` written inline at the call site is a
// worker entry it compiles; from source the URL names the .ts file, which a worker can load only
// through tsx: a small boot script, built at run time so the bundler does not mistake it for a
// module to resolve. Call sites: `fromSource(import.meta.url) ? sourceWorker(url, …) : new Worker(new URL(…))`.
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * Whether the calling module runs from source. Asked of the caller, not of the worker's URL: in
 * Next's build that URL names a copied asset that still ends in .ts, while the caller is a .js chunk.
 */
export const fromSource = (callerUrl: string) => new URL(callerUrl).pathname.endsWith(".ts");

export function sourceWorker(entry: URL, parent: string, options: WorkerOptions = {}): Worker {
  return new Worker(
    `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(parent)}))`,
    { ...options, eval: true },
  );
}
