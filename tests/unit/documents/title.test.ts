import { describe, expect, it } from "vitest";
import { documentTitle, titleFromFileName } from "@/lib/documents/title";

describe("a document's title and metadata, from the document itself", () => {
  it("wikitext: DISPLAYTITLE first, then a level-1 heading, never a section heading", () => {
    expect(documentTitle("{{DISPLAYTITLE:''iPhone'' history}}\n== Early life ==\nText.", "wikitext").title).toBe(
      "iPhone history",
    );
    expect(documentTitle("= The Title =\n== Section ==\nText.", "wikitext").title).toBe("The Title");
    expect(documentTitle("Intro.\n== Drug trade ==\nText.", "wikitext").title).toBeNull();
  });

  it("wikitext: an English-variety template gives the language; nothing else is guessed", () => {
    expect(documentTitle("{{Use British English|date=May 2020}}\nText.", "wikitext").metadata).toEqual({
      language: "en",
    });
    expect(documentTitle("Text without templates.", "wikitext").metadata).toEqual({});
  });

  it("markdown: the first # heading (not ##), or a setext heading, or front matter with metadata", () => {
    expect(documentTitle("Some intro\n\n## Not this\n\n# The *Real* Title\n", "markdown").title).toBe("The Real Title");
    expect(documentTitle("Setext Title\n============\n\nBody.", "markdown").title).toBe("Setext Title");
    const fm = documentTitle(
      '---\ntitle: "Front matter"\nauthor: Jane Doe\ndate: 2024-05-01\nlang: de\nurl: https://example.org/a\nlicense: CC BY 4.0\n---\n# Heading\n',
      "markdown",
    );
    expect(fm).toEqual({
      title: "Front matter",
      metadata: {
        author: "Jane Doe",
        datePublished: "2024-05-01",
        language: "de",
        originalUrl: "https://example.org/a",
        licence: "CC BY 4.0",
      },
    });
    // Values that do not fit the columns are left out, not stored wrong.
    expect(documentTitle("---\ndate: last spring\nurl: javascript:alert(1)\n---\n# T\n", "markdown").metadata).toEqual(
      {},
    );
  });

  it("essay: the first line when it stands alone and is not a sentence; 'By …' is the author", () => {
    expect(documentTitle("World War Drugs: A Title\n\nBy Junwon Park\n\nBody text.", "endnotes")).toEqual({
      title: "World War Drugs: A Title",
      metadata: { author: "Junwon Park" },
    });
    expect(documentTitle("This opens with a sentence.\n\nMore.", "text").title).toBeNull();
    expect(documentTitle("A line\ncontinued on the next line", "text").title).toBeNull();
    expect(documentTitle("   \n\n", "text").title).toBeNull();
  });

  it("a file name becomes a title without folder or extension", () => {
    expect(titleFromFileName("/tmp/in/My_report.final.md")).toBe("My report.final");
    expect(titleFromFileName("C:\\docs\\notes.txt")).toBe("notes");
    expect(titleFromFileName(".wikitext")).toBe(".wikitext");
  });
});
