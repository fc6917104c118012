// Bold and italic kept as marks (issue 16): the layout cuts text runs at every mark and highlight
// boundary, so marks overlapping claim highlights neither move a claim's offsets nor lose a mark,
// and the one renderer of annotated text (components/documents/AnnotatedText.tsx) wraps each run
// in <strong>/<em> in the desk reader and on the public page alike.
import { describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ClaimReader } from "@/components/claims/ClaimReader";
import { AnnotatedDocument } from "@/components/public/AnnotatedDocument";
import { layoutBlocks, type Segment, type TextMark } from "@/lib/documents/blocks";
import { parseDocument } from "@/lib/documents/parse";

// The desk reader asks for the router; outside Next there is none.
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  useRouter: () => ({ push() {}, replace() {}, refresh() {}, back() {}, forward() {}, prefetch() {} }),
}));

//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const TEXT = "The agency knew of the flights and said nothing.";
const bold: TextMark = { kind: "bold", start: 4, end: 15 }; // "agency knew"
const italic: TextMark = { kind: "italic", start: 11, end: 34 }; // "knew of the flights and"
const claim = { id: "c1", start: 0, end: 22 }; // "The agency knew of the"

const runs = (marks: TextMark[], highlights = [claim]) =>
  layoutBlocks(TEXT, [], [], [], highlights, undefined, marks)[0].segments.filter(
    (s): s is Extract<Segment, { kind: "text" }> => s.kind === "text",
  );

describe("marks in the layout", () => {
  it("cuts runs at mark and highlight boundaries; each run carries the claims and marks covering it", () => {
    expect(runs([bold, italic]).map((r) => [r.text, r.claims, r.marks ?? []])).toEqual([
      ["The ", ["c1"], []],
      ["agency ", ["c1"], ["bold"]],
      ["knew", ["c1"], ["bold", "italic"]],
      [" of the", ["c1"], ["italic"]],
      [" flights and", [], ["italic"]],
      [" said nothing.", [], []],
    ]);
  });

  it("keeps every offset: the runs tile the text and the claim's runs span exactly its anchor", () => {
    const r = runs([italic, bold]);
    expect(r.map((x) => x.text).join("")).toBe(TEXT);
    for (const x of r) expect(TEXT.slice(x.start, x.end)).toBe(x.text);
    const covered = r.filter((x) => x.claims.includes("c1"));
    expect([covered[0].start, covered.at(-1)!.end]).toEqual([claim.start, claim.end]);
    // The same claim without marks covers the same characters.
    const plain = runs([]).filter((x) => x.claims.includes("c1"));
    expect([plain[0].start, plain.at(-1)!.end]).toEqual([claim.start, claim.end]);
  });

  it("takes no marks: runs as before (no marks field)", () => {
    expect(runs([]).every((r) => r.marks === undefined)).toBe(true);
  });

  it("a mark outside the window laid out (a reader part) changes nothing", () => {
    const blocks = layoutBlocks(TEXT, [], [], [], [], { start: 0, end: 10 }, [{ kind: "bold", start: 20, end: 30 }]);
    expect(blocks[0].segments).toEqual([{ kind: "text", start: 0, end: 10, text: "The agency", claims: [] }]);
  });
});

describe("marks rendered", () => {
  const blocks = layoutBlocks(TEXT, [], [], [], [claim], undefined, [bold, italic]);

  it("on the public page: <strong>/<em> inside and outside the claim's link", () => {
    const html = renderToStaticMarkup(
      <AnnotatedDocument
        slug="ws"
        blocks={blocks}
        claims={[{ id: "c1", headline: "Knew", anchorStart: 0, anchorEnd: 22, rating: null }]}
      />,
    );
    expect(html).toContain("<strong>agency </strong>");
    expect(html).toContain("<strong><em>knew</em></strong>");
    expect(html).toMatch(/<a [^>]*data-claims="c1"[^>]*><em> of the<\/em><\/a>/);
    expect(html).toContain('<span data-s="22"><em> flights and</em></span>');
  });

  it("in the desk reader: the same, each run still one text node under its data-s element", () => {
    const html = renderToStaticMarkup(
      <>
        <ClaimReader
          slug="ws"
          documentId="d"
          versionId="v"
          blocks={blocks}
          claims={[{ id: "c1", headline: "Knew", status: "draft", claimant: null, start: 0, end: 22 }]}
          claimants={[]}
          canCreate={false}
        />
      </>,
    );
    expect(html).toMatch(/<mark [^>]*data-s="4"[^>]*><strong>agency <\/strong><\/mark>/);
    expect(html).toMatch(/<mark [^>]*data-s="11"[^>]*><strong><em>knew<\/em><\/strong><\/mark>/);
    expect(html).toContain('<span data-s="22"><em> flights and</em></span>');
  });
});

describe("marks from the importers", () => {
  const shown = (src: string, format: "markdown" | "wikitext") => {
    const r = parseDocument(src, format);
    return (r.marks ?? []).map((m) => [m.kind, r.text.slice(m.start, m.end)]);
  };

  it("markdown: **bold**, *italic*, ***both***, __bold__ and _italic_, in link text too; not snake_case or 2 * 3", () => {
    const src = "Intro **bold words** and *italic*, ***both***, __under__ _it_ snake_case 2 * 3 [a **b** c](http://x).";
    expect(shown(src, "markdown")).toEqual([
      ["bold", "bold words"],
      ["italic", "italic"],
      ["bold", "both"],
      ["italic", "both"],
      ["bold", "under"],
      ["italic", "it"],
      ["bold", "b"],
    ]);
  });

  it("wikitext: '''bold''' and ''italic''", () => {
    expect(shown("Intro '''bold words''' and ''italic words'' here.", "wikitext")).toEqual([
      ["bold", "bold words"],
      ["italic", "italic words"],
    ]);
  });
});
