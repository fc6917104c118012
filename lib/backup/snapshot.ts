import "server-only";
// Streams what `produce` emits from inside one repeatable-read transaction, so a backup taken while
// people work is one consistent snapshot (no claim pointing at a document read after it), without
// holding the whole backup in memory: the producer waits while the consumer is HIGH lines behind.
// Caveat (PGlite, one connection): the consumer must not query the same database mid-stream.
import type { Db, Prisma } from "@/lib/db";

const HIGH = 256;

class Cancelled extends Error {}

export async function* snapshotStream(
  db: Db,
  produce: (tx: Prisma.TransactionClient, emit: (line: string) => Promise<void>) => Promise<void>,
  timeout = 600_000,
): AsyncGenerator<string> {
  const queue: string[] = [];
  // In objects: TypeScript does not track assignments made inside the callbacks below.
  const state: { finished: boolean; failure: unknown; cancelled: boolean } = {
    finished: false,
    failure: null,
    cancelled: false,
  };
  const wake: { consumer?: () => void; producer?: () => void } = {};
  const notify = () => {
    wake.consumer?.();
    wake.consumer = undefined;
  };
  const emit = async (line: string) => {
    if (state.cancelled) throw new Cancelled();
    queue.push(line);
    notify();
    if (queue.length >= HIGH) await new Promise<void>((resolve) => (wake.producer = resolve));
    if (state.cancelled) throw new Cancelled();
  };
  const done = db
    .$transaction((tx) => produce(tx, emit), { isolationLevel: "RepeatableRead", timeout, maxWait: 60_000 })
    .then(
      () => undefined,
      (err: unknown) => void (state.failure = err),
    )
    .finally(() => {
      state.finished = true;
      notify();
    });
  try {
    for (;;) {
      if (queue.length) {
        const batch = queue.splice(0);
        wake.producer?.();
        wake.producer = undefined;
        yield* batch;
        continue;
      }
      if (state.finished) {
        if (state.failure && !(state.failure instanceof Cancelled)) throw state.failure;
        return;
      }
      await new Promise<void>((resolve) => (wake.consumer = resolve));
    }
  } finally {
    // The consumer stopped early (or failed): end the read transaction before returning.
    state.cancelled = true;
    wake.producer?.();
    await done;
  }
}
