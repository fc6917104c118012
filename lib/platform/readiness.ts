import "server-only";
// What /api/ready reports: the database answers and every migration in prisma/migrations has
// been applied. A load balancer sends traffic only to an instance that says yes.
import type { Database } from "@/lib/db";
import { listMigrations } from "@/lib/db/migrate";

export interface Readiness {
  ready: boolean;
  /** One line per thing that is not ready, e.g. "database: connection refused". */
  problems: string[];
}

const ANSWER_WITHIN_MS = 3_000;

let expected: string[] | null = null;

function withDeadline<T>(p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_WITHIN_MS / 1000} s`)), ANSWER_WITHIN_MS);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(open: () => Promise<Database>, migrationsDir?: string): Promise<Readiness> {
  // The migrations shipped with this build do not change while it runs.
  const names = migrationsDir
    ? listMigrations(migrationsDir).map((m) => m.name)
    : (expected ??= listMigrations().map((m) => m.name));
  let applied: Set<string>;
  try {
    const database = await withDeadline(open());
    const present = await withDeadline(
      database.query<{ present: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`),
    );
    const rows = present[0].present
      ? await withDeadline(
          database.query<{ migration_name: string }>(
            `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          ),
        )
      : [];
    applied = new Set(rows.map((r) => r.migration_name));
  } catch (err) {
    return { ready: false, problems: [`database: ${(err as Error).message || String(err)}`] };
  }
  const pending = names.filter((n) => !applied.has(n));
  if (pending.length)
    return {
      ready: false,
      problems: [`migrations: ${pending.length} not applied (${pending.join(", ")}); run npx corroborate db migrate`],
    };
  return { ready: true, problems: [] };
}
