// Checks a request URL before any page sees it: Next decodes path segments for params, and a
// malformed escape (`/claims/%FF`) or a decoded NUL byte otherwise surfaces as a 500 deep inside
// a render or a query. Pure (runs in proxy.ts).
import { stringProblem } from "./input";

function decodeStrict(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Why this URL is a bad request, or null. `path` is the raw (still encoded) pathname. */
export function badUrlReason(path: string, search: string): string | null {
  for (const segment of path.split("/")) {
    const decoded = decodeStrict(segment);
    if (decoded === null) return "the path has malformed percent-encoding";
    const problem = stringProblem(decoded, 2000);
    if (problem) return `a path segment ${problem}`;
  }
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (!pair) continue;
    const [key, value = ""] = pair.split("=", 2).map((p) => decodeStrict(p.replace(/\+/g, " ")));
    if (key === null || value === null) return "the query string has malformed percent-encoding";
    const problem = stringProblem(value, 10_000);
    if (problem) return `query parameter ${JSON.stringify(key.slice(0, 40))} ${problem}`;
  }
  return null;
}

/** The HSTS header value when the public origin is https, else null (plain http must not send it). */
export function hstsHeader(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}
