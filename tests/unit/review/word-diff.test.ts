import { describe, expect, it } from "vitest";
import { wordDiff } from "@/lib/publishing/textdiff";

describe("wordDiff", () => {
  it("diffs whole words, not letters", () => {
    expect(wordDiff("The cat sat on the mat.", "The cat stood on the mat.")).toEqual([
      { op: "equal", text: "The cat " },
      { op: "delete", text: "sat" },
      { op: "insert", text: "stood" },
      { op: "equal", text: " on the mat." },
    ]);
  });

  it("rebuilds both texts exactly", () => {
    const [a, b] = [
      "Opium output  doubled in 2006,\nsaid the UN.",
      "Opium output nearly doubled in 2007, the UN said.",
    ];
    const parts = wordDiff(a, b);
    expect(
      parts
        .filter((p) => p.op !== "insert")
        .map((p) => p.text)
        .join(""),
    ).toBe(a);
    expect(
      parts
        .filter((p) => p.op !== "delete")
        .map((p) => p.text)
        .join(""),
    ).toBe(b);
  });

  it("handles empty sides and markup as plain text", () => {
    expect(wordDiff("", "<b>new</b>")).toEqual([{ op: "insert", text: "<b>new</b>" }]);
    expect(wordDiff("same", "same")).toEqual([{ op: "equal", text: "same" }]);
  });
});
