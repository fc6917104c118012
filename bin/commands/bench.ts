// `corroborate bench seed --claims N [--workspace slug] [--seed N]`: the synthetic archive that
// `npm run bench` measures (bench/seed), loaded into whatever DATABASE_URL names.
import { seedBench } from "@/bench/seed";
import { int, options, required, UsageError, withDb } from "./util";

export async function benchCommand(sub: string | undefined, args: string[]) {
  if (sub !== "seed") throw new UsageError(`unknown bench command '${sub ?? ""}' (bench seed --claims N)`);
  const { values } = options(args, { claims: { type: "string" }, workspace: { type: "string" }, seed: { type: "string" } });
  const claims = int(required(values.claims, "claims"), "claims")!;
  if (claims < 1 || claims > 5_000_000) throw new UsageError("--claims must be from 1 to 5000000");
  const summary = await withDb((d) =>
    seedBench(d, { claims, slug: values.workspace ?? "bench", seed: int(values.seed, "seed") ?? 1, log: (l) => console.error(l) }),
  );
  console.log(`seeded workspace ${summary.slug} in ${summary.seconds}s: ${Object.entries(summary.counts).map(([k, v]) => `${v} ${k}`).join(", ")}`);
  console.log(`sign in as ${summary.editors[0].email} (password corroborate-bench)`);
}
