// Whatever is fed in — random strings, markup soup, truncated corpus files — parseDocument
// returns a consistent document and never throws.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, type DocumentFormat, type ParsedDocument } from "@/lib/documents/parse";

const demo = (f: string) => fs.readFileSync(path.resolve(__dirname, "../../../prisma/demo", f), "utf8");
const WIKI = demo("cia-transnational-crime.wikitext");
const ESSAY = demo("world-war-drugs.txt");
const FORMATS: (DocumentFormat | "auto")[] = ["auto", "wikitext", "endnotes", "markdown", "text"];

function checkInvariants(input: string, doc: ParsedDocument): void {
  const n = doc.text.length;
  const keys = new Set(doc.sources.map((s) => s.key));
  expect(keys.size).toBe(doc.sources.length); // keys are unique
  for (const c of doc.citations) {
    expect(c.position).toBeGreaterThanOrEqual(0);
    expect(c.position).toBeLessThanOrEqual(n);
    expect(keys.has(c.sourceKey)).toBe(true);
  }
  let prev = 0;
  for (const s of doc.sections) {
    expect(s.start).toBeGreaterThanOrEqual(prev);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(s.end).toBeLessThanOrEqual(n);
    expect(doc.text.startsWith(s.title, s.start)).toBe(true);
    prev = s.start;
  }
  for (const q of doc.quotations) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.start).toBeLessThanOrEqual(q.end);
    expect(q.end).toBeLessThanOrEqual(n);
  }
  for (const f of doc.flags) expect(f.position >= 0 && f.position <= n).toBe(true);
  for (const w of doc.warnings) expect(w.position >= 0 && w.position <= input.length).toBe(true);
  // The placeholder the text builder uses for markers never leaks into the text.
  expect(doc.text.includes("\uE000")).toBe(false);
}

function parseAll(input: string, formats = FORMATS): void {
  for (const f of formats) checkInvariants(input, parseDocument(input, f));
}

// prettier-ignore
const WIKI_TOKENS = [
  "<ref>", "</ref>", '<ref name="a">', '<ref name="a" />', "<ref name=b/>", "<ref name=b>", "{{", "}}", "|", "=",
  "{{cite web|url=http://x.com|title=T|last=L|first=F}}", "{{citation|title=Q|date=May 2001}}", "[[", "]]",
  "[[A|B]]", "[[C]]", "== H ==\n", "=== H3 ===\n", "\n", "\n\n", "'''", "''", "<blockquote>", "</blockquote>",
  "{{quote|", "{{cn}}", "{{essay-like}}", "* ", "# ", ":", ";", "[http://x.com t]", "http://y.org/p", "<!--", "-->",
  "&nbsp;", "&#x41;", "&bogus;", "text ", "word", ".", ",", "{|", "\n|-", "\n|", "||", "\n|}", "<br/>",
  "<references/>", "{{Reflist}}", "[[Category:X]]", "[[File:a.png|thumb|c]]", "__TOC__", "{{{1}}}", "<span>",
  "</span>", "\u00a0", "\uE000", "<poem>", "</poem>", "{{r|a}}", "{{sfn|Smith|2001|p=4}}", "----", " ",
];
// prettier-ignore
const ESSAY_TOKENS = [
  "[1]", "[2]", "[3-4]", "[5, 6]", "[99]", "[1-200]", "Notes:", "Notes", "References", "\n", "\n\n", "[1] ",
  "“Title,” Publisher, May 2, 2020, www.example.com/a. ", "Ibid.", "Word ", "Heading", ".", "__", "\u2013", "\uE000",
];
// prettier-ignore
const MD_TOKENS = [
  "# ", "## ", "\n", "\n\n", "[^1]", "[^x]", "[^1]: ", "[^x]: ", "[t](http://u.com/a_b)", "![i](p.png)", "**", "*",
  "_", "~~", "`", "```", "> ", "- ", "1. ", "| a | b |", "|---|---|", "---", "===", "<https://a.b>", "\\*", "text ",
  "[r][]", "[r]: http://r.com", "<!--", "-->", "&amp;", "\uE000",
];

const soup = (tokens: string[]) => fc.array(fc.constantFrom(...tokens), { maxLength: 80 }).map((a) => a.join(""));

describe("parseDocument on arbitrary input", () => {
  it("holds its invariants on random strings in every format", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => parseAll(s)),
      { numRuns: 150 },
    );
  });

  it("holds its invariants on wikitext-ish token soup, and leaves no markup in the text", () => {
    fc.assert(
      fc.property(soup(WIKI_TOKENS), (s) => {
        const doc = parseDocument(s, "wikitext");
        checkInvariants(s, doc);
        expect(doc.text).not.toMatch(/<ref|\{\{|\}\}|\[\[|\]\]/i);
      }),
      { numRuns: 300 },
    );
  });

  it("holds its invariants on endnote-ish and markdown-ish soup", () => {
    fc.assert(
      fc.property(soup(ESSAY_TOKENS), (s) => parseAll(s, ["auto", "endnotes", "text"])),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(soup(MD_TOKENS), (s) => parseAll(s, ["auto", "markdown"])),
      { numRuns: 200 },
    );
  });

  it("holds its invariants on truncated prefixes of both corpus files", () => {
    fc.assert(
      fc.property(fc.nat({ max: WIKI.length }), (n) => {
        const s = WIKI.slice(0, n);
        const doc = parseDocument(s, "wikitext");
        checkInvariants(s, doc);
        expect(doc.text).not.toMatch(/<ref|\{\{|\}\}|\[\[|\]\]/i);
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(fc.nat({ max: ESSAY.length }), (n) => parseAll(ESSAY.slice(0, n), ["auto", "endnotes"])),
      { numRuns: 100 },
    );
  });

  it("reports a truncated ref or template instead of failing", () => {
    const cut = WIKI.indexOf(
      "{{citation | url = https://www.cia.gov/offices-of-cia/intelligence-analysis/organization-1/the-cia",
    );
    const doc = parseDocument(WIKI.slice(0, cut + 40), "wikitext");
    expect(doc.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["unclosed_template", "unbalanced_ref"]));
    expect(doc.citations).toHaveLength(1);
  });
});
