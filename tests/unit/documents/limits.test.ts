// Document limits (issue 22): the inputs that stalled the server are refused up front with the
// limit they exceed, or parsed by linear code; real documents are untouched.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOCUMENT_LIMITS, parseDocument } from "@/lib/documents/parse";
import { wikiNestingDepth } from "@/lib/documents/parse/limits";
import { AppError } from "@/lib/errors";

function refusal(text: string, format: Parameters<typeof parseDocument>[1]): AppError {
  try {
    parseDocument(text, format);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected the document to be refused");
}

describe("document limits", () => {
  it("refuses the issue's wikitext inputs naming the limit", () => {
    const nested = refusal("{{a|".repeat(20_000) + "x" + "}}".repeat(20_000), "wikitext");
    expect(nested.code).toBe("unprocessable");
    expect(nested.message).toBe(
      `document has 21 levels of nested templates or links; the limit is ${DOCUMENT_LIMITS.nesting}`,
    );
    expect(nested.details).toMatchObject({ field: "text", limit: "nesting" });
    expect(refusal("x<ref>{{cite web|title=Same}}</ref>\n".repeat(50_000), "wikitext").message).toBe(
      "document has over 20,000 <ref> citations; the limit is 2,000",
    );
    expect(refusal("== H ==\nx\n".repeat(3000), "wikitext").details).toMatchObject({ limit: "sections" });
  });
  it("refuses the issue's Markdown inputs naming the limit", () => {
    expect(refusal("![".repeat(50_000), "markdown").details).toMatchObject({ limit: "brackets" });
    const notes =
      Array.from({ length: 4000 }, (_, i) => `C${i}.[^${i}]`).join(" ") +
      "\n\n" +
      Array.from({ length: 4000 }, (_, i) => `[^${i}]: S${i}.`).join("\n");
    expect(refusal(notes, "markdown").details).toMatchObject({ limit: "citations" });
  });
  it("auto-detects 64,000 unclosed `[a` as plain text instead of stalling", () => {
    const doc = parseDocument("[a".repeat(64_000));
    expect(doc.format).toBe("text");
    expect(doc.text.length).toBe(128_000);
  });
  it("parses documents at the limits, deduplicating repeated and shortened notes", () => {
    const body = Array.from({ length: 2000 }, (_, i) => `Claim ${i}.[^${i}]`).join(" ");
    const defs = Array.from({ length: 2000 }, (_, i) =>
      i % 2
        ? `[^${i}]: Ibid., https://example.org/report-${i - 1}.`
        : `[^${i}]: Author ${i}, “Report ${i},” Publisher, 2001, https://example.org/report-${i}.`,
    );
    const doc = parseDocument(`${body}\n\n${defs.join("\n")}`, "markdown");
    expect(doc.citations).toHaveLength(2000);
    expect(doc.sources).toHaveLength(1000); // each odd note repeats the even one before it by URL
    const short = parseDocument(
      "A.[^1] B.[^2]\n\n[^1]: Jane Roe, “The Cocaine Trade in the Americas,” State Dept, 1998.\n[^2]: “The Cocaine Trade,” p. 4.",
      "markdown",
    );
    expect(short.sources).toHaveLength(1); // a shortened title is the same source
  });
  it("measures template and link nesting in one pass", () => {
    expect(wikiNestingDepth("{{a|{{b|[[c]]}}}} {{d}}")).toBe(3);
    expect(wikiNestingDepth("}} ]] {{x}}")).toBe(1);
  });
  it("leaves the demo corpus within every limit", () => {
    for (const file of ["cia-transnational-crime.wikitext", "world-war-drugs.txt"]) {
      const text = fs.readFileSync(path.resolve("prisma/demo", file), "utf8");
      expect(parseDocument(text).citations.length).toBeGreaterThan(10);
    }
  });
});
