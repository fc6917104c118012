// One upload limit. IMPORT_MAX_BYTES (lib/documents/input.ts) bounds a document; request bodies
// get room for it twice over plus 1 MB (JSON escaping, multipart framing, a pasted copy beside a
// file), so an oversized document still reaches the importer and its clear message. next.config.js
// computes the same figure for server actions and the proxy: tests/integration/documents/upload-limit.test.ts.
import { maxImportBytes } from "@/lib/documents/input";

export function requestBodyLimit(): number {
  return 2 * maxImportBytes() + 1024 * 1024;
}
