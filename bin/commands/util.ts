// Shared helpers of the CLI's commands.
import { parseArgs } from "node:util";
import { openDatabase, type Database } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { systemActor } from "@/lib/auth/actor";

import { UsageError } from "./usage";

export { UsageError };

export const cliActor = systemActor("cli");

export function options(args: string[], spec: Record<string, { type: "string" }>) {
  try {
    const { values, positionals } = parseArgs({ args, options: spec, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | undefined>, positionals };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Takes boolean `--flag`s out of the arguments (options() knows only string options). */
export function takeFlags(args: string[], names: string[]) {
  const flags = new Set(names.filter((n) => args.includes(`--${n}`)));
  return { flags, args: args.filter((a) => !names.some((n) => a === `--${n}`)) };
}

export function required<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === "") throw new UsageError(`missing --${name}`);
  return value;
}

export function int(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number`);
  return Number(value);
}

/** Opens the database (migrating it first), runs `fn`, and always closes it (releasing the lock). */
export async function withDb<T>(fn: (d: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(process.env.DATABASE_URL);
  try {
    await migrate(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}
