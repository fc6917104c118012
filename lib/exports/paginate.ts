// Keyset pagination by id: each query starts after the last id seen, so memory stays one batch
// whatever the size of the workspace, and no OFFSET scan grows with the page number.
export const BATCH_SIZE = 1000;

export async function* keyset<T extends { id: string }>(
  fetch: (after: { id?: { gt: string } }, take: number) => Promise<T[]>,
  batchSize: number,
): AsyncGenerator<T[]> {
  let last: string | undefined;
  for (;;) {
    const rows = await fetch(last === undefined ? {} : { id: { gt: last } }, batchSize);
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
    last = rows[rows.length - 1].id;
  }
}

/**
 * Rows hanging off a batch of parents (evidence of a batch of claims, citations of a batch of
 * documents), fetched by an `IN (ids)` list on the child's parent index. Joining child to parent
 * table in one query instead lets the planner pick nested loops over both tables when its row
 * estimates are stale (PGlite never auto-analyzes): quadratic, measured at 12 s for 5,000 claims.
 */
export async function* children<P extends { id: string }, T>(
  parents: AsyncIterable<P[]>,
  fetch: (parents: P[]) => Promise<T[]>,
): AsyncGenerator<T[]> {
  for await (const batch of parents) {
    const rows = await fetch(batch);
    if (rows.length) yield rows;
  }
}

/** ISO 8601 timestamp for JSON; null stays null. */
export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** Drops keys in public exports: `undefined` values vanish from JSON.stringify's output. */
export const fullOnly = <T>(isPublic: boolean, value: T): T | undefined => (isPublic ? undefined : value);
