// corroborate backup | restore | dataset import: whole-workspace backups and importing another
// workspace's export as draft claims, over lib/backup.
import fs from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { backupWorkspace, importDataset, readLines, restoreWorkspace } from "@/lib/backup";
import { AppError } from "@/lib/errors";
import { cliActor, options, required, takeFlags, UsageError, withDb } from "./util";

function existingFile(file: string | undefined): string {
  if (!file) throw new UsageError("missing <file>");
  if (!fs.existsSync(file)) throw new AppError("bad_request", `no such file: ${file}`);
  return file;
}

/** `backup --workspace <slug> --out <file> [--with-password-hashes]` */
export async function backupCommand(rest: string[]): Promise<void> {
  const { flags, args } = takeFlags(rest, ["with-password-hashes"]);
  const { values, positionals } = options(args, { workspace: { type: "string" }, out: { type: "string" } });
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const workspace = required(values.workspace, "workspace");
  const out = required(values.out, "out");
  // Written beside the target and renamed at the end: a failed backup never leaves a plausible file.
  const partial = path.join(path.dirname(out), `.${path.basename(out)}.partial`);
  const started = Date.now();
  let bytes = 0;
  let records = 0;
  await withDb(async (d) => {
    const stream = fs.createWriteStream(partial);
    try {
      for await (const line of backupWorkspace(d.prisma, cliActor, {
        workspace,
        includePasswordHashes: flags.has("with-password-hashes"),
      })) {
        bytes += Buffer.byteLength(line);
        records++;
        if (!stream.write(line)) await once(stream, "drain");
      }
      stream.end();
      await once(stream, "finish");
      fs.renameSync(partial, out);
    } catch (err) {
      stream.destroy();
      fs.rmSync(partial, { force: true });
      throw err;
    }
  });
  const hashes = flags.has("with-password-hashes") ? " (with password hashes)" : "";
  console.log(
    `backed up workspace ${workspace} to ${out}: ${records - 2} records, ${(bytes / 1024).toFixed(0)} KiB in ${Date.now() - started} ms${hashes}`,
  );
}

/** `restore <file>` */
export async function restoreCommand(rest: string[]): Promise<void> {
  const { positionals } = options(rest, {});
  const file = existingFile(positionals[0]);
  const summary = await withDb((d) => restoreWorkspace(d.prisma, cliActor, readLines(fs.createReadStream(file))));
  const c = summary.counts;
  console.log(
    `restored workspace ${summary.workspace}: ${summary.records} records (${c.user} users, ${c.document} documents, ${c.source} sources, ${c.claim} claims, ${c.evidence} evidence, ${c.auditEvent} audit events)`,
  );
}

/** `dataset import <file> --workspace <slug> [--format json|csv] [--dry-run]` */
export async function datasetCommand(sub: string | undefined, rest: string[]): Promise<void> {
  if (sub !== "import") throw new UsageError(`unknown dataset command '${sub ?? ""}'`);
  const { flags, args } = takeFlags(rest, ["dry-run"]);
  const { values, positionals } = options(args, { workspace: { type: "string" }, format: { type: "string" } });
  const file = existingFile(positionals[0]);
  const format = values.format ?? (file.toLowerCase().endsWith(".csv") ? "csv" : "json");
  if (format !== "json" && format !== "csv") throw new UsageError("--format must be json or csv");
  const text = fs.readFileSync(file, "utf8");
  const dryRun = flags.has("dry-run");
  const r = await withDb((d) =>
    importDataset(d.prisma, cliActor, { workspace: required(values.workspace, "workspace"), format, text, dryRun }),
  );
  console.log(
    `${dryRun ? "dry run, nothing written: would import" : "imported"} ${r.claims} draft claims (${r.anchored} anchored), ` +
      `claimants ${r.claimants.new} new / ${r.claimants.matched} matched, sources ${r.sources.new} new / ${r.sources.matched} matched, ` +
      `documents ${r.documents.new} new / ${r.documents.matched} matched, ${r.evidence} evidence, ${r.relations} relations, ${r.warnings.length} warnings`,
  );
  for (const w of r.warnings) console.error(`warning: ${w}`);
}
