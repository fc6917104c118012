// The extraction worker (see extract-bounded.ts): Readability over a captured page off the
// server's thread. Next (Turbopack) bundles it as a worker entry; under tsx and vitest it runs
// from source with tsx's loader.
import { parentPort } from "node:worker_threads";
import { extractCapture } from "./extract";

const port = parentPort!;
port.on("message", ({ body, contentType, finalUrl }: { body: Uint8Array; contentType: string; finalUrl: string }) => {
  try {
    port.postMessage({ ok: true, result: extractCapture(Buffer.from(body), contentType, finalUrl) });
  } catch (err) {
    port.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
