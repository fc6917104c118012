// Large wikitext is parsed in pieces (wikiparser-node is superlinear in document size); the
// pieces must add up to exactly what one parse of the whole gives.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseWikitext } from "@/lib/documents/parse/wikitext";
import { splitWikitext } from "@/lib/documents/parse/wikitext-chunks";

const demo = fs.readFileSync(path.resolve("prisma/demo/cia-transnational-crime.wikitext"), "utf8");

describe("wikitext in pieces", () => {
  it("gives the same text, sections, sources, citations, quotations and warnings as one parse", () => {
    const big = `${demo}\n${demo.replace(/Kerry/g, "Kerry II")}`;
    const pieces = splitWikitext(big, 300);
    expect(pieces.length).toBeGreaterThan(5);
    expect(parseWikitext(big, 300)).toEqual(parseWikitext(big, Number.MAX_SAFE_INTEGER));
  });
  it("never cuts inside a template, link, table, comment or <ref>", () => {
    const text = `a\n{{quote|\n${"x\n".repeat(50)}}}\n<ref>\n${"y\n".repeat(50)}</ref>\n<!--\n${"z\n".repeat(50)}-->\n{|\n${"|c\n".repeat(50)}|}\n[[Link|\n${"w\n".repeat(50)}]]\nend\n`;
    const pieces = splitWikitext(text, 10);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    for (const p of pieces) {
      expect(p.text.split("{{").length).toBe(p.text.split("}}").length);
      expect(p.text.split("<ref>").length).toBe(p.text.split("</ref>").length);
      expect(p.text.split("<!--").length).toBe(p.text.split("-->").length);
      expect(p.text.split("{|").length).toBe(p.text.split("|}").length);
      expect(text.slice(p.offset, p.offset + p.text.length)).toBe(p.text);
    }
  });
});
