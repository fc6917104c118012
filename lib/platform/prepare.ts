import "server-only";
// Start-up preparation for `npm start` (bin/start.ts): migrations, then the demo workspace when
// asked for. Both run under the migration lock, so instances starting together on one empty
// PostgreSQL database take turns and the demo is seeded at most once.
import type { Database, DatabaseTarget } from "@/lib/db";
import { applyMigrations, withMigrationLock } from "@/lib/db/migrate";
import { DEMO_SLUG, isEmpty, seedDemo } from "@/lib/demo";

export interface Prepared {
  applied: string[];
  seeded: boolean;
  /** The demo workspace is there and wanted: the banner and sign-in page list its accounts. */
  demo: boolean;
  users: number;
}

export async function prepareDatabase(database: Database, opts: { demo: boolean }): Promise<Prepared> {
  return withMigrationLock(database, async () => {
    const applied = await applyMigrations(database);
    const seeded = opts.demo && (await isEmpty(database.prisma)) ? await seedDemo(database.prisma) : false;
    const demo = opts.demo && (await database.prisma.workspace.count({ where: { slug: DEMO_SLUG } })) > 0;
    return { applied, seeded, demo, users: await database.prisma.user.count() };
  });
}

/**
 * Demo accounts (published password) only on the embedded database, a local trial, or when DEMO=1:
 * a team's PostgreSQL never starts with a public owner account.
 */
export function demoWanted(env: Record<string, string | undefined>, target: DatabaseTarget): boolean {
  if (env.DEMO !== undefined) return env.DEMO === "1";
  return target.kind !== "postgres";
}

/** What a fresh deployment without accounts prints: how to create the first owner. */
export function firstOwnerHint(): string {
  return [
    "No accounts yet. Create a workspace and its first owner:",
    '  npx corroborate workspace add --slug desk --name "The Desk"',
    "  npx corroborate user add --email you@example.org --password '<a long passphrase>' --workspace desk --role owner",
    "(in Docker: docker compose exec app node bin/corroborate.mjs …)",
  ].join("\n");
}
