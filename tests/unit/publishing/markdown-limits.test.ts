// The one Markdown renderer under hostile nesting (issue 22): a 3 KB `>`×3000 comment overflowed
// marked's stack and made the claim page, the public page and the Atom feed 500 for everyone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownDepth, markdownToText, MAX_MARKDOWN_DEPTH, renderMarkdown } from "@/lib/markdown";

describe("renderMarkdown limits", () => {
  it("shows a 3,000-deep quote as plain text instead of throwing", () => {
    const source = ">".repeat(3000) + " the claim is false";
    const html = renderMarkdown(source);
    expect(html).toBe(`<p>${"&gt;".repeat(3000)} the claim is false</p>`);
    expect(markdownToText(source, 5000)).toContain("the claim is false");
  });
  it("degrades deep lists, deep indentation and long emphasis runs the same way", () => {
    for (const source of [
      "- ".repeat(3000) + "x",
      Array.from({ length: 400 }, (_, i) => " ".repeat(i * 2) + "- x").join("\n"),
      "*".repeat(20_000) + "a" + "*".repeat(20_000),
      "[a](".repeat(5000),
    ]) {
      const html = renderMarkdown(source);
      expect(html.startsWith("<p>")).toBe(true);
      expect(html).not.toContain("<ul>");
    }
  });
  it("still renders ordinary nesting as Markdown", () => {
    expect(renderMarkdown("> quoted\n>> twice\n\n- a\n  - b")).toContain("<blockquote>");
    expect(renderMarkdown("- a\n  - b")).toMatch(/<ul>[\s\S]*<ul>/);
    expect(markdownDepth("> > > x")).toBe(3);
  });
  it("is the same renderer on public pages", async () => {
    expect((await import("@/lib/publishing")).renderMarkdown).toBe(renderMarkdown);
  });

  // Generated nesting: any mix of containers, brackets, emphasis and raw HTML at any depth.
  const opener = fc.constantFrom(
    ">",
    "> ",
    "- ",
    "* ",
    "1. ",
    "  ",
    "[",
    "![",
    "(",
    "*",
    "_",
    "**",
    "`",
    "<div>",
    "<b>",
    "<",
    "~~",
    "|",
    "#",
  );
  const doc = fc
    .tuple(
      fc.array(opener, { maxLength: 4 }),
      fc.integer({ min: 0, max: 3000 }),
      fc.string({ maxLength: 40 }),
      fc.array(fc.constantFrom("]", ")", "</div>", "*", "\n", "\n\n"), { maxLength: 3 }),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([unit, times, text, closer, lines]) => {
      const line = unit.join("").repeat(times) + text + closer.join("").repeat(Math.min(times, 500));
      return Array.from({ length: lines + 1 }, () => line).join("\n");
    });

  it("never throws, and its output stays proportional to its input (property)", () => {
    fc.assert(
      fc.property(doc, (source) => {
        const html = renderMarkdown(source);
        expect(html.length).toBeLessThanOrEqual(20 * source.length + 200);
        expect(html).not.toMatch(/<script|onerror=/i);
        expect(markdownToText(source, 300).length).toBeLessThanOrEqual(300);
        if (markdownDepth(source) > MAX_MARKDOWN_DEPTH) expect(html === "" || html.startsWith("<p>")).toBe(true);
      }),
      { numRuns: 100, seed: 22 },
    );
  });
});
