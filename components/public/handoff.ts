// Hands data from a server component to the server-side render of a client island without
// putting it in the RSC payload. Next renders the RSC tree and then the HTML from it in the same
// process for the same request, so a value stored under a one-off token by the server component
// is there when the island renders its HTML; the browser only ever sees the token. Values that
// no HTML render picks up (RSC-only requests: client navigation, prefetch) expire.
const TTL_MS = 60_000;
const MAX_ENTRIES = 200;

interface Entry {
  value: unknown;
  expires: number;
}

// The server component and the island's HTML render are separate module graphs in Next's build
// (react-server and SSR layers), so the store hangs off globalThis under a registered symbol.
const KEY = Symbol.for("corroborate.ssr-handoff");
function store(): Map<string, Entry> {
  const g = globalThis as { [KEY]?: Map<string, Entry> };
  return (g[KEY] ??= new Map());
}

/** Stores `value` for the HTML render of this request; returns the token to pass to the island. */
export function handOff(value: unknown, now = Date.now()): string {
  const s = store();
  for (const [k, e] of s) if (e.expires <= now || s.size >= MAX_ENTRIES) s.delete(k);
  const token = crypto.randomUUID();
  s.set(token, { value, expires: now + TTL_MS });
  return token;
}

/** The value stored under `token`, once (null when it expired, was taken, or is elsewhere). */
export function takeHandOff<T>(token: string): T | null {
  const s = store();
  const e = s.get(token);
  s.delete(token);
  return e && e.expires > Date.now() ? (e.value as T) : null;
}
