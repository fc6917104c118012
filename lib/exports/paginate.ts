// Keyset pagination by id: each query starts after the last id seen, so memory stays one batch
// whatever the size of the workspace, and no OFFSET scan grows with the page number.
export const BATCH_SIZE = 1000;
/**
 * Formats that walk every table (JSON, NDJSON, the data package, …) read half as many rows a query.
 * What is in flight (the batch being written and the one read ahead) is what survives V8's young
 * collections into the old generation, which grows until a full collection: halving it took the
 * 100k NDJSON export's peak RSS from ~285 to ~245 MB for ~10% of its time. A CSV table keeps the
 * larger batch: its read rate (0.57–0.63× raw at 1M) is the nearer goal, its memory is not.
 */
export const WHOLE_DATASET_BATCH_SIZE = 500;

/**
 * Batches by id. The next batch's query is sent when a batch is handed over, so the database
 * (another process, on PostgreSQL) reads batch N+1 while the writer formats batch N; it is one
 * batch ahead at most, so a consumer that stops pulling stops the reads (back-pressure) and
 * memory stays two batches.
 */
export async function* keyset<T extends { id: string }>(
  fetch: (after: { id?: { gt: string } }, take: number) => Promise<T[]>,
  batchSize: number,
): AsyncGenerator<T[]> {
  let next: Promise<T[]> | null = fetch({}, batchSize);
  try {
    while (next) {
      const rows: T[] = await next;
      next = null;
      if (rows.length === batchSize) next = ahead(fetch({ id: { gt: rows[rows.length - 1].id } }, batchSize));
      if (rows.length) yield rows;
    }
  } finally {
    // A consumer that stopped early leaves one read in flight: let it finish unobserved.
    next?.catch(() => undefined);
  }
}

/** One keyset batch's query arguments: the rows of `where` after the last id seen, by id. */
export function afterBatch<W>(where: W, after: { id?: { gt: string } }, take: number) {
  return { where: { AND: [where, after] }, orderBy: { id: "asc" as const }, take };
}

/** A promise whose rejection is handled even if nobody awaits it (the consumer may stop first). */
function ahead<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
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
  // As keyset: the next batch's children are read while this one is written, one batch ahead.
  const it = parents[Symbol.asyncIterator]();
  let next: Promise<T[] | null> | null = null;
  const pull = () => ahead(it.next().then((r) => (r.done ? null : fetch(r.value))));
  try {
    next = pull();
    for (;;) {
      const rows: T[] | null = await next;
      if (rows === null) return;
      next = pull();
      if (rows.length) yield rows;
    }
  } finally {
    next?.catch(() => undefined);
    await it.return?.();
  }
}

/** ISO 8601 timestamp for JSON; null stays null. */
export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** Drops keys in public exports: `undefined` values vanish from JSON.stringify's output. */
export const fullOnly = <T>(isPublic: boolean, value: T): T | undefined => (isPublic ? undefined : value);
