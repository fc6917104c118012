import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/documents/parse";

const MD = `# Title here

Some **bold** and _italic_ text with a [link](https://x.com/a_b), snake_case and 2 * 3.[^1] More text[^smith].

## Section *two*

> Quoted line one
> continues here.[^1]
>
> Second quote para.

- item one
- item **two**[^3]
1. numbered

Setext heading
--------------

| a | b |
|---|---|
| 1 | 2 |

\`\`\`
code *not* stripped
\`\`\`

Escaped \\*star\\*, \`a*b*c\`, <https://auto.link/x> and ![an image](p.png)&amp;co.

[^1]: Jane Doe, “A Title,” Example Press, March 3, 2020, https://example.com/a.
[^smith]: Smith, [The Book](https://books.example/b) (2001).
[^unused]: Nothing here.
[^dup]: “A Title,” Example Press.
`;

describe("markdown", () => {
  const doc = parseDocument(MD);

  it("is detected and rendered as the reader's text", () => {
    expect(doc.format).toBe("markdown");
    expect(doc.text).toBe(
      [
        "Title here",
        "Some bold and italic text with a link, snake_case and 2 * 3. More text.",
        "Section two",
        "Quoted line one continues here.",
        "Second quote para.",
        "• item one\n• item two\n1. numbered",
        "Setext heading",
        "a | b\n1 | 2\ncode *not* stripped",
        "Escaped *star*, a*b*c, https://auto.link/x and &co.",
      ].join("\n\n"),
    );
  });

  it("makes sections from # and setext headings", () => {
    expect(doc.sections.map((s) => [s.level, s.title, doc.text.slice(s.start, s.start + s.title.length)])).toEqual([
      [1, "Title here", "Title here"],
      [2, "Section two", "Section two"],
      [2, "Setext heading", "Setext heading"],
    ]);
    expect(doc.sections[0].end).toBe(doc.text.length);
    expect(doc.sections[1].end).toBe(doc.text.indexOf("1. numbered") + "1. numbered".length);
  });

  it("keeps blockquotes as one quotation", () => {
    expect(doc.quotations.map((q) => doc.text.slice(q.start, q.end))).toEqual([
      "Quoted line one continues here.\n\nSecond quote para.",
    ]);
  });

  it("cites footnotes only, at the marker, with the definition as the source", () => {
    const before = (i: number) => doc.text.slice(0, doc.citations[i].position).slice(-8);
    expect(doc.citations.map((c) => [c.label, c.sourceKey])).toEqual([
      ["1", "1"],
      ["smith", "smith"],
      ["1", "1"],
    ]);
    expect([0, 1, 2].map(before)).toEqual(["d 2 * 3.", "ore text", "es here."]);
    expect(doc.sources).toEqual([
      {
        key: "1",
        title: "A Title",
        authors: ["Jane Doe"],
        publisher: "Example Press",
        date: "2020-03-03",
        url: "https://example.com/a",
        raw: "Jane Doe, “A Title,” Example Press, March 3, 2020, https://example.com/a.",
      },
      {
        key: "smith",
        title: "Smith, The Book",
        authors: [],
        date: "2001",
        url: "https://books.example/b",
        raw: "Smith, [The Book](https://books.example/b) (2001).",
      },
      { key: "unused", title: "Nothing here", authors: [], raw: "Nothing here." },
    ]);
    // [^dup] repeats [^1]'s title, so it folded into source "1" rather than adding one.
    expect(doc.text).not.toContain("Nothing here");
  });

  it("warns about undefined and unused footnotes", () => {
    expect(doc.warnings).toEqual([
      { code: "missing_note", message: "footnote [^3] has no definition", position: MD.indexOf("[^3]") },
      { code: "unused_note", message: "footnote [^unused] is never cited", position: MD.indexOf("[^unused]:") },
      { code: "unused_note", message: "footnote [^dup] is never cited", position: MD.indexOf("[^dup]:") },
    ]);
  });

  it("reads reference-style links and multi-line footnote definitions", () => {
    const d = parseDocument(
      "See [the report][r] and [this][].[^a]\n\n[r]: https://r.example\n[this]: https://t.example\n[^a]: Roe, “Long Title\n    Continued,” Pub, 2010.",
      "markdown",
    );
    expect(d.text).toBe("See the report and this.");
    expect(d.sources).toEqual([
      {
        key: "a",
        title: "Long Title Continued",
        authors: ["Roe"],
        publisher: "Pub",
        date: "2010",
        raw: "Roe, “Long Title Continued,” Pub, 2010.",
      },
    ]);
  });
});

describe("markdown warning offsets", () => {
  it("point at the footnote marker in the input, past code spans, emphasis and link text", () => {
    const input = "Intro `code` **bold** [a *b*](http://l.example) x[^nope] and [see [^gone]](http://l2.example).";
    const d = parseDocument(input, "markdown");
    expect(d.text).toBe("Intro code bold a b x and see.");
    expect(d.warnings.map((w) => [w.code, w.position])).toEqual([
      ["missing_note", input.indexOf("[^nope]")],
      ["missing_note", input.indexOf("[^gone]")],
    ]);
  });
});
