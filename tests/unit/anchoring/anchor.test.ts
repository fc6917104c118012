import { describe, expect, test } from "vitest";
import { CONTEXT, createAnchor } from "@/lib/anchoring";

const text =
  "Although the illicit drug trade has existed for centuries, its expansion over the past few years is a concerning threat to U.S. national security.";

describe("createAnchor", () => {
  test("keeps the quote and 32 characters of context on each side", () => {
    const start = text.indexOf("its expansion");
    const end = start + "its expansion".length;
    const a = createAnchor(text, start, end);
    expect(CONTEXT).toBe(32);
    expect(a).toEqual({
      exact: "its expansion",
      prefix: text.slice(start - 32, start),
      suffix: text.slice(end, end + 32),
      start,
      end,
    });
    expect(a.prefix).toHaveLength(32);
    expect(a.suffix).toHaveLength(32);
  });

  test("context is shorter at the edges of the text", () => {
    const a = createAnchor(text, 0, 8);
    expect(a.exact).toBe("Although");
    expect(a.prefix).toBe("");
    const b = createAnchor(text, text.length - 9, text.length);
    expect(b.exact).toBe("security.");
    expect(b.suffix).toBe("");
    expect(b.prefix).toBe(text.slice(text.length - 9 - 32, text.length - 9));
  });

  test.each([
    [-1, 3],
    [3, 3],
    [5, 2],
    [0, text.length + 1],
    [1.5, 4],
    [Number.NaN, 4],
  ])("rejects start=%s end=%s with a RangeError", (start, end) => {
    expect(() => createAnchor(text, start, end)).toThrow(RangeError);
    expect(() => createAnchor(text, start, end)).toThrow(/start/);
  });

  test("rejects any range in an empty text", () => {
    expect(() => createAnchor("", 0, 0)).toThrow(/0 <= start < end <= 0/);
  });

  test("does not cut a surrogate pair in the context", () => {
    // "😀" is two UTF-16 code units; place it so the 32-char boundary falls inside it.
    const t = "x😀" + "a".repeat(31) + "QUOTE" + "b".repeat(31) + "😀y";
    const start = t.indexOf("QUOTE");
    const a = createAnchor(t, start, start + 5);
    expect(a.prefix).toBe("a".repeat(31));
    expect(a.suffix).toBe("b".repeat(31));
    expect(a.prefix.length + a.suffix.length).toBe(62);
  });
});
