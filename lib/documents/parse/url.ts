// URL helpers: the dedupe key (normalizeUrl) and URL discovery in free-text citations.

const TRACKING = /^(utm_.*|fbclid|gclid)$/i;

/**
 * Dedupe key for a URL: lowercase scheme and host, no "www.", no trailing slash, no fragment, no
 * utm_* / fbclid / gclid parameters. http and https stay distinct (as specified). Never throws:
 * unparseable input comes back trimmed.
 */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return trimmed;
  }
  if (!u.host) return trimmed.replace(/#.*$/, "");
  const host = u.host.toLowerCase().replace(/^www\./, "");
  // Filter the raw pairs (not URLSearchParams) so the kept parameters keep their encoding.
  const pairs = u.search
    .replace(/^\?/, "")
    .split("&")
    .filter((p) => p && !TRACKING.test(decodeName(p)));
  const search = pairs.length ? `?${pairs.join("&")}` : "";
  const path = u.pathname.replace(/\/+$/, "");
  return `${u.protocol.toLowerCase()}//${host}${path}${search}`;
}

// Characters that end a URL found in prose: whitespace, quotes, angle brackets.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/gi;

/** URLs in free text, with trailing sentence punctuation removed and "www." given https://. */
export function findUrls(text: string): { url: string; index: number; length: number }[] {
  const out: { url: string; index: number; length: number }[] = [];
  for (const m of text.matchAll(URL_RE)) {
    let raw = m[0];
    // A closing bracket belongs to the URL only when the URL opened one (Wikipedia-style titles).
    while (/[.,;:!?'’)\]]$/.test(raw)) {
      if (/[)\]]$/.test(raw) && count(raw, raw.endsWith(")") ? "(" : "[") >= count(raw, raw.slice(-1))) break;
      raw = raw.slice(0, -1);
    }
    if (raw.length < 8) continue;
    out.push({ url: /^www\./i.test(raw) ? `https://${raw}` : raw, index: m.index, length: raw.length });
  }
  return out;
}

function decodeName(pair: string): string {
  const name = pair.split("=")[0];
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
