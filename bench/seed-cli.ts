// `npm run bench:seed -- --claims N [--workspace slug] [--seed N]`: the synthetic archive that
// `npm run bench` measures (bench/seed), loaded into whatever DATABASE_URL names. Its own entry
// point, so the product CLI (bin/cli.ts) never loads bench/.
import { ZodError } from "zod";
import { int, options, required, UsageError, withDb } from "@/bin/commands/util";
import { formatZodError } from "@/lib/validation";
import { seedBench } from "./seed";

async function main(args: string[]) {
  const { values } = options(args, {
    claims: { type: "string" },
    workspace: { type: "string" },
    seed: { type: "string" },
  });
  const claims = int(required(values.claims, "claims"), "claims")!;
  if (claims < 1 || claims > 5_000_000) throw new UsageError("--claims must be from 1 to 5000000");
  const summary = await withDb((d) =>
    seedBench(d, {
      claims,
      slug: values.workspace ?? "bench",
      seed: int(values.seed, "seed") ?? 1,
      log: (l) => console.error(l),
    }),
  );
  console.log(
    `seeded workspace ${summary.slug} in ${summary.seconds}s: ${Object.entries(summary.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}`,
  );
  console.log(`sign in as ${summary.editors[0].email} (password corroborate-bench)`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const message = err instanceof ZodError ? formatZodError(err) : err instanceof Error ? err.message : String(err);
  console.error(
    `bench:seed: ${message}${err instanceof UsageError ? "\nusage: npm run bench:seed -- --claims N [--workspace <slug>] [--seed N]" : ""}`,
  );
  process.exit(err instanceof UsageError ? 2 : 1);
});
