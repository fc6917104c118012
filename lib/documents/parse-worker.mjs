// The parse worker (see parse-pool.ts): parses documents off the request thread, so a slow
// document delays only itself. Plain .mjs outside the Next bundle; loads the TypeScript parsers
// through tsx (a runtime dependency), which also resolves the "@/…" paths of tsconfig.json.
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const root = workerData.root;
const { parseDocument } = await tsImport(path.join(root, "lib/documents/parse/index.ts"), {
  parentURL: import.meta.url,
  tsconfig: path.join(root, "tsconfig.json"),
});

parentPort.on("message", ({ id, text, format }) => {
  try {
    parentPort.postMessage({ id, ok: true, doc: parseDocument(text, format) });
  } catch (err) {
    const e = err ?? {};
    parentPort.postMessage({ id, ok: false, error: { name: e.name, code: e.code, message: String(e.message ?? err), details: e.details } });
  }
});
parentPort.postMessage({ ready: true });
