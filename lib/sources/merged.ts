import "server-only";
// Published revisions keep the source ids they were published with; a source merged since
// (lib/merge/sources.ts) is represented by the one it was merged into, followed through later merges.
import type { Prisma } from "@/lib/db";

/**
 * Maps the id of each merged source of the workspace to the live source it was merged into,
 * followed through later merges. Read once per export: merged sources are few, and a lookup per
 * batch of evidence was one more compiled query a batch.
 */
export async function keptSourceIds(
  db: Pick<Prisma.TransactionClient, "source">,
  workspaceId: string,
): Promise<Map<string, string>> {
  const rows = await db.source.findMany({
    where: { workspaceId, mergedIntoId: { not: null } },
    select: { id: true, mergedIntoId: true },
  });
  const into = new Map(rows.map((r) => [r.id, r.mergedIntoId!]));
  const kept = new Map<string, string>();
  for (const id of into.keys()) {
    let to = into.get(id)!;
    // Merges form chains (a merged into b, later b into c); ten hops bound a corrupt cycle.
    for (let hop = 0; hop < 10 && into.has(to); hop++) to = into.get(to)!;
    kept.set(id, to);
  }
  return kept;
}
