// The parse worker (see parse-pool.ts): parses documents off the request thread, so a slow
// document delays only itself. Next (Turbopack) bundles it as a worker entry; under tsx and
// vitest it runs from source with tsx's loader.
import { parentPort } from "node:worker_threads";
import { parseDocument } from "./parse";

const port = parentPort!;
port.on(
  "message",
  ({ id, text, format }: { id: number; text: string; format: Parameters<typeof parseDocument>[1] }) => {
    try {
      port.postMessage({ id, ok: true, doc: parseDocument(text, format) });
    } catch (err) {
      const e = (err ?? {}) as { name?: string; code?: string; message?: string; details?: unknown };
      port.postMessage({
        id,
        ok: false,
        error: { name: e.name, code: e.code, message: String(e.message ?? err), details: e.details },
      });
    }
  },
);
port.postMessage({ ready: true });
