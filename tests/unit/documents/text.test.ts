import { describe, expect, it } from "vitest";
import { normalizeUrl, parseDocument } from "@/lib/documents/parse";

describe("plain text", () => {
  const input = [
    "A Short Title",
    "",
    "First paragraph, hard-wrapped",
    "across two   lines.",
    "",
    "Background",
    "",
    "- a list item",
    "- another item",
    "2) numbered",
    "",
    "A line that ends like a sentence.",
    "",
    "***",
    "",
    "Last words",
  ].join("\n");
  const doc = parseDocument(input, "text");

  it("joins wrapped lines, keeps list lines, drops separators, has no citations", () => {
    expect(doc.text).toBe(
      "A Short Title\n\nFirst paragraph, hard-wrapped across two lines.\n\nBackground\n\n• a list item\n• another item\n2) numbered\n\nA line that ends like a sentence.\n\nLast words",
    );
    expect(doc.citations).toEqual([]);
    expect(doc.sources).toEqual([]);
  });

  it("takes the first short line as the title and short standalone lines between paragraphs as headings", () => {
    expect(doc.sections.map((s) => [s.level, s.title])).toEqual([
      [1, "A Short Title"],
      [2, "Background"],
    ]);
    // "Last words" closes the document: not a heading.
    expect(doc.sections[1]).toMatchObject({ start: doc.text.indexOf("Background"), end: doc.text.length });
  });
});

describe("normalizeUrl", () => {
  it.each([
    ["HTTP://WWW.Example.COM/a/b/?utm_source=x&id=2&fbclid=abc&gclid=1#frag", "http://example.com/a/b?id=2"],
    [
      "https://www.nytimes.com/2009/10/19/world/asia/19taliban.html?_r=1&hp",
      "https://nytimes.com/2009/10/19/world/asia/19taliban.html?_r=1&hp",
    ],
    ["http://www.cfr.org/publication/11457/#", "http://cfr.org/publication/11457"],
    ["https://example.com/", "https://example.com"],
    ["www.cdc.gov/nchs/", "https://cdc.gov/nchs"],
    ["  https://Example.com/Path?UTM_Campaign=1  ", "https://example.com/Path"],
  ])("%s → %s", (url, expected) => {
    expect(normalizeUrl(url)).toBe(expected);
  });

  it("makes the same key for the same page written differently, and never throws", () => {
    expect(normalizeUrl("http://www.unodc.org/pdf/x.pdf")).toBe(normalizeUrl("http://unodc.org/pdf/x.pdf/"));
    expect(normalizeUrl("not a url at all")).toBe("not a url at all");
    expect(normalizeUrl("")).toBe("");
  });
});
