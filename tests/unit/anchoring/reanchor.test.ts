import { describe, expect, test } from "vitest";
import { createAnchor, DEFAULT_MIN_SCORE, reanchor, reanchorAll, type Anchor } from "@/lib/anchoring";

// Paragraph from the demo essay (prisma/demo/world-war-drugs.txt).
const P1 =
  "Although the illicit drug trade has existed for centuries, its expansion over the past few years is a concerning threat to U.S. national security.";
const S =
  "In 2022, the Center for Disease Control and Prevention reported an all-time high of almost 110,000 drug-related deaths in the United States.";
const P3 =
  "Though this number decreased in 2023, the narcotics supply chain that fuels and exacerbates the opioid epidemic continues to grow.";
const OLD = `${P1} ${S} ${P3}`;

function anchorOf(text: string, quote: string, from = 0): Anchor {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  return createAnchor(text, start, start + quote.length);
}

function located(r: ReturnType<typeof reanchor>) {
  if (r.status === "orphaned") throw new Error(`expected a location, got orphaned (${r.score})`);
  return r.anchor;
}

describe("reanchor", () => {
  const old = anchorOf(OLD, S);

  test("unchanged text: anchored in place with score 1", () => {
    const r = reanchor(old, OLD);
    expect(r).toEqual({ status: "anchored", anchor: old, score: 1 });
  });

  test("text inserted before the anchor: same quote at the shifted position", () => {
    const inserted = "World War Drugs: Strengthening International Counternarcotics Cooperation\n\n";
    const next = inserted + OLD;
    const r = reanchor(old, next);
    expect(r.status).toBe("reanchored");
    expect(r).toMatchObject({ method: "quote" });
    expect(located(r)).toMatchObject({ exact: S, start: old.start + inserted.length, end: old.end + inserted.length });
    expect(r.score).toBeGreaterThan(0.95);

    const viaDiff = reanchor(old, next, { oldText: OLD });
    expect(viaDiff).toMatchObject({ status: "reanchored", method: "diff", score: 1 });
    expect(located(viaDiff).start).toBe(old.start + inserted.length);
  });

  test("a word changed in the quoted sentence: fuzzy, with the new wording", () => {
    const edited = S.replace("almost 110,000", "nearly 110,000");
    const next = OLD.replace(S, edited);
    const r = reanchor(old, next);
    expect(r.status).toBe("fuzzy");
    if (r.status !== "fuzzy") return;
    expect(r.exactChanged).toBe(true);
    expect(r.anchor.exact).toBe(edited);
    expect(r.anchor.start).toBe(old.start);
    expect(r.score).toBeGreaterThan(DEFAULT_MIN_SCORE);
    expect(r.score).toBeLessThan(1);
    // The diff route gives the same answer: the mapped range no longer holds the exact quote.
    expect(reanchor(old, next, { oldText: OLD })).toEqual(r);
  });

  test("the quoted sentence deleted: orphaned, with or without the old text", () => {
    const next = OLD.replace(S + " ", "");
    expect(reanchor(old, next).status).toBe("orphaned");
    expect(reanchor(old, next, { oldText: OLD }).status).toBe("orphaned");
  });

  test("the quote replaced by a different sentence about the same thing: orphaned with a best guess", () => {
    const other =
      "In 2023, the Center for Disease Control and Prevention counted about 105,000 overdose deaths in the country.";
    const r = reanchor(old, OLD.replace(S, other));
    expect(r.status).toBe("orphaned");
    if (r.status !== "orphaned") return;
    expect(r.score).toBeLessThan(DEFAULT_MIN_SCORE);
  });

  test("the quote appearing twice: context decides, not proximity", () => {
    // A pull-quote of S placed where S used to be; the real S moved further down, context intact.
    const pull = `Pull quote: ${S} End of pull quote.\n\n`;
    const next = pull + OLD;
    const r = reanchor(old, next);
    expect(r.status).toBe("reanchored");
    expect(located(r).start).toBe(pull.length + old.start);
    expect(located(r).prefix).toBe(old.prefix);
  });

  test("identical copies with identical context: the one nearest the old position", () => {
    const next = `${OLD}\n\n${OLD}`;
    const moved = anchorOf(next, S, OLD.length); // anchor in the second copy
    const r = reanchor(moved, `Intro. ${next}`);
    expect(located(r).start).toBe(moved.start + "Intro. ".length);
  });

  test("a lightly edited sentence keeps its anchor although a verbatim copy exists elsewhere", () => {
    const edited = S.replace("all-time high", "record high");
    const next = OLD.replace(S, edited) + `\n\nAppendix. Unrelated lead-in text goes here: ${S} And more.`;
    const r = reanchor(old, next);
    expect(r.status).toBe("fuzzy");
    expect(located(r)).toMatchObject({ start: old.start, exact: edited });
  });

  test("whitespace changes: found, scored as unchanged wording", () => {
    const reflowed = S.replace("high of almost", "high\nof  almost");
    const r = reanchor(old, OLD.replace(S, reflowed));
    expect(r.status).toBe("fuzzy");
    expect(located(r).exact).toBe(reflowed);
    expect(r.score).toBeGreaterThan(0.95);
  });

  test("short quote: found again through its context after an insertion", () => {
    const a = anchorOf(OLD, "the", OLD.indexOf("the narcotics"));
    const next = "Note. " + OLD;
    const r = reanchor(a, next);
    expect(r.status).toBe("reanchored");
    expect(located(r).start).toBe(a.start + 6);
  });

  test("short quote whose sentence is gone is not moved to another occurrence", () => {
    const a = anchorOf(OLD, "the", OLD.indexOf("the narcotics"));
    const next = `${P1} ${S}`; // P3 deleted; "the" still occurs several times
    expect(next.includes("the")).toBe(true);
    const r = reanchor(a, next);
    expect(r.status).toBe("orphaned");
    if (r.status === "orphaned") expect(r.best).toBeDefined();
  });

  test("a very common short quote (hundreds of occurrences) is still placed by its context", () => {
    const items = Array.from({ length: 400 }, (_, i) => `Item ${i}: the value recorded for row ${i} is ${i * 7}.`);
    const text = items.join(" ");
    const a = anchorOf(text, "the", text.indexOf("Item 250:"));
    const next = `${"Header line. ".repeat(1000)}${text.replace("Item 12:", "Item twelve:")}`;
    const r = reanchor(a, next);
    expect(r.status).toBe("reanchored");
    expect(next.indexOf("Item 250:") + "Item 250: ".length).toBe(located(r).start);
  });

  test("a long unique quote whose surroundings were both rewritten is still found", () => {
    const next = `Completely new opening paragraph, different words. ${S} A new closing line replaces the rest.`;
    const r = reanchor(old, next);
    expect(r.status).toBe("reanchored");
    expect(located(r).exact).toBe(S);
    expect(r.score).toBeLessThan(DEFAULT_MIN_SCORE); // accepted on uniqueness, not on score
  });

  test("empty quote and empty text are orphaned", () => {
    const empty: Anchor = { exact: "", prefix: "a", suffix: "b", start: 1, end: 1 };
    expect(reanchor(empty, OLD)).toEqual({ status: "orphaned", score: 0 });
    expect(reanchor(old, "")).toEqual({ status: "orphaned", score: 0 });
  });

  test("new text much shorter than the old", () => {
    expect(reanchor(old, "Short.").status).toBe("orphaned");
    const r = reanchor(old, S);
    expect(r.status).toBe("reanchored");
    expect(located(r)).toMatchObject({ start: 0, end: S.length, prefix: "", suffix: "" });
  });

  test("minScore is honoured and validated", () => {
    const next = OLD.replace("almost 110,000", "nearly 110,000");
    const strict = reanchor(old, next, { minScore: 0.99 });
    expect(strict.status).toBe("orphaned");
    if (strict.status === "orphaned") expect(strict.best?.start).toBe(old.start);
    expect(() => reanchor(old, next, { minScore: 1.5 })).toThrow(RangeError);
  });

  test("reanchorAll agrees with reanchor", () => {
    const anchors = [old, anchorOf(OLD, "opioid epidemic"), anchorOf(OLD, "national security")];
    const next = "Preface.\n\n" + OLD.replace("past few years", "last decade");
    const all = reanchorAll(anchors, next, { oldText: OLD });
    expect(all).toEqual(anchors.map((a) => reanchor(a, next, { oldText: OLD })));
    expect(all.map((r) => r.status)).toEqual(["reanchored", "reanchored", "reanchored"]);
  });
});
