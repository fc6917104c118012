// The corroborate CLI (README.md "Command line"): a dispatcher over bin/commands/, one module
// per command group. Every command calls the same lib/ functions as the app, as the system
// actor. Bad input: one line on stderr, exit ≠ 0.
// Command modules load on demand (each is a chunk of the compiled CLI, scripts/build-cli.mjs), so
// `claims list` never loads the importers' parsers or the exporters' zip writer.
import { UsageError } from "./commands/usage";
import { assertEnv } from "@/lib/env";

const USAGE = `usage: corroborate <command>
  db migrate|seed|reset
  workspace add --slug <slug> --name <name>
  user add --email <email> --password <password> [--name <name>] [--workspace <slug> --role owner|editor|reviewer|contributor]
  import <file|folder…> --workspace <slug> [--format auto|wikitext|endnotes|markdown|text] [--title-from document|filename] [--title <title> (one file)]
  export --workspace <slug> --format csv|json|ndjson|claimreview|annotations|datapackage [--entity claims|sources|…] [--public] [--out <path>]
  claims list --workspace <slug> [--status …] [--document <id>] [--claimant <id>] [--tag …] [--q …] [--limit N] [--format json]
  sources list|add|rate|check-links --workspace <slug> … (add: --title --url --authors "A; B" --publisher --date --type; rate <id> --version N --reliability 1-5 --rationale …; check-links [--all] [--run])
  evidence list|add --workspace <slug> --claim <id> [--source <id> --stance supports|contests|context --strength --excerpt --locator --note]
  review submit|approve|request-changes|publish|retract|correct <claim-id> --workspace <slug> --as <email> [--verdict <label> --confidence low|medium|high --rationale … --why … --version N]
  workspace set --slug <slug> [--reviewers-may-publish on|off] [--publish-dissent on|off]
  claims add --workspace <slug> (--text … | --document <id> --start N --end N) [--claimant <name>] [--type …] [--tags a,b] [--claimed-at YYYY-MM-DD]
  backup --workspace <slug> --out <file> [--with-password-hashes]   |   restore <file>   (into a database without the workspace or its users)
  dataset import <file> --workspace <slug> [--format json|csv] [--dry-run]   (another workspace's export, as draft claims)
  trash list|restore <id>|purge --workspace <slug> [--type document|claim|source|claimant|comment] [--older-than 30d]`;

/** Command name → its module's entry, given the arguments after the name. */
const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  db: async (args) => (await import("./commands/db")).dbCommand(args),
  workspace: async (args) => (await import("./commands/workspace")).workspaceCommand(args),
  user: async (args) => (await import("./commands/workspace")).userCommand(args),
  import: async (args) => (await import("./commands/import")).importCommand(args),
  export: async (args) => (await import("./commands/export")).exportCommand(args),
  claims: async ([sub, ...rest]) => (await import("./commands/claims")).claimsCommand(sub, rest),
  sources: async ([sub, ...rest]) => (await import("./commands/sources")).sourcesCommand(sub, rest),
  evidence: async ([sub, ...rest]) => (await import("./commands/sources")).evidenceCommand(sub, rest),
  review: async ([sub, ...rest]) => (await import("./commands/review")).reviewCommand(sub, rest),
  backup: async (args) => (await import("./commands/backup")).backupCommand(args),
  restore: async (args) => (await import("./commands/backup")).restoreCommand(args),
  dataset: async ([sub, ...rest]) => (await import("./commands/backup")).datasetCommand(sub, rest),
  trash: async ([sub, ...rest]) => (await import("./commands/trash")).trashCommand(sub, rest),
};

async function run([command, ...args]: string[]): Promise<void> {
  if (!command || command === "--help" || command === "help") throw new UsageError("");
  const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) throw new UsageError(`unknown command '${command}'`);
  return entry(args);
}

assertEnv();
run(process.argv.slice(2)).catch(async (err: unknown) => {
  if (err instanceof UsageError) {
    if (err.message) console.error(`corroborate: ${err.message}`);
    console.error(USAGE);
    process.exit(2);
  }
  const { ZodError } = await import("zod");
  const { formatZodError } = await import("@/lib/validation");
  const message = err instanceof ZodError ? formatZodError(err) : err instanceof Error ? err.message : String(err);
  console.error(`corroborate: ${message.split("\n")[0]}`);
  process.exit(1);
});
