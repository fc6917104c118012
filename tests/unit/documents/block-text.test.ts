// The desk reader reads a selection's text back from the laid-out blocks instead of receiving the
// part's text a second time (issue 17: page weight), so the two must agree character for character.
import { describe, expect, it } from "vitest";
import { blockText, layoutBlocks } from "@/lib/documents/blocks";

const TEXT = "Heading\n\nThe agency knew of the flights.\n\n\nA second paragraph, cited.\nItem line here";
const sections = [{ start: 0, end: 7, level: 2, title: "Heading" }];
const citations = [{ id: "c1", position: 66, sourceId: "s1" }];
const highlights = [
  { id: "a", start: 13, end: 30 },
  { id: "b", start: 20, end: 60 },
];
const marks = [{ kind: "bold" as const, start: 4, end: 24 }];

describe("blockText", () => {
  const blocks = layoutBlocks(TEXT, sections, [], citations, highlights, undefined, marks);

  it("gives back the text of any range, across runs, marks, citations and paragraphs", () => {
    for (let s = 0; s < TEXT.length; s += 3)
      for (let e = s + 1; e <= TEXT.length; e += 5) expect(blockText(blocks, s, e), `${s}-${e}`).toBe(TEXT.slice(s, e));
  });

  it("works on a reader part laid out alone", () => {
    const part = layoutBlocks(TEXT, sections, [], citations, highlights, { start: 9, end: 60 }, marks);
    expect(blockText(part, 9, 60)).toBe(TEXT.slice(9, 60));
    expect(blockText(part, 25, 45)).toBe(TEXT.slice(25, 45));
  });
});
