// Starting a worker thread from TypeScript source (tsx, vitest). Bundled by Next (Turbopack), a
// `new Worker(new URL("./x-worker.ts", import.meta.url))` written inline at the call site is a
// worker entry it compiles; from source the URL names the .ts file, which a worker can load only
// through tsx: a small boot script, built at run time so the bundler does not mistake it for a
// module to resolve. Call sites: `isSource(url) ? sourceWorker(url, …) : new Worker(new URL(…))`.
import { Worker, type WorkerOptions } from "node:worker_threads";

export const isSource = (entry: URL) => entry.pathname.endsWith(".ts");

export function sourceWorker(entry: URL, parent: string, options: WorkerOptions = {}): Worker {
  return new Worker(
    `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(parent)}))`,
    { ...options, eval: true },
  );
}
