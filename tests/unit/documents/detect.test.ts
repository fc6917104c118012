import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat, parseDocument } from "@/lib/documents/parse";

const demo = (f: string) => fs.readFileSync(path.resolve(__dirname, "../../../prisma/demo", f), "utf8");

describe("detectFormat", () => {
  it("recognises the two corpus documents", () => {
    expect(detectFormat(demo("cia-transnational-crime.wikitext"))).toBe("wikitext");
    expect(detectFormat(demo("world-war-drugs.txt"))).toBe("endnotes");
  });

  it.each([
    ["a <ref>x</ref>", "wikitext"],
    ["see {{cite web|url=x}}", "wikitext"],
    ["a [[link]]", "wikitext"],
    ["== Heading ==\ntext", "wikitext"],
    ["'''bold''' text", "wikitext"],
    ["# Heading\n\ntext", "markdown"],
    ["claim[^1]\n\n[^1]: note", "markdown"],
    ["a [link](https://x.example)", "markdown"],
    ["some **strong** words", "markdown"],
    ["Body.[1]\n\nNotes:\n[1] A note.", "endnotes"],
    ["Body.[2-3]\n\nReferences\n\n[2] A.\n[3] B.", "endnotes"],
    ["Just a paragraph.\n\nAnd another one.", "text"],
    ["", "text"],
  ] as const)("%j → %s", (input, format) => {
    expect(detectFormat(input)).toBe(format);
  });

  it("needs markers in the body and a notes heading with [n] lines for endnotes", () => {
    expect(detectFormat("A year [2020] in brackets.")).toBe("text");
    expect(detectFormat("Body.[1]\n\n[1] A note without a heading.")).toBe("text");
    expect(detectFormat("Body without markers.\n\nNotes:\n[1] A note.")).toBe("text");
  });
});

describe("parseDocument format selection", () => {
  it("auto-detects, and honours an explicit format", () => {
    expect(parseDocument("a [[b]] c").format).toBe("wikitext");
    expect(parseDocument("a [[b]] c", "auto").text).toBe("a b c");
    expect(parseDocument("a [[b]] c", "text").text).toBe("a [[b]] c");
  });

  it("normalizes CRLF line endings before parsing", () => {
    const doc = parseDocument("Title\r\n\r\nFirst para\r\nwraps here.\r\n\r\nSecond para.", "text");
    expect(doc.text).toBe("Title\n\nFirst para wraps here.\n\nSecond para.");
  });

  it("returns an empty document for empty input", () => {
    for (const f of ["wikitext", "endnotes", "markdown", "text"] as const) {
      expect(parseDocument("", f)).toEqual({
        format: f,
        text: "",
        sections: [],
        sources: [],
        citations: [],
        flags: [],
        warnings: [],
        quotations: [],
      });
    }
  });
});
