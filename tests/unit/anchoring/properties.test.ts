import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { CONTEXT, createAnchor, reanchor } from "@/lib/anchoring";

// Small alphabet so that repeats, near-misses and whitespace runs actually occur.
const textArb = fc.string({
  unit: fc.constantFrom("a", "b", "c", "d", " ", "\n", ".", "é", "😀"),
  minLength: 1,
  maxLength: 300,
});
const richTextArb = fc.string({ minLength: 1, maxLength: 300 });

/** A text with a valid range in it. */
const withRange = (arb: fc.Arbitrary<string>) =>
  arb.chain((t) =>
    fc
      .tuple(fc.nat({ max: t.length - 1 }), fc.nat({ max: t.length - 1 }))
      .map(([x, y]) => ({ t, s: Math.min(x, y), e: Math.max(x, y) + 1 })),
  );

function occurrences(text: string, quote: string): number {
  let n = 0;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) n++;
  return n;
}

describe("reanchor properties", () => {
  test("an anchor re-anchored against its own text stays in place", () => {
    fc.assert(
      fc.property(fc.oneof(withRange(textArb), withRange(richTextArb)), ({ t, s, e }) => {
        const r = reanchor(createAnchor(t, s, e), t);
        expect(r.status).toBe("anchored");
        if (r.status === "anchored") expect([r.anchor.start, r.anchor.end]).toEqual([s, e]);
      }),
      { numRuns: 300 },
    );
  });

  test("insertion before the anchor (old text known): same quote, shifted by the insertion", () => {
    fc.assert(
      fc.property(
        withRange(textArb),
        fc.string({ minLength: 1, maxLength: 80 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ t, s, e }, ins, where) => {
          const at = Math.floor(where * s);
          const next = t.slice(0, at) + ins + t.slice(at);
          const a = createAnchor(t, s, e);
          fc.pre(occurrences(next, a.exact) === 1);
          const r = reanchor(a, next, { oldText: t });
          expect(r.status).toBe("reanchored");
          if (r.status !== "reanchored") return;
          expect(r.anchor.exact).toBe(a.exact);
          expect(r.anchor.start).toBe(s + ins.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("insertion before the anchor's context (old text unknown): found by quote at the shifted position", () => {
    const parts = fc.record({
      head: fc.string({ minLength: CONTEXT, maxLength: 200 }),
      quote: fc.string({ minLength: 1, maxLength: 60 }),
      tail: fc.string({ maxLength: 100 }),
    });
    fc.assert(
      fc.property(
        parts,
        fc.string({ minLength: 1, maxLength: 80 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ head, quote, tail }, ins, where) => {
          const t = head + quote + tail;
          const s = head.length;
          const at = Math.floor(where * (s - CONTEXT)); // the 32 chars before the quote stay intact
          const next = t.slice(0, at) + ins + t.slice(at);
          const a = createAnchor(t, s, s + quote.length);
          fc.pre(occurrences(next, quote) === 1);
          const r = reanchor(a, next);
          expect(r).toMatchObject({ status: "reanchored", method: "quote" });
          if (r.status !== "reanchored") return;
          expect(r.anchor.exact).toBe(quote);
          expect(r.anchor.start).toBe(s + ins.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("after any edit, the result is consistent with the new text", () => {
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      del: fc.nat({ max: 40 }),
      ins: fc.string({ maxLength: 40 }),
    });
    fc.assert(
      fc.property(withRange(textArb), edit, fc.boolean(), ({ t, s, e }, ed, withOld) => {
        const at = Math.floor(ed.at * t.length);
        const next = t.slice(0, at) + ed.ins + t.slice(at + ed.del);
        const a = createAnchor(t, s, e);
        const r = reanchor(a, next, withOld ? { oldText: t } : {});
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        if (r.status === "orphaned") return;
        // A returned anchor always describes the new text exactly...
        expect(r.anchor).toEqual(createAnchor(next, r.anchor.start, r.anchor.end));
        // ...keeps the quote unless it says the quote changed...
        if (r.status === "fuzzy") expect(r.anchor.exact).not.toBe(a.exact);
        else expect(r.anchor.exact).toBe(a.exact);
        // ...and never settles below the acceptance threshold (the unique-long-quote rule aside).
        if (r.status === "fuzzy") expect(r.score).toBeGreaterThanOrEqual(0.75);
      }),
      { numRuns: 500 },
    );
  });
});
