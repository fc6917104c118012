// The Content-Security-Policy, in two forms. The desk (and anything rendered per request) gets a
// fresh nonce per request, set in proxy.ts. Public pages are rendered once per change of their
// workspace and served as stored output (lib/publishing/page-cache.ts), so a nonce would be the
// same for every reader: they get the SHA-256 of each inline script of the stored HTML instead.
import crypto from "node:crypto";

function policy(scriptSrc: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    // React sets style attributes (bar widths, indents); those can't carry a nonce or a hash.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The per-request policy: only this origin's scripts and those Next marks with the nonce run. */
export function noncePolicy(nonce: string, dev = false): string {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`);
}

// Inline <script> elements without a src attribute; their text is what the browser hashes.
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The policy for one stored page: this origin's script files and exactly its own inline scripts. */
export function hashPolicy(html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT))
    if (m[1]) hashes.add(`'sha256-${crypto.createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
  return policy(["'self'", ...hashes].join(" "));
}
