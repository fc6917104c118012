import "server-only";
// Published revisions keep the source ids they were published with; a source merged since
// (lib/merge/sources.ts) is represented by the one it was merged into, followed through later merges.
import type { Prisma } from "@/lib/db";

/** Maps each id that names a merged source to the live source it was merged into. */
export async function keptSourceIds(
  db: Pick<Prisma.TransactionClient, "source">,
  workspaceId: string,
  ids: string[],
): Promise<Map<string, string>> {
  const kept = new Map<string, string>();
  let pending = [...new Set(ids)];
  for (let hop = 0; hop < 10 && pending.length; hop++) {
    const rows = await db.source.findMany({
      where: { workspaceId, id: { in: pending }, mergedIntoId: { not: null } },
      select: { id: true, mergedIntoId: true },
    });
    for (const r of rows) {
      for (const [from, to] of kept) if (to === r.id) kept.set(from, r.mergedIntoId!);
      if (!kept.has(r.id)) kept.set(r.id, r.mergedIntoId!);
    }
    pending = rows.map((r) => r.mergedIntoId!);
  }
  return kept;
}
