// Checks an uploaded or pasted document before anything is parsed or stored.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { stringProblem } from "@/lib/http/input";
import { slugSchema } from "@/lib/workspaces/schemas";
import { sizeMessage } from "./size";

export const FORMATS = ["auto", "wikitext", "endnotes", "markdown", "text"] as const;

export const DEFAULT_MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export function maxImportBytes(): number {
  const v = Number(process.env.IMPORT_MAX_BYTES);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_MAX_IMPORT_BYTES;
}

export const importInput = z.object({
  workspace: slugSchema,
  title: z.string().trim().min(1, "title is required").max(300, "title must be at most 300 characters").optional(),
  format: z.enum(FORMATS, { error: `format must be one of ${FORMATS.join(", ")}` }).default("auto"),
  text: z.union([z.string(), z.instanceof(Uint8Array)]),
  /** The uploaded file's name: the title when the document states none (or when titleFrom is "filename"). */
  fileName: z.string().trim().min(1).max(1000, "fileName must be at most 1000 characters").optional(),
  titleFrom: z.enum(["document", "filename"], { error: "titleFrom must be document or filename" }).default("document"),
});
export type ImportInput = z.input<typeof importInput>;

export { sizeMessage };

/** Decodes bytes as strict UTF-8 and refuses empty, binary or oversized input with a clear error. */
export function decodeDocumentText(input: string | Uint8Array, limit = maxImportBytes()): string {
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > limit) throw new AppError("payload_too_large", sizeMessage(size, limit), { field: "text", limit });
  let text: string;
  if (typeof input === "string") text = input;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      throw new AppError("unprocessable", "document is not valid UTF-8 text (binary file?)", { field: "text" });
    }
  }
  if (text.includes("\u0000"))
    throw new AppError("unprocessable", "document contains NUL bytes (binary file?)", { field: "text" });
  if (stringProblem(text, Infinity))
    throw new AppError("unprocessable", "document contains an unpaired UTF-16 surrogate (not valid Unicode text)", {
      field: "text",
    });
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new AppError("unprocessable", "document is empty", { field: "text" });
  return text;
}
