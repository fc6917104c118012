import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { DEFAULT_MIN_SCORE, sentenceHash, sentenceSpans, suggestClaims } from "@/lib/claims/suggest";

const essay = fs.readFileSync("prisma/demo/world-war-drugs.txt", "utf8");
// The essay body: everything before the author's bio line and the notes.
const body = essay.slice(0, essay.indexOf("Junwon"));

// A passage of the Wikipedia article as a reader sees it (wiki markup and <ref>s removed).
const WIKI = [
  "Iran-Contra related",
  "Released on April 13, 1989, the Kerry Committee report found that the U.S. State Department had assisted drug traffickers:",
  'In 1996, investigative journalist Gary Webb wrote a series of articles for the San Jose Mercury News entitled, "Dark Alliance", in which he reported evidence that CIA aircraft, which had ferried arms to the Nicaraguan Contras, had been used to ship cocaine to the United States on their return flights. In 1998 the new DCI, George Tenet, declared that he was releasing the report.',
  "Southeast Asia",
  "According to William M. Leary, a University of Georgia historian who analyzed Laotian operations in a study backed by the CIA's Center for the Study of Intelligence, CIA-led covert action in Laos was the largest paramilitary operation in the history of the Agency. It may well be that US aid will be needed.",
].join("\n\n");

function spansText(text: string) {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}

describe("sentenceSpans", () => {
  test("does not split after titles, initials, initialisms before names, or abbreviated months", () => {
    const t =
      "The report found that the U.S. State Department had assisted. According to Dr. McCoy, the agency intimidated his sources. According to William M. Leary, it was the largest operation. According to a report by Robert Tait of The Guardian Feb. 17, the province was violent.";
    expect(spansText(t)).toEqual([
      "The report found that the U.S. State Department had assisted.",
      "According to Dr. McCoy, the agency intimidated his sources.",
      "According to William M. Leary, it was the largest operation.",
      "According to a report by Robert Tait of The Guardian Feb. 17, the province was violent.",
    ]);
  });

  test("does split after an initialism that ends a sentence", () => {
    expect(spansText("Drugs reach the borders of the U.S. The next step is interdiction.")).toEqual([
      "Drugs reach the borders of the U.S.",
      "The next step is interdiction.",
    ]);
  });

  test("trims whitespace and leading endnote markers, keeping exact offsets", () => {
    const t =
      "  Though this number decreased in 2023, the chain continues to grow. [1] Currently, the strategy is two-pronged. [9-10] \n\nNext paragraph here.";
    const spans = sentenceSpans(t);
    expect(spans.map((s) => t.slice(s.start, s.end))).toEqual([
      "Though this number decreased in 2023, the chain continues to grow.",
      "Currently, the strategy is two-pronged.",
      "Next paragraph here.",
    ]);
    expect(spans[0].start).toBe(2);
  });
});

describe("suggestClaims", () => {
  test("offsets are exact and suggestions are in document order without overlap", () => {
    const all = suggestClaims(body, { minScore: 0 });
    expect(all.length).toBeGreaterThan(60);
    for (const s of all) {
      expect(body.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.textHash).toBe(sentenceHash(s.text));
    }
    for (let i = 1; i < all.length; i++) expect(all[i].start).toBeGreaterThanOrEqual(all[i - 1].end);
  });

  test("the essay body yields a short list led by its reported facts and figures", () => {
    const out = suggestClaims(body);
    expect(out.length).toBeGreaterThanOrEqual(8);
    expect(out.length).toBeLessThanOrEqual(25);
    expect(out.every((s) => s.score >= DEFAULT_MIN_SCORE)).toBe(true);
    const top = [...out].sort((a, b) => b.score - a.score).slice(0, 5);
    expect(top.every((s) => s.claimType === "factual" || s.claimType === "statistic")).toBe(true);
    expect(top[0]).toMatchObject({
      claimType: "statistic",
      claimant: "Center for Disease Control and Prevention",
      text: expect.stringMatching(/^In 2022, the Center for Disease Control/),
    });
    const texts = out.map((s) => s.text);
    expect(texts).toContain(
      "The People’s Republic of China (PRC) is one of the largest producers of fentanyl and fentanyl-related substances that reach the United States.",
    );
    // Recommendations and forecasts are not suggested.
    expect(texts.some((t) => t.startsWith("The United States must find"))).toBe(false);
    expect(texts.some((t) => / (?:could|should|must|will) /.test(t))).toBe(false);
  });

  test("minScore filters; a lower threshold returns a superset", () => {
    const strict = suggestClaims(body, { minScore: 0.6 });
    const loose = suggestClaims(body, { minScore: 0.2 });
    expect(strict.length).toBeGreaterThan(0);
    expect(loose.length).toBeGreaterThan(suggestClaims(body).length);
    const looseStarts = new Set(loose.map((s) => s.start));
    expect(strict.every((s) => s.score >= 0.6 && looseStarts.has(s.start))).toBe(true);
  });

  test("headings equal to a section title are skipped, even with minScore 0", () => {
    const title = "A Transnational Approach for a Transnational Crime";
    const at = body.indexOf(title);
    const sections = [{ start: at, end: at + 500, title }];
    const texts = (opts: Parameters<typeof suggestClaims>[1]) => suggestClaims(body, opts).map((s) => s.text);
    expect(texts({ minScore: 0 })).toContain(title); // a zero-score candidate without section info
    expect(texts({ minScore: 0, sections })).not.toContain(title);
  });

  test("very short fragments are never suggested", () => {
    expect(
      suggestClaims("Conclusion\n\nThis is, however, a sword.\n\nSo it is.", { minScore: 0 }).map((s) => s.text),
    ).toEqual(["This is, however, a sword."]);
  });

  test("Wikipedia passage: findings, allegations and their claimants", () => {
    const out = suggestClaims(WIKI, { sections: [{ start: 0, end: 20, title: "Iran-Contra related" }] });
    const by = (prefix: string) => out.find((s) => s.text.startsWith(prefix));
    expect(by("Released on April 13, 1989")).toMatchObject({
      claimant: "Kerry Committee report",
      claimType: "factual",
    });
    expect(by("In 1996, investigative journalist")).toMatchObject({ claimant: "Gary Webb" });
    expect(by("According to William M. Leary")).toMatchObject({ claimant: "William M. Leary" });
    expect(by("It may well be")).toBeUndefined();
    expect(by("Southeast Asia")).toBeUndefined();
    for (const s of out) expect(WIKI.slice(s.start, s.end)).toBe(s.text);
  });
});
