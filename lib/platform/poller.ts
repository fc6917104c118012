// An in-process background worker: runs `run` every `pollMs` and at once when woken, never two runs
// at a time (a wake during a run asks for one more). Used by the capture queue and the email outbox;
// the jobs themselves live in the database, so a restart loses nothing.
import { errorFields, log } from "./log";

export function poller(label: string) {
  let run: (() => Promise<void>) | null = null;
  let busy = false;
  let again = false;

  function wake() {
    if (!run) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    const job = run;
    void (async () => {
      try {
        do {
          again = false;
          await job();
        } while (again);
      } catch (e) {
        log.error({ err: errorFields(e) }, `${label} stopped a run`);
      } finally {
        busy = false;
      }
    })();
  }

  return {
    /** Starts polling (once per process; later calls are ignored). */
    start(work: () => Promise<void>, pollMs: number) {
      if (run) return;
      run = work;
      setInterval(wake, pollMs).unref();
      wake();
    },
    wake,
    get started() {
      return run !== null;
    },
  };
}
