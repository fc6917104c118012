// Where to go after signing in. The callback URL is resolved the way a browser will resolve it
// (WHATWG URL: `\` is `/`, tabs and newlines are dropped, so `/\evil.example` and
// `/\t/evil.example` are other hosts) against the request's own origin, and accepted only when
// it stays on that origin. What comes back is a path with exactly one leading slash.
export const DEFAULT_AFTER_SIGNIN = "/desk";

export function safeCallbackUrl(
  raw: string | null | undefined,
  origin: string,
  fallback = DEFAULT_AFTER_SIGNIN,
): string {
  if (!raw) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as a host.
  const path = url.pathname.replace(/^\/+/, "/");
  return `${path}${url.search}${url.hash}`;
}
