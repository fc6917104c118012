// `corroborate import <file> --workspace <slug> [--format …] [--title …]`.
import fs from "node:fs";
import { importDocument } from "@/lib/documents";
import { AppError } from "@/lib/errors";
import { cliActor, options, required, UsageError, withDb } from "./util";

export async function importCommand(args: string[]) {
  const { values, positionals } = options(args, { workspace: { type: "string" }, format: { type: "string" }, title: { type: "string" } });
  const file = positionals[0];
  if (!file) throw new UsageError("missing <file>");
  if (!fs.existsSync(file)) throw new AppError("bad_request", `no such file: ${file}`);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const r = await withDb((d) =>
    importDocument(d.prisma, cliActor, { workspace: required(values.workspace, "workspace"), format: (values.format ?? "auto") as "auto", title: values.title, text: bytes }),
  );
  if (r.status === "unchanged") {
    console.log(`unchanged: "${r.title}" version ${r.version} already has this exact text`);
    return;
  }
  const flags = r.flags.length ? `, flags: ${[...new Set(r.flags.map((f) => f.kind))].join(", ")}` : "";
  console.log(
    `${r.status === "created" ? "imported" : "new version of"} "${r.title}" (v${r.version}, ${r.format}): ` +
      `${r.sections} sections, ${r.citations} citations, sources ${r.sourcesNew} new / ${r.sourcesReused} reused, ` +
      `${r.warnings.length} warnings${flags}`,
  );
}
