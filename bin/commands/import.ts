// `corroborate import <file|folder…>`: many documents at once. One summary line per file on
// stdout, a progress line on stderr; a bad file is reported and the others still import; the exit
// code is 1 when any file failed.
import fs from "node:fs";
import path from "node:path";
import { describeResult, importFiles, type BulkFile } from "@/lib/documents/bulk";
import { importDocument } from "@/lib/documents";
import { cliActor, options, required, UsageError, withDb } from "./util";

// In a folder, only files that look like documents are taken (named files are always taken).
const DOCUMENT_EXT = new Set([".txt", ".text", ".wiki", ".wikitext", ".mediawiki", ".md", ".markdown"]);

/** The files named, and the document files under the folders named (recursively, sorted). */
export function collectFiles(args: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith(".")) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && DOCUMENT_EXT.has(path.extname(e.name).toLowerCase())) out.push(p);
    }
  };
  for (const a of args) {
    const st = fs.statSync(a, { throwIfNoEntry: false });
    if (!st)
      out.push(a); // reported as a failed file below, not a crash
    else if (st.isDirectory()) walk(a);
    else out.push(a);
  }
  return out;
}

export async function importCommand(args: string[]) {
  const { values, positionals } = options(args, {
    workspace: { type: "string" },
    format: { type: "string" },
    title: { type: "string" },
    "title-from": { type: "string" },
  });
  const workspace = required(values.workspace, "workspace");
  if (!positionals.length) throw new UsageError("missing <file|folder…>");
  const titleFrom = values["title-from"] ?? "document";
  if (titleFrom !== "document" && titleFrom !== "filename")
    throw new UsageError("--title-from takes document or filename");
  const paths = collectFiles(positionals);
  if (!paths.length) throw new UsageError(`no document files (${[...DOCUMENT_EXT].join(" ")}) found`);
  if (values.title && paths.length > 1)
    throw new UsageError("--title names one document; leave it out when importing several files");

  const unreadable = new Map<string, string>();
  const files: BulkFile[] = paths.map((p) => {
    try {
      return { name: p, bytes: new Uint8Array(fs.readFileSync(p)) };
    } catch (err) {
      unreadable.set(
        p,
        (err as NodeJS.ErrnoException).code === "ENOENT" ? `no such file: ${p}` : (err as Error).message,
      );
      return { name: p, bytes: new Uint8Array() };
    }
  });
  const progress = (done: number, total: number, file: string) =>
    process.stderr.write(file ? `[${done + 1}/${total}] importing ${file}\n` : `[${total}/${total}] done\n`);
  const results = await withDb(async (d) => {
    if (values.title) {
      if (unreadable.has(paths[0])) return [{ file: paths[0], ok: false as const, error: unreadable.get(paths[0])! }];
      // One file with an explicit title: the single-document import as it always was.
      const summary = await importDocument(d.prisma, cliActor, {
        workspace,
        format: (values.format ?? "auto") as "auto",
        title: values.title,
        fileName: paths[0],
        text: files[0].bytes,
      });
      return [{ file: paths[0], ok: true as const, summary }];
    }
    const readable = files.filter((f) => !unreadable.has(f.name));
    const done = await importFiles(
      d.prisma,
      cliActor,
      { workspace, format: values.format ?? "auto", titleFrom },
      readable,
      progress,
    );
    // Keep the order the files were given in.
    return files.map((f) =>
      unreadable.has(f.name)
        ? { file: f.name, ok: false as const, error: unreadable.get(f.name)! }
        : done.find((r) => r.file === f.name)!,
    );
  });
  for (const r of results) (r.ok ? console.log : console.error)(describeResult(r));
  const failed = results.filter((r) => !r.ok).length;
  if (results.length > 1)
    console.log(`${results.length - failed} of ${results.length} files imported${failed ? `, ${failed} failed` : ""}`);
  if (failed) process.exitCode = 1;
}
