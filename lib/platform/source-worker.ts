// Starting a worker thread from TypeScript source (tsx, vitest). Bundled by Next (Turbopack), a
// `new Worker(new URL("./x-worker.ts", import.meta.url))` written inline at the call site is a
// worker entry it compiles; from source the URL names the .ts file, which a worker can load only
// through tsx: a small boot script, built at run time so the bundler does not mistake it for a
// module to resolve. Call sites: `fromSource() ? sourceWorker(url, …) : new Worker(new URL(…))`.
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * Whether this code runs from source (tsx, vitest) rather than in Next's server build. Not read
 * from import.meta.url: Turbopack rewrites it to the source file's URL, so a bundle looks like
 * source; Next sets NEXT_RUNTIME in its server (and inlines it in the build), nothing else does.
 * The compiled CLI (scripts/build-cli.mjs) inlines CORROBORATE_COMPILED: its workers are .mjs files.
 */
export const fromSource = () => process.env.NEXT_RUNTIME !== "nodejs" && process.env.CORROBORATE_COMPILED !== "1";

export function sourceWorker(entry: URL, parent: string, options: WorkerOptions = {}): Worker {
  return new Worker(
    `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(parent)}))`,
    { ...options, eval: true },
  );
}
