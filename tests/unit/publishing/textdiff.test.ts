import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { wordDiff } from "@/lib/publishing/textdiff";
import { TextDiff } from "@/components/public/TextDiff";
import { changeText } from "@/components/public/RevisionChanges";

const side = (parts: ReturnType<typeof wordDiff>, drop: "insert" | "delete") =>
  parts
    .filter((p) => p.op !== drop)
    .map((p) => p.text)
    .join("");

describe("word diff", () => {
  it("changes whole words and keeps both texts recoverable", () => {
    const a = "The CIA tolerated Contra drug trafficking.";
    const b = "The CIA ran the Contra drug trade.";
    const d = wordDiff(a, b);
    expect(d).toEqual([
      { op: "equal", text: "The CIA " },
      { op: "delete", text: "tolerated" },
      { op: "insert", text: "ran the" },
      { op: "equal", text: " Contra drug " },
      { op: "delete", text: "trafficking" },
      { op: "insert", text: "trade" },
      { op: "equal", text: "." },
    ]);
    expect(side(d, "insert")).toBe(a);
    expect(side(d, "delete")).toBe(b);
  });

  it("handles empty, null and equal texts, and non-Latin words", () => {
    expect(wordDiff(null, null)).toEqual([]);
    expect(wordDiff("same", "same")).toEqual([{ op: "equal", text: "same" }]);
    expect(wordDiff(null, "new text")).toEqual([{ op: "insert", text: "new text" }]);
    expect(wordDiff("old", "")).toEqual([{ op: "delete", text: "old" }]);
    const d = wordDiff("Ürün fiyatı arttı", "Ürün fiyatı düştü");
    expect(d).toEqual([
      { op: "equal", text: "Ürün fiyatı " },
      { op: "delete", text: "arttı" },
      { op: "insert", text: "düştü" },
    ]);
  });

  it("renders changes in <ins>/<del> with user text escaped, never as HTML", () => {
    const html = renderToStaticMarkup(
      createElement(TextDiff, {
        parts: wordDiff("safe <b>old</b>", "safe <script>alert(1)</script>"),
        label: "Changes",
      }),
    );
    expect(html).toContain("<del");
    expect(html).toContain("<ins");
    // Only the component's own tags are markup; the user's "<script>" and "<b>" are text.
    expect(
      html
        .match(/<\/?([a-z]+)/g)!
        .map((m) => m.replace(/[</]/g, ""))
        .every((tag) => ["div", "span", "del", "ins"].includes(tag)),
    ).toBe(true);
    expect(html).toContain("script&gt;alert(1)");
    expect(html).toContain("safe &lt;");
  });

  it("describes each revision change in one line", () => {
    expect(changeText({ field: "verdict", from: "Supported", to: "Contested" })).toBe("Verdict: Supported → Contested");
    expect(changeText({ field: "evidence", change: "added", source: "IG report", stance: "contests" })).toBe(
      "Evidence added: IG report (Contests)",
    );
    expect(
      changeText({
        field: "evidence",
        change: "changed",
        source: "IG report",
        stance: "contests",
        what: [{ part: "strength", from: "weak", to: "strong" }],
      }),
    ).toBe("Evidence changed: IG report (Contests) — Strength: Weak → Strong");
    expect(changeText({ field: "tags", added: ["laos"], removed: [] })).toBe("Topics added: laos");
  });
});
