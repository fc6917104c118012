import { describe, expect, it } from "vitest";
import { DEFAULT_RATINGS } from "@/lib/workspaces/rating-scale";
import { contrastRatio, safeColor, textOn, tint } from "@/lib/publishing/colors";
import { jsonForScript } from "@/lib/publishing/jsonld";
import { markdownToText, renderMarkdown } from "@/lib/markdown";
import { countRatings, distribution } from "@/lib/publishing/ratings";
import { publicPaths } from "@/lib/publishing/urls";
import { isRetraction, safeHref } from "@/lib/publishing/visibility";
import { escapeXml } from "@/lib/publishing/xml";
import { assertWellFormedXml } from "./xml-check";

describe("renderMarkdown", () => {
  it("renders Markdown and strips scripts, handlers and unsafe links", () => {
    const html = renderMarkdown(
      '**bold** <script>alert(1)</script> <img src=x onerror=alert(1)> [ok](https://ex.org/a) [bad](javascript:alert(1)) <a href="//evil.example">pr</a> <iframe src=x></iframe>',
    );
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toMatch(/<script|onerror|<img|javascript:|<iframe|evil\.example/);
    expect(html).toContain('<a href="https://ex.org/a" rel="nofollow noopener">ok</a>');
  });
  it("links always get rel=nofollow noopener, replacing what the author wrote", () => {
    expect(renderMarkdown('<a href="https://x.org" rel="me" target="_blank">x</a>')).toBe(
      '<p><a href="https://x.org" rel="nofollow noopener">x</a></p>\n',
    );
  });
  it("demotes headings above the allowed level and keeps tables", () => {
    const html = renderMarkdown("# Big\n\n## Mid\n\n| a | b |\n| --- | --- |\n| 1 | 2 |", { topHeading: 3 });
    expect(html).toMatch(/<h3>Big<\/h3>\s*<h3>Mid<\/h3>/);
    expect(html).toContain("<table>");
    expect(renderMarkdown("## Mid", { topHeading: 2 })).toContain("<h2>Mid</h2>");
  });
  it("plain text for summaries", () => {
    expect(markdownToText("**A** & <b>b</b> [link](https://x.org)\n\nnext")).toBe("A & b link next");
    expect(markdownToText("word ".repeat(100), 20).length).toBeLessThanOrEqual(20);
  });
});

describe("verdict colours", () => {
  it("badge text reaches 4.5:1 on every default rating colour and on arbitrary colours", () => {
    for (const c of [...DEFAULT_RATINGS.map((r) => r.color), "#ffff00", "#000080", "#777777", "#808080"]) {
      expect(contrastRatio(c, textOn(c))).toBeGreaterThanOrEqual(4.5);
    }
  });
  it("rejects anything that is not a 6-digit hex colour", () => {
    expect(safeColor("red; background:url(x)")).toBe("#6b7280");
    expect(safeColor("#1A7F37")).toBe("#1a7f37");
    expect(tint("#1a7f37")).toBe("#1a7f3733");
  });
});

describe("escaping", () => {
  it("JSON-LD cannot close its script tag", () => {
    const s = jsonForScript({ a: "</script><script>alert(1)</script>", b: "a & b \u2028" });
    expect(s).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(s)).toEqual({ a: "</script><script>alert(1)</script>", b: "a & b \u2028" });
  });
  it("XML text is escaped and control characters dropped", () => {
    expect(escapeXml(`<a href="x">&'\u0001\u0008ok`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;ok");
    assertWellFormedXml(`<r a="${escapeXml('"<&>')}">${escapeXml("</r><r>")}</r>`);
    expect(() => assertWellFormedXml("<r>a & b</r>")).toThrow(/bare "&"/);
    expect(() => assertWellFormedXml("<r><s></r></s>")).toThrow(/mismatched/);
  });
  it("only http(s) links are followed", () => {
    expect(safeHref("https://ex.org/a b")).toBe("https://ex.org/a%20b");
    for (const bad of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      " data:text/html,x",
      "//evil.example",
      "ftp://x",
      "",
      null,
    ])
      expect(safeHref(bad)).toBeUndefined();
  });
});

describe("rating distribution", () => {
  const scale = DEFAULT_RATINGS.map((r, position) => ({ ...r, id: `r${position}`, position }));
  it("keeps the scale's order with zeros, then ratings from other scales, then unrated", () => {
    const old = { ...scale[0], id: "old", label: "Old" };
    const d = distribution(
      scale,
      countRatings([
        { rating: scale[4] },
        { rating: scale[4] },
        { rating: old },
        { rating: null },
        { rating: scale[0] },
      ]),
    );
    expect(d.map((x) => [x.rating?.label ?? null, x.count])).toEqual([
      ["Supported", 1],
      ["Mostly supported", 0],
      ["Contested", 0],
      ["Mostly unsupported", 0],
      ["Refuted", 2],
      ["Unverifiable", 0],
      ["Old", 1],
      [null, 1],
    ]);
  });
});

describe("public paths", () => {
  it("encode ids and build the document anchor and search query", () => {
    const p = publicPaths("demo");
    expect(p.document("d1", "c1")).toBe("/w/demo/documents/d1#claim-c1");
    expect(p.claim("a/b")).toBe("/w/demo/claims/a%2Fb");
    expect(p.search({ q: "a b", page: 2, tag: undefined, rating: "" })).toBe("/w/demo/search?q=a+b&page=2");
    expect(p.dataset).toBe("/api/v1/workspaces/demo/export?format=json");
    expect(isRetraction({ kind: "retraction" })).toBe(true);
    // Recognised by kind, never by its text.
    expect(
      isRetraction({ kind: "correction", whatChanged: "Retracted the earlier claim about X." } as { kind: string }),
    ).toBe(false);
  });
});
