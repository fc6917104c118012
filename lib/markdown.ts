// The one Markdown renderer (review rationales, comments; desk and public pages, feeds): `marked`
// renders, `sanitize-html` keeps an allowlist, links can't run script or reach the opener.
// marked recurses once per nesting level (`>`×3000 overflows the stack) and is superlinear on
// long delimiter runs and deep indentation, so input past those limits is shown as plain text:
// a stored value can always be displayed (and so deleted), and rendering never throws.
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/** Deepest block nesting (quotes, list items, indented lists) rendered as Markdown. */
export const MAX_MARKDOWN_DEPTH = 16;
/** Longest run of one emphasis/code delimiter rendered as Markdown. */
export const MAX_DELIMITER_RUN = 64;
/** Most link/image openings (`](`) rendered: marked's link scan is quadratic in unclosed ones. */
export const MAX_LINK_OPENINGS = 1000;
/** Longest source rendered as Markdown (rationales are ≤ 20,000 characters, comments ≤ 10,000). */
export const MAX_MARKDOWN_CHARS = 100_000;

// Own instance: extensions others register on the global `marked` must not change our output.
const md = new Marked({ gfm: true, breaks: false });

const BASE_TAGS = [
  "p",
  "br",
  "strong",
  "em",
  "b",
  "i",
  "del",
  "s",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "a",
  "hr",
  "sup",
  "sub",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
];

const CONTAINER = /^ {0,3}(?:>|[-*+](?=\s|$)|\d{1,9}[.)](?=\s|$))\s?/;

/** How deeply the source nests blocks: container markers at a line's start, plus list indentation. */
export function markdownDepth(source: string): number {
  let max = 0;
  let start = 0;
  while (start <= source.length) {
    let end = source.indexOf("\n", start);
    if (end < 0) end = source.length;
    let line = source.slice(start, end);
    const indent = line.length - line.trimStart().length;
    let depth = Math.floor(indent / 2);
    for (let m = CONTAINER.exec(line); m && depth <= MAX_MARKDOWN_DEPTH; m = CONTAINER.exec(line)) {
      depth++;
      line = line.slice(m[0].length);
    }
    if (depth > max) max = depth;
    if (max > MAX_MARKDOWN_DEPTH) return max;
    start = end + 1;
  }
  return max;
}

function longestDelimiterRun(source: string): number {
  let longest = 0;
  for (const m of source.matchAll(/([*_~`])\1*/g)) if (m[0].length > longest) longest = m[0].length;
  return longest;
}

/** Why `source` is shown as plain text instead of rendered, or null. */
export function plainTextReason(source: string): string | null {
  if (source.length > MAX_MARKDOWN_CHARS) return `longer than ${MAX_MARKDOWN_CHARS} characters`;
  if (markdownDepth(source) > MAX_MARKDOWN_DEPTH) return `nested more than ${MAX_MARKDOWN_DEPTH} levels deep`;
  if (longestDelimiterRun(source) > MAX_DELIMITER_RUN) return `a run of more than ${MAX_DELIMITER_RUN} emphasis marks`;
  if (source.split("](", MAX_LINK_OPENINGS + 2).length > MAX_LINK_OPENINGS + 1)
    return `more than ${MAX_LINK_OPENINGS} links`;
  return null;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The source as escaped paragraphs: what Markdown degrades to. Linear, cannot throw. */
export function plainTextHtml(source: string): string {
  return source
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br />")}</p>`)
    .join("\n");
}

function parse(source: string): string | null {
  if (plainTextReason(source)) return null;
  try {
    return md.parse(source, { async: false }) as string;
  } catch {
    return null; // a marked bug on some input we did not foresee: still show the words
  }
}

/**
 * Markdown → sanitized HTML. `topHeading` is the highest heading level allowed in the output:
 * higher ones are demoted so a rationale cannot break the page's outline.
 */
export function renderMarkdown(source: string, opts: { topHeading?: 2 | 3 | 4 } = {}): string {
  const text = String(source ?? "");
  const html = parse(text);
  if (html === null) return plainTextHtml(text);
  const top = opts.topHeading ?? 3;
  const headings = [1, 2, 3, 4, 5, 6].filter((n) => n >= top).map((n) => `h${n}`);
  const demote: Record<string, string> = {};
  for (let n = 1; n < top; n++) demote[`h${n}`] = `h${top}`;
  try {
    return sanitizeHtml(html, {
      allowedTags: [...BASE_TAGS, ...headings],
      allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"], ol: ["start"] },
      allowedSchemes: ["http", "https", "mailto"],
      allowedSchemesAppliedToAttributes: ["href"],
      allowProtocolRelative: false,
      disallowedTagsMode: "discard",
      nestingLimit: 64, // raw HTML nested deeper than any rationale needs is dropped, not rendered
      transformTags: {
        ...demote,
        // Links written by reviewers are not endorsements, and must not get a handle on this window.
        a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener" }),
      },
    });
  } catch {
    return plainTextHtml(text);
  }
}

/** Markdown → one line of plain text (feed summaries, meta descriptions). */
export function markdownToText(source: string, max = 300): string {
  const raw = String(source ?? "");
  const html = parse(raw);
  let text: string;
  try {
    text = html === null ? raw : sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  } catch {
    text = raw;
  }
  text = text
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? text.slice(0, max - 1).replace(/\s+\S*$/, "") + "…" : text;
}
