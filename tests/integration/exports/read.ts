// Runs an export to completion and gives back its bytes, its text and (for a zip) its files.
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { collect, exportWorkspace, type ExportInput, type ExportOptions } from "@/lib/exports";
import { unzip } from "./unzip";

export const ORIGIN = "https://factcheck.example";

export async function runExport(db: Db, actor: Actor, input: ExportInput, options: ExportOptions = {}) {
  const result = await exportWorkspace(db, actor, input, { origin: ORIGIN, ...options });
  const bytes = await collect(result.body);
  const files = input.format === "datapackage" ? unzip(bytes) : null;
  // Everything a reader of the export could see, as one string.
  const text = files
    ? [...files].map(([name, b]) => `${name}\n${b.toString("utf8")}`).join("\n")
    : bytes.toString("utf8");
  return { ...result, bytes, files, text };
}
