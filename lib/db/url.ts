// DATABASE_URL contract (docs/ARCHITECTURE.md, Contracts): unset → PGlite at .data/pglite; pglite:<dir> or
// pglite:memory → PGlite; postgres:// or postgresql:// → PostgreSQL.
import path from "node:path";

export type DatabaseTarget =
  { kind: "pglite-file"; dir: string } | { kind: "pglite-memory" } | { kind: "postgres"; url: string };

export class InvalidDatabaseUrl extends Error {}

export function parseDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = raw?.trim();
  if (!value) return { kind: "pglite-file", dir: path.resolve(cwd, ".data/pglite") };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: "postgres", url: value };
  if (/^pglite:/i.test(value)) {
    const rest = value.slice("pglite:".length).replace(/^\/\//, "");
    if (rest === "memory" || rest === ":memory:") return { kind: "pglite-memory" };
    if (!rest) throw new InvalidDatabaseUrl("DATABASE_URL: pglite: needs a directory or 'memory'");
    return { kind: "pglite-file", dir: path.resolve(cwd, rest) };
  }
  const scheme = value.split(":")[0];
  throw new InvalidDatabaseUrl(
    `DATABASE_URL: unknown scheme '${scheme}' (use postgresql://…, pglite:<dir> or pglite:memory)`,
  );
}
