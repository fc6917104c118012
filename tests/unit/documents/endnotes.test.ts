import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/documents/parse";

const RAW = fs.readFileSync(path.resolve(__dirname, "../../../prisma/demo/world-war-drugs.txt"), "utf8");

describe("endnotes corpus: World War Drugs essay", () => {
  const doc = parseDocument(RAW);
  const keyOfNote = (n: number) => doc.citations.find((c) => c.label === String(n))?.sourceKey;
  const source = (key: string) => doc.sources.find((s) => s.key === key)!;

  it("is detected as endnotes and imports without warnings", () => {
    expect(doc.format).toBe("endnotes");
    expect(doc.warnings).toEqual([]);
  });

  it("makes 20 citations from 18 markers, one per note number of a range", () => {
    expect(doc.citations).toHaveLength(20);
    expect(doc.citations.map((c) => c.label)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    expect(new Set(doc.citations.map((c) => c.position)).size).toBe(18);
    const pos = (n: number) => doc.citations[n - 1].position;
    expect(pos(9)).toBe(pos(10)); // [9-10]
    expect(pos(16)).toBe(pos(17)); // [16-17]
  });

  it("removes the markers and the notes list from the text", () => {
    expect(doc.text).not.toMatch(/\[\d/);
    expect(doc.text).not.toContain("Notes:");
    expect(doc.text).not.toContain("Provisional Drug Overdose Death Counts");
    expect(doc.text).not.toMatch(/ {2}| [.,;:](?=\s|$)/);
    expect(doc.text).toContain("the opioid epidemic continues to grow. Currently, the U.S. strategy");
  });

  it("puts each citation right after the sentence its marker followed", () => {
    const before = (n: number) => doc.text.slice(0, doc.citations[n - 1].position).slice(-30);
    expect(before(1)).toBe("id epidemic continues to grow.");
    expect(before(9)).toBe("ration with the United States.");
    expect(doc.text.slice(doc.citations[0].position, doc.citations[0].position + 10)).toBe(" Currently");
    expect(before(12)).toBe("s as a shared responsibility.”");
    expect(before(20)).toBe("l counternarcotics operations.");
  });

  it("folds notes that repeat a source into the first note's source", () => {
    expect([5, 6, 7].map(keyOfNote)).toEqual(["3", "3", "3"]); // “Fentanyl Flow…,” Drug Enforcement Agency.
    expect(keyOfNote(10)).toBe("4"); // Dean Cheng, “China’s Taiwan Strategy…”
    expect(keyOfNote(9)).toBe("8"); // Ben Blanchard, … Reuters.
    expect([12, 13].map(keyOfNote)).toEqual(["2", "2"]); // “National Drug Control Strategy – 2022,” The White House
    expect([16, 18].map(keyOfNote)).toEqual(["11", "11"]); // the CNWG joint statement, with and without URL
    expect(doc.sources.map((s) => s.key)).toEqual(["1", "2", "3", "4", "8", "11", "14", "15", "17", "19", "20"]);
  });

  it("fills sources field by field", () => {
    expect(source("1")).toEqual({
      key: "1",
      title: "Provisional Drug Overdose Death Counts",
      authors: [],
      publisher: "Centers for Disease Control and Prevention",
      date: "2023-12-13",
      url: "https://www.cdc.gov/nchs/nvss/vsrr/drug-overdose-data.htm", // "www.…" given a scheme
      raw: "“Provisional Drug Overdose Death Counts.” Centers for Disease Control and Prevention, December 13, 2023, www.cdc.gov/nchs/nvss/vsrr/drug-overdose-data.htm.",
    });
    expect(source("4")).toMatchObject({
      title: "China’s Taiwan Strategy after the Nancy Pelosi Visit: Forever Crisis?",
      authors: ["Dean Cheng"],
      publisher: "The Heritage Foundation",
      date: "2022-08-22",
      url: "https://www.heritage.org/asia/commentary/chinas-taiwan-strategy-after-the-nancy-pelosi-visit-forever-crisis",
    });
    expect(source("8")).toMatchObject({ authors: ["Ben Blanchard"], publisher: "Reuters", date: "2019-09-03" }); // "edited by" skipped
    expect(source("14")).toMatchObject({
      authors: ["Alexander Cheung", "Joseph Marchand", "Patricia Mark"],
      publisher: "University of Alberta, Department of Economics",
      date: "2020-02-02",
    });
    // Note 11 has no URL; its repeat in note 16 supplies one.
    expect(source("11")).toMatchObject({
      title: "Third U.S.-Colombia Counternarcotics Working Group (CNWG) Joint Statement",
      authors: [],
      publisher: "U.S. Department of State",
      date: "2023-09-26",
      url: "https://www.state.gov/third-u-s-colombia-counternarcotics-working-group-cnwg-joint-statement/",
    });
    expect(source("19")).toMatchObject({
      title: "China and Synthetic Drugs Control",
      authors: ["Vanda Felbab-Brown"],
      date: "2022-03",
    });
    expect(source("2")).toMatchObject({
      publisher: "The White House – Office of National Drug Control Policy",
      date: "2022",
    });
  });

  it("takes the first line as the title and short standalone lines as headings", () => {
    expect(doc.sections.map((s) => [s.level, s.title])).toEqual([
      [1, "World War Drugs: Strengthening International Counternarcotics Cooperation"],
      [2, "A Transnational Approach for a Transnational Crime"],
      [2, "Multilateralizing the Counternarcotics Effort"],
      [2, "Conclusion"],
    ]);
    expect(doc.sections[0]).toMatchObject({ start: 0, end: doc.text.length });
    expect(doc.sections[1].end).toBe(doc.sections[2].start - 2);
    for (const s of doc.sections) expect(doc.text.slice(s.start, s.start + s.title.length)).toBe(s.title);
  });

  it("keeps the matter after the notes (image credit) as text, not as a note", () => {
    expect(doc.text).toContain("Image: “COAST GUARD ISLAND, Alameda, Calif.");
    expect(doc.text.endsWith("Related Posts")).toBe(true);
    expect(doc.sections.map((s) => s.title)).not.toContain("Related Posts");
  });
});

describe("endnotes: markers, notes and warnings", () => {
  const input = [
    "My Essay Title",
    "",
    "First claim.[1] Second claim [3, 4]. Third [5–6] and missing [9].",
    "",
    "A Heading",
    "",
    "Body text citing [7].",
    "",
    "Endnotes",
    "",
    "[1] Jane Doe, “A Study of Things,” Example Press, May 2, 2020, www.example.com/study.",
    "[2] Never cited, “Unused”.",
    "[3] John Roe, “Other Work,” Journal of Stuff, 2019.",
    "[4] Doe, “A Study of Things.”",
    "[5] Ibid., 12.",
    "[6] “Other Work,” Journal of Stuff.",
    "[7] Ibid.",
  ].join("\n");
  const doc = parseDocument(input);

  it("reads lists, en-dash ranges, Ibid and shortened titles", () => {
    expect(doc.format).toBe("endnotes");
    expect(doc.text).toBe(
      "My Essay Title\n\nFirst claim. Second claim. Third and missing.\n\nA Heading\n\nBody text citing.",
    );
    expect(doc.citations.map((c) => [c.label, c.sourceKey])).toEqual([
      ["1", "1"],
      ["3", "3"],
      ["4", "1"], // Doe, “A Study of Things.” repeats note 1
      ["5", "1"], // Ibid. → note 4's source
      ["6", "3"],
      ["7", "3"], // Ibid. → note 6's source
    ]);
    expect(doc.sources.map((s) => s.key)).toEqual(["1", "2", "3"]);
  });

  it("warns about markers without a note and notes never cited", () => {
    expect(doc.warnings).toEqual([
      { code: "missing_note", message: "marker [9] has no note", position: input.indexOf("[9]") },
      { code: "unused_note", message: "note [2] is never cited in the text", position: input.indexOf("[2] Never") },
    ]);
  });

  it("finds a notes list without a heading when asked for endnotes", () => {
    const d = parseDocument("Text with a marker.[1]\n\n[1] “Only note,” Publisher.\n[2] “Second,” Pub.", "endnotes");
    expect(d.text).toBe("Text with a marker.");
    expect(d.citations).toEqual([{ sourceKey: "1", label: "1", position: 19 }]);
    expect(d.sources.map((s) => s.title)).toEqual(["Only note", "Second"]);
    expect(d.warnings.map((w) => w.code)).toEqual(["unused_note"]);
  });
});
