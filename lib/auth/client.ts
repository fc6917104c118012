// Which client a request comes from, for rate limits. X-Forwarded-For is whatever the client
// chose to send unless a reverse proxy we run sets it, so it is read only with TRUST_PROXY=1;
// then the rightmost entry is the address that proxy saw (proxies append the peer address;
// entries to its left came from the client and prove nothing).
type HeaderBag = Headers | Record<string, unknown> | undefined | null;

function header(headers: HeaderBag, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const v = headers[name] ?? headers[name.toLowerCase()];
  return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[v.length - 1] : null;
}

export function trustProxy(env: Record<string, string | undefined> = process.env): boolean {
  return env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true";
}

/** The client address the deployment vouches for, or null when nothing trustworthy says it. */
export function clientAddress(
  headers: HeaderBag,
  env: Record<string, string | undefined> = process.env,
): string | null {
  if (!trustProxy(env)) return null;
  const fwd = header(headers, "x-forwarded-for");
  const last = fwd
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  const addr = last ?? header(headers, "x-real-ip")?.trim();
  // An address is short and plain; anything else is not from our proxy.
  return addr && /^[0-9A-Fa-f:.]{2,45}$/.test(addr) ? addr : null;
}
