// The corroborate CLI (DESIGN.md, Contracts). Every command calls the same lib/ functions as
// the app, as the system actor. Bad input: one line on stderr, exit ≠ 0.
import fs from "node:fs";
import { ZodError } from "zod";
import { openDatabase } from "@/lib/db";
import { migrate, resetSchema } from "@/lib/db/migrate";
import { claimsCommand } from "./commands/claims";
import { evidenceCommand, sourcesCommand } from "./commands/sources";
import { exportCommand } from "./commands/export";
import { reviewCommand } from "./commands/review";
import { backupCommand, datasetCommand, restoreCommand } from "./commands/backup";
import { benchCommand } from "./commands/bench";
import { cliActor, options, required, UsageError, withDb } from "./commands/util";
import { seedDemo } from "@/lib/demo";
import { importDocument } from "@/lib/documents";
import { AppError } from "@/lib/errors";
import { assertEnv } from "@/lib/env";
import { addUser } from "@/lib/users";
import { createWorkspace, updateWorkspaceSettings } from "@/lib/workspaces";
import { formatZodError } from "@/lib/validation";

const USAGE = `usage: corroborate <command>
  db migrate|seed|reset
  workspace add --slug <slug> --name <name>
  user add --email <email> --password <password> [--name <name>] [--workspace <slug> --role owner|editor|reviewer|contributor]
  import <file> --workspace <slug> [--format auto|wikitext|endnotes|markdown|text] [--title <title>]
  export --workspace <slug> --format csv|json|ndjson|claimreview|annotations|datapackage [--entity claims|sources|…] [--public] [--out <path>]
  claims list --workspace <slug> [--status …] [--document <id>] [--claimant <id>] [--tag …] [--q …] [--limit N] [--format json]
  sources list|add|rate --workspace <slug> … (add: --title --url --authors "A; B" --publisher --date --type; rate <id> --version N --reliability 1-5 --rationale …)
  evidence list|add --workspace <slug> --claim <id> [--source <id> --stance supports|contests|context --strength --excerpt --locator --note]
  review submit|approve|request-changes|publish|retract|correct <claim-id> --workspace <slug> --as <email> [--verdict <label> --confidence low|medium|high --rationale … --why … --version N]
  workspace set --slug <slug> [--reviewers-may-publish on|off] [--publish-dissent on|off]
  claims add --workspace <slug> (--text … | --document <id> --start N --end N) [--claimant <name>] [--type …] [--tags a,b] [--claimed-at YYYY-MM-DD]
  backup --workspace <slug> --out <file> [--with-password-hashes]   |   restore <file>   (into a database without the workspace or its users)
  dataset import <file> --workspace <slug> [--format json|csv] [--dry-run]   (another workspace's export, as draft claims)
  bench seed --claims N [--workspace <slug>] [--seed N]   (a deterministic synthetic archive; npm run bench measures it)`;

const actor = cliActor;

async function run(argv: string[]): Promise<void> {
  const [command, sub, ...rest] = argv;
  if (!command || command === "--help" || command === "help") throw new UsageError("");
  if (command === "db") {
    if (sub === "migrate") {
      const database = await openDatabase(process.env.DATABASE_URL);
      try {
        const applied = await migrate(database);
        console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date");
      } finally {
        await database.close();
      }
      return;
    }
    if (sub === "seed") return withDb(async (d) => console.log((await seedDemo(d.prisma)) ? "seeded the demo workspace" : "demo workspace already present"));
    if (sub === "reset") {
      const database = await openDatabase(process.env.DATABASE_URL);
      try {
        await resetSchema(database);
        await migrate(database);
        await seedDemo(database.prisma);
        console.log("database reset and demo workspace seeded");
      } finally {
        await database.close();
      }
      return;
    }
    throw new UsageError(`unknown db command '${sub ?? ""}'`);
  }
  if (command === "workspace" && sub === "add") {
    const { values } = options(rest, { slug: { type: "string" }, name: { type: "string" } });
    const ws = await withDb((d) => createWorkspace(d.prisma, actor, { slug: required(values.slug, "slug"), name: required(values.name, "name") }));
    console.log(`created workspace ${ws.slug}`);
    return;
  }
  if (command === "workspace" && sub === "set") {
    const { values } = options(rest, { slug: { type: "string" }, "reviewers-may-publish": { type: "string" }, "publish-dissent": { type: "string" } });
    const flag = (v: string | undefined, name: string) => {
      if (v === undefined) return undefined;
      if (v !== "on" && v !== "off") throw new UsageError(`--${name} takes on or off`);
      return v === "on";
    };
    const ws = await withDb((d) =>
      updateWorkspaceSettings(d.prisma, actor, required(values.slug, "slug"), {
        reviewersMayPublish: flag(values["reviewers-may-publish"], "reviewers-may-publish"),
        publishDissent: flag(values["publish-dissent"], "publish-dissent"),
      }),
    );
    console.log(`workspace ${ws.slug}: reviewers ${ws.reviewersMayPublish ? "may" : "may not"} publish what they approved; dissents ${ws.publishDissent ? "are" : "are not"} published`);
    return;
  }
  if (command === "user" && sub === "add") {
    const { values } = options(rest, {
      email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, workspace: { type: "string" }, role: { type: "string" },
    });
    const user = await withDb((d) =>
      addUser(d.prisma, actor, {
        email: required(values.email, "email"), password: required(values.password, "password"),
        name: values.name, workspace: values.workspace, role: values.role,
      }),
    );
    console.log(`user ${user.email}${user.role ? ` is ${user.role} of ${values.workspace}` : ""}`);
    return;
  }
  if (command === "import") {
    const { values, positionals } = options([sub ?? "", ...rest].filter(Boolean), {
      workspace: { type: "string" }, format: { type: "string" }, title: { type: "string" },
    });
    const file = positionals[0];
    if (!file) throw new UsageError("missing <file>");
    if (!fs.existsSync(file)) throw new AppError("bad_request", `no such file: ${file}`);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const r = await withDb((d) =>
      importDocument(d.prisma, actor, { workspace: required(values.workspace, "workspace"), format: (values.format ?? "auto") as "auto", title: values.title, text: bytes }),
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
    return;
  }
  if (command === "claims") return claimsCommand(sub, rest);
  if (command === "sources") return sourcesCommand(sub, rest);
  if (command === "review") return reviewCommand(sub, rest);
  if (command === "evidence") return evidenceCommand(sub, rest);
  if (command === "export") return exportCommand([sub, ...rest].filter(Boolean) as string[]);
  if (command === "backup") return backupCommand([sub, ...rest].filter(Boolean) as string[]);
  if (command === "restore") return restoreCommand([sub, ...rest].filter(Boolean) as string[]);
  if (command === "dataset") return datasetCommand(sub, rest);
  if (command === "bench") return benchCommand(sub, rest);
  throw new UsageError(`unknown command '${[command, sub].filter(Boolean).join(" ")}'`);
}

assertEnv();
run(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) {
    if (err.message) console.error(`corroborate: ${err.message}`);
    console.error(USAGE);
    process.exit(2);
  }
  const message =
    err instanceof ZodError ? formatZodError(err) : err instanceof Error ? err.message : String(err);
  console.error(`corroborate: ${message.split("\n")[0]}`);
  process.exit(1);
});
