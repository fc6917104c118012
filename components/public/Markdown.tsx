import { renderMarkdown } from "@/lib/markdown";

// Tailwind has no typography plugin here: a few descendant styles make rendered Markdown readable.
const PROSE =
  "space-y-3 leading-relaxed [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-stone-300 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1 [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_table]:my-3 [&_table]:border-collapse [&_td]:border [&_td]:border-stone-300 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-stone-300 [&_th]:bg-stone-100 [&_th]:px-2 [&_th]:py-1 [&_ul]:list-disc [&_ul]:pl-6";

/** Markdown through the sanitizer (lib/markdown.ts, the desk's too): the only HTML injected on public pages. */
export function Markdown({
  source,
  topHeading = 3,
  className = "",
}: {
  source: string;
  topHeading?: 2 | 3 | 4;
  className?: string;
}) {
  return (
    <div
      className={`${PROSE} ${className}`}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source, { topHeading }) }}
    />
  );
}
