// The Content-Security-Policy, in two forms. The desk (and anything rendered per request) gets a
// fresh nonce per request, set in proxy.ts. Public pages are rendered once per change of their
// workspace and served as stored output (lib/publishing/page-cache.ts), so a nonce would be the
// same for every reader: they get the SHA-256 of each inline script Next rendered instead.
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

// <script> elements: their opening tag and their text (what the browser hashes).
const SCRIPT = /(<script\b[^>]*>)([\s\S]*?)<\/script>/gi;

/**
 * The stored copy of one public page and its policy: this origin's script files and exactly the
 * inline scripts Next rendered, by hash. The page is rendered with a secret marker nonce
 * (lib/http/page-render.ts), so only the scripts Next marked are hashed: a script that reached the
 * HTML any other way (a rendering bug, injected markup) stays blocked. The marker is removed from
 * the stored copy (Next also repeats it in its flight data), so no reader learns it.
 */
export function storedPagePolicy(html: string, marker: string): { html: string; policy: string } {
  const attr = ` nonce="${marker}"`;
  const hashes = new Set<string>();
  const out = html.replace(SCRIPT, (whole, open: string, text: string) => {
    if (!open.includes(attr)) return whole;
    const body = text.replaceAll(marker, "");
    if (!/\ssrc=/i.test(open) && body)
      hashes.add(`'sha256-${crypto.createHash("sha256").update(body, "utf8").digest("base64")}'`);
    return `${open.replace(attr, "")}${body}</script>`;
  });
  return { html: out.replaceAll(attr, "").replaceAll(marker, ""), policy: policy(["'self'", ...hashes].join(" ")) };
}

// A boundary Next streamed after the shell: its content waits in a hidden element for a script.
const STREAMED = /<template id="B:|<div hidden id="S:/;
// Script files Next asks the browser to fetch early; a page without scripts has no use for them.
const LINK = /<link\b[^>]*>/gi;
const preloadsScript = (tag: string) =>
  /\brel="modulepreload"/i.test(tag) || (/\brel="preload"/i.test(tag) && /\bas="script"/i.test(tag));

/**
 * The stored copy of a public page that works without JavaScript, with every script taken out:
 * Next's inline scripts carry the page's flight data, a second copy of everything on it (the whole
 * text of a document), so without them a document page weighs about half. Its policy allows no
 * script (JSON-LD is data, not script). Null when the page streamed a boundary after its shell,
 * whose content only a script would show: the caller keeps the scripts and their hashes then.
 */
export function scriptFreePage(html: string, marker: string): { html: string; policy: string } | null {
  if (STREAMED.test(html)) return null;
  const out = html
    .replace(SCRIPT, (whole, open: string) => (/\stype="application\/ld\+json"/i.test(open) ? whole : ""))
    .replace(LINK, (tag) => (preloadsScript(tag) ? "" : tag));
  return { html: out.replaceAll(` nonce="${marker}"`, "").replaceAll(marker, ""), policy: policy("'none'") };
}
