// Public pages and feeds render Markdown through the one renderer (lib/markdown): its depth and
// size limits, sanitizer allowlist and plain-text fallback apply everywhere.
export { renderMarkdown, markdownToText } from "@/lib/markdown";
