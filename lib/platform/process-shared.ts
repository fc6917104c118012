// State a process must hold once although Next bundles route handlers, pages and the server around
// them (bin/serve.ts) as separate copies of a module, and dev reloads re-run modules: it is kept
// under a registered symbol (Symbol.for), created by the first copy that asks.
export function processShared<T extends object>(name: string, create: () => T): T {
  const key = Symbol.for(`corroborate.${name}`);
  const g = globalThis as unknown as Record<symbol, T | undefined>;
  return (g[key] ??= create());
}

/** The app's database handle: lib/db/server.ts opens it, bin/serve.ts closes it on shutdown. */
export function databaseHandle<D extends { close(): Promise<void> }>(): { opened?: Promise<D> } {
  return processShared<{ opened?: Promise<D> }>("database", () => ({}));
}
