import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { createAnchor, reanchor, reanchorAll, type Anchor } from "@/lib/anchoring";

// Deterministic pseudo-random generator (mulberry32), so failures reproduce.
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ~100 KB of prose-like text from the demo corpus vocabulary; random word order keeps quotes unique.
function makeDocument(size: number, rand: () => number): string {
  const corpus = ["prisma/demo/world-war-drugs.txt", "prisma/demo/cia-transnational-crime.wikitext"]
    .map((f) => fs.readFileSync(f, "utf8"))
    .join(" ");
  const words = [...new Set(corpus.match(/[A-Za-z][a-z'’-]+/g))];
  let out = "";
  while (out.length < size) {
    const n = 8 + Math.floor(rand() * 25);
    const sentence = Array.from({ length: n }, () => words[Math.floor(rand() * words.length)]).join(" ");
    out += sentence[0].toUpperCase() + sentence.slice(1) + (rand() < 0.15 ? ".\n\n" : ". ");
  }
  return out;
}

// Correctness at document scale; the timing lives in bench/reanchor.ts, not in an assertion.
describe("reanchor at scale", () => {
  const rand = rng(42);
  const oldText = makeDocument(100_000, rand);
  const SLOT = Math.floor(oldText.length / 200);
  // 200 non-overlapping anchors, 60-200 chars each, one per slot.
  const anchors: Anchor[] = Array.from({ length: 200 }, (_, i) => {
    const start = i * SLOT + 100;
    return createAnchor(oldText, start, start + 60 + Math.floor(rand() * 140));
  });

  // New version: a preface, every 10th anchor gets a word changed, every 25th is deleted.
  const PREFACE = "Editor's note: this version was revised after publication.\n\n";
  const edits: { at: number; del: number; ins: string; anchor: number; kind: "changed" | "deleted" }[] = [];
  anchors.forEach((a, i) => {
    if (i % 25 === 3) edits.push({ at: a.start, del: a.end - a.start, ins: "", anchor: i, kind: "deleted" });
    else if (i % 10 === 5) edits.push({ at: a.start + 20, del: 6, ins: "XYZZYX", anchor: i, kind: "changed" });
  });
  let newText = oldText;
  for (const e of [...edits].reverse()) newText = newText.slice(0, e.at) + e.ins + newText.slice(e.at + e.del);
  newText = PREFACE + newText;

  function expectedStart(i: number): number {
    let shift = PREFACE.length;
    for (const e of edits) if (e.at < anchors[i].start) shift += e.ins.length - e.del;
    return anchors[i].start + shift;
  }

  function check(results: ReturnType<typeof reanchor>[]) {
    results.forEach((r, i) => {
      const kind = edits.find((e) => e.anchor === i)?.kind;
      if (kind === "deleted") expect(r.status, `anchor ${i}`).toBe("orphaned");
      else if (kind === "changed")
        expect(r, `anchor ${i}`).toMatchObject({ status: "fuzzy", anchor: { start: expectedStart(i) } });
      else
        expect(r, `anchor ${i}`).toMatchObject({
          status: "reanchored",
          anchor: { exact: anchors[i].exact, start: expectedStart(i) },
        });
    });
  }

  test("200 anchors in a 100 KB document, without the old text", () => {
    expect(oldText.length).toBeGreaterThanOrEqual(100_000);
    const results = anchors.map((a) => reanchor(a, newText));
    check(results);
  });

  test("200 anchors in a 100 KB document, with the old text (one diff)", () => {
    const results = reanchorAll(anchors, newText, { oldText });
    check(results);
    expect(
      results.filter((r) => r.status === "reanchored").every((r) => r.status === "reanchored" && r.method === "diff"),
    ).toBe(true);
  });
});
