// Which host a request came in on. With PUBLIC_URL unset, sign-in and sign-out redirect to the
// host the browser used (next-auth with AUTH_TRUST_HOST reads X-Forwarded-Host/-Proto, which Next
// fills from Host when absent). A client can send those headers itself, so they are believed only
// behind a proxy the operator vouches for (TRUST_PROXY=1); otherwise Host and plain http win.
export function trustedForwardedHeaders(
  headers: Headers,
  env: Record<string, string | undefined> = process.env,
): Headers {
  const out = new Headers(headers);
  if (env.TRUST_PROXY === "1") return out;
  const host = headers.get("host");
  if (host) out.set("x-forwarded-host", host);
  else out.delete("x-forwarded-host");
  // This server speaks plain HTTP; TLS ends at a proxy, which is what TRUST_PROXY=1 is for.
  out.set("x-forwarded-proto", "http");
  return out;
}

/** Environment for the server `npm start` runs: a fixed origin only when PUBLIC_URL names one. */
export function authOriginEnv(env: Record<string, string | undefined>): Record<string, string> {
  if (env.NEXTAUTH_URL) return {};
  if (env.PUBLIC_URL) return { NEXTAUTH_URL: env.PUBLIC_URL };
  return { AUTH_TRUST_HOST: "1" };
}

const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;
const first = (v: string | null) => v?.split(",")[0].trim() || null;

/**
 * The public origin for absolute links (canonical, feeds, sitemap, robots, JSON-LD, OpenGraph):
 * PUBLIC_URL when set; otherwise the host this request came in on (X-Forwarded-Host/-Proto only
 * with TRUST_PROXY=1); without a usable request, http://localhost:PORT.
 */
export function publicOrigin(
  headers: Headers | null | undefined,
  env: Record<string, string | undefined> = process.env,
): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL.replace(/\/+$/, "");
  const fallback = `http://localhost:${env.PORT || 3000}`;
  if (!headers) return fallback;
  const trusted = env.TRUST_PROXY === "1";
  const host = (trusted && first(headers.get("x-forwarded-host"))) || headers.get("host");
  if (!host || !HOST.test(host)) return fallback;
  const proto = trusted && first(headers.get("x-forwarded-proto")) === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
