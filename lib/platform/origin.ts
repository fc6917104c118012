// Which host a request came in on. With PUBLIC_URL unset, sign-in and sign-out redirect to the
// host the browser used (next-auth with AUTH_TRUST_HOST reads X-Forwarded-Host/-Proto, which Next
// fills from Host when absent). A client can send those headers itself, so they are believed only
// behind a proxy the operator vouches for (TRUST_PROXY=1); otherwise Host and plain http win.
export function trustedForwardedHeaders(headers: Headers, env: Record<string, string | undefined> = process.env): Headers {
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
