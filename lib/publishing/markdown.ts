// Reviewers write rationales in Markdown; the public sees it as HTML only after a strict
// allowlist sanitizer, because the Markdown itself may contain raw HTML.
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Own instance: extensions others register on the global `marked` must not change our output.
const md = new Marked({ gfm: true, breaks: false });

const BASE_TAGS = ["p", "br", "strong", "em", "b", "i", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a", "hr", "sup", "sub", "table", "thead", "tbody", "tr", "th", "td"];

/**
 * Markdown → sanitized HTML. `topHeading` is the highest heading level allowed in the output:
 * higher ones are demoted so a rationale cannot break the page's outline.
 */
export function renderMarkdown(source: string, opts: { topHeading?: 2 | 3 | 4 } = {}): string {
  const top = opts.topHeading ?? 3;
  const html = md.parse(source, { async: false });
  const headings = [1, 2, 3, 4, 5, 6].filter((n) => n >= top).map((n) => `h${n}`);
  const demote: Record<string, string> = {};
  for (let n = 1; n < top; n++) demote[`h${n}`] = `h${top}`;
  return sanitizeHtml(html, {
    allowedTags: [...BASE_TAGS, ...headings],
    allowedAttributes: { a: ["href", "title", "rel"], th: ["align"], td: ["align"], ol: ["start"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    transformTags: {
      ...Object.fromEntries(Object.entries(demote).map(([from, to]) => [from, to])),
      // Links written by reviewers are not endorsements, and must not get a handle on this window.
      a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener" }),
    },
  });
}

/** Markdown → one line of plain text (feed summaries, meta descriptions). */
export function markdownToText(source: string, max = 300): string {
  const html = md.parse(source, { async: false });
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? text.slice(0, max - 1).replace(/\s+\S*$/, "") + "…" : text;
}
