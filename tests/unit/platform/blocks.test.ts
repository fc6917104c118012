import { describe, expect, it } from "vitest";
import { layoutBlocks } from "@/lib/documents/blocks";

const text = "Title\n\nFirst para. Second sentence.\n\nA quote here.\n\n• item one";
const sections = [{ title: "Title", level: 1, start: 0, end: text.length }];
const quoteStart = text.indexOf("A quote");
const quotations = [{ start: quoteStart, end: quoteStart + "A quote here.".length }];

describe("layoutBlocks", () => {
  it("classifies headings, quotations, list items and paragraphs with offsets", () => {
    const blocks = layoutBlocks(text, sections, quotations, []);
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "quote", "item"]);
    for (const b of blocks)
      expect(b.segments.map((s) => (s.kind === "text" ? s.text : "")).join("")).toBe(text.slice(b.start, b.end));
  });
  it("places citations at their positions and numbers them by source in order of first appearance", () => {
    const p = text.indexOf(" Second");
    const end = text.indexOf("\n\nA quote");
    const blocks = layoutBlocks(text, sections, quotations, [
      { id: "c2", position: end, sourceId: "s1" },
      { id: "c1", position: p, sourceId: "s2" },
      { id: "c3", position: end, sourceId: "s2" },
    ]);
    const para = blocks[1];
    const shape = para.segments.map((s) => (s.kind === "text" ? s.text : `[${s.n}]`));
    expect(shape).toEqual(["First para.", "[1]", " Second sentence.", "[2]", "[1]"]);
  });
});

describe("layoutBlocks with claim highlights", () => {
  it("splits text at overlapping highlight boundaries and lists the covering claims", () => {
    const t = "Alpha beta gamma delta.";
    const blocks = layoutBlocks(
      t,
      [],
      [],
      [],
      [
        { id: "a", start: 0, end: 10 }, // "Alpha beta"
        { id: "b", start: 6, end: 16 }, // "beta gamma"
      ],
    );
    const runs = blocks[0].segments.map((s) => (s.kind === "text" ? [s.text, s.claims.join("+")] : null));
    expect(runs).toEqual([
      ["Alpha ", "a"],
      ["beta", "a+b"],
      [" gamma", "b"],
      [" delta.", ""],
    ]);
  });
});
