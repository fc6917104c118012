import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeUrl, parseDocument, type ParsedDocument, type ParsedSource } from "@/lib/documents/parse";

const RAW = fs.readFileSync(path.resolve(__dirname, "../../../prisma/demo/cia-transnational-crime.wikitext"), "utf8");

/** The 35 characters before a citation, a caret, and the 12 after: how the reader sees it. */
const around = (doc: ParsedDocument, position: number) =>
  `${doc.text.slice(position - 35, position)}‸${doc.text.slice(position, position + 12)}`;
const sourceTitled = (doc: ParsedDocument, title: string) => doc.sources.find((s) => s.title === title);
const withoutRaw = ({ raw: _raw, ...rest }: ParsedSource) => rest;

describe("wikitext corpus: CIA transnational crime article", () => {
  const doc = parseDocument(RAW);

  it("is detected as wikitext and imports without warnings", () => {
    expect(doc.format).toBe("wikitext");
    expect(doc.warnings).toEqual([]);
  });

  it("records all 64 ref occurrences: 37 definitions (28 named) and 27 named re-uses", () => {
    expect(doc.citations).toHaveLength(64);
    expect(doc.citations.filter((c) => c.refName)).toHaveLength(28 + 27);
    expect(doc.citations.filter((c) => !c.refName)).toHaveLength(37 - 28);
    expect(doc.sources).toHaveLength(37);
    expect(new Set(doc.sources.map((s) => s.key)).size).toBe(37);
    const keys = new Set(doc.sources.map((s) => s.key));
    for (const c of doc.citations) expect(keys.has(c.sourceKey)).toBe(true);
    // Named refs are keyed by name; unnamed by a content hash.
    expect(doc.sources.filter((s) => /^ref-[0-9a-f]{8}$/.test(s.key))).toHaveLength(9);
    const count = (key: string) => doc.citations.filter((c) => c.sourceKey === key).length;
    expect([
      count("white"),
      count("WP"),
      count("Glaze-2007-10"),
      count("UNODC-Afg-Drug-Ch01"),
      count("Porter2007-06-21"),
    ]).toEqual([4, 3, 5, 6, 3]);
  });

  it("keeps distinct refs that share a URL as distinct sources (dedupe happens in the DB layer)", () => {
    const unodc = doc.sources.filter(
      (s) => s.url && normalizeUrl(s.url) === "http://unodc.org/pdf/afg/publications/afghanistan_drug_industry.pdf",
    );
    expect(unodc.map((s) => s.key)).toEqual([
      "UNODC-Afg-Drug-Ch01",
      expect.stringMatching(/^ref-[0-9a-f]{8}$/),
      "UNODC-Afg-Drug-Ch05",
    ]);
    expect(new Set(unodc.map((s) => s.chapter))).toEqual(
      new Set(["1: Introduction and Overview", undefined, "5: Prices and Market Interactions in the Opium Economy"]),
    );
    const sle = doc.sources.filter(
      (s) => s.url === "https://www.cia.gov/library/reports/archived-reports-1/Ann_Rpt_2002/sle.html",
    );
    expect(sle.map((s) => [s.key, s.chapter])).toEqual([
      ["CIAvsDrug", "Counternarcotics"],
      ["CIAvsCrime", "Countering International Organized Crime"],
    ]);
  });

  it("leaves no markup in the plain text", () => {
    expect(doc.text).not.toMatch(/<ref|\{\{|\}\}|\[\[|\]\]|''|<blockquote|<!--|&nbsp;/i);
    expect(doc.text).not.toMatch(/ {2}/);
    expect(doc.text).not.toMatch(/\w [,.;:](?=\s|$)/); // no space left before punctuation by a removed ref
    expect(doc.text).not.toContain("Category");
    expect(doc.text).not.toContain("DEFAULTSORT");
    expect(doc.text).not.toContain("CIA map of major heroin flows"); // image caption
    expect(doc.text).not.toContain("Office of Transnational Issues}}");
  });

  it("renders links, italics and lists as a reader sees them", () => {
    expect(
      doc.text.startsWith(
        "This article deals with activities of the U.S. Central Intelligence Agency related to transnational crime, including the illicit drug trade.\n\nTwo offices of the CIA Directorate of Intelligence have",
      ),
    ).toBe(true);
    expect(doc.text).toContain('for the San Jose Mercury News entitled, "Dark Alliance", in which');
    expect(doc.text).toContain("ferried arms to the Nicaraguan Contras, had been used");
    expect(doc.text).toContain("See informal money transfer systems to support clandestine activity"); // [[A#B|label]]
    expect(doc.text).toContain(
      "• alternative livelihoods\n• elimination and eradication\n• interdiction\n• law enforcement and justice reform\n• public information",
    );
    expect(doc.text).toContain("According to the CIA flow study,\n\n• Most Southwest Asian heroin flows overland");
    expect(doc.text.endsWith("See also\n\n• Allegations of CIA drug trafficking\n\nReferences")).toBe(true);
  });

  it("places citations where the refs stood, attached to the preceding word", () => {
    const at = (key: string, nth = 0) => around(doc, doc.citations.filter((c) => c.sourceKey === key)[nth].position);
    expect(around(doc, doc.citations[0].position)).toBe(" The Office of Transnational Issues‸ applies uni");
    expect(at("CIA-HeroinMvt-2007")).toBe('uch as "Heroin Movement Worldwide".‸\n\nCIA suppor');
    // "believes <ref …/> the weapons": one space, the citation after "believes".
    expect(at("Porter2007-06-21")).toBe("eney, in that the military believes‸ the weapons");
    // The re-use of "white" comes before its definition and still resolves.
    expect(at("white")).toBe(' assistance from drug traffickers."‸\n\nRepresenta');
    // Two refs back to back sit at the same position, in source order.
    const hitz = doc.citations.findIndex((c) => c.sourceKey === "WP");
    expect(doc.citations[hitz - 1]).toMatchObject({
      sourceKey: "white",
      refName: "white",
      position: doc.citations[hitz].position,
    });
    expect(at("WP")).toBe(' were involved in drug trafficking"‸ Hitz also s');
    expect(at("water")).toBe("volved in every level of their war.‸\n\nIn 1996, i");
  });

  it("fills the Kerry Committee report sources field by field", () => {
    const kornbluh = sourceTitled(
      doc,
      "Anatomy of a Story, Crack the Contras and the CIA: The Storm Over Dark Alliance",
    )!;
    expect(kornbluh.key).toMatch(/^ref-[0-9a-f]{8}$/);
    expect(withoutRaw(kornbluh)).toEqual({
      key: kornbluh.key,
      title: "Anatomy of a Story, Crack the Contras and the CIA: The Storm Over Dark Alliance",
      authors: ["Peter Kornbluh"],
      date: "January–February 1997", // a range: kept as written
      publisher: "Columbia Journalism Review",
      url: "http://www.gwu.edu/~nsarchiv/NSAEBB/NSAEBB2/storm.htm",
      accessDate: "2006-04-22",
      kind: "web",
    });
    expect(kornbluh.raw).toMatch(/^\{\{citation\s+\| first =Peter \| last = Kornbluh/);
    expect(withoutRaw(doc.sources.find((s) => s.key === "white")!)).toEqual({
      key: "white",
      title: "Whiteout: The CIA, Drugs and the Press",
      authors: ["Alexander Cockburn", "Jeffrey St Clair"],
      date: "1999-10-01", // "October 1, 1999"
      publisher: "Verso",
      isbn: "1-85984-258-5",
      kind: "book",
    });
    expect(withoutRaw(doc.sources.find((s) => s.key === "water")!)).toEqual({
      key: "water",
      title: "Congressional Record (07 May 1998) [Page: H2970]",
      authors: [], // "author =" is empty
      date: "1998",
      url: "http://www.csun.edu/CommunicationStudies/ben/news/cia/7May98/waters2.html",
      archiveUrl:
        "https://web.archive.org/web/20060314152912/http://www.csun.edu/CommunicationStudies/ben/news/cia/7May98/waters2.html",
      archiveDate: "2006-03-14",
      accessDate: "2006-04-22",
      kind: "web",
    });
  });

  it("fills Hitz via the Washington Post, McCoy's 1972 NYRB letter and Leary's CSI study", () => {
    expect(withoutRaw(doc.sources.find((s) => s.key === "WP")!)).toEqual({
      key: "WP",
      title: "Inspector: CIA Kept Ties With Alleged Traffickers",
      authors: ["Walter Pincus"],
      date: "1998-03-17", // "17 March 1998"
      publisher: "The Washington Post",
      page: "A12",
      url: "https://www.washingtonpost.com/archive/politics/1998/03/17/inspector-cia-kept-ties-with-alleged-traffickers/95bed7c7-3f2c-401a-9d65-f10a2b871e31/",
      accessDate: "2007-04-15",
      kind: "journal", // given as "journal =" in the file
    });
    expect(withoutRaw(doc.sources.find((s) => s.key === "McCoy1972-09-21")!)).toEqual({
      key: "McCoy1972-09-21",
      title: "A Correspondence with the CIA",
      authors: ["Alfred W. McCoy"],
      date: "1972-09-21",
      publisher: "New York Review of Books",
      url: "http://www.nybooks.com/articles/1972/09/21/a-correspondence-with-the-cia/",
      kind: "journal",
    });
    expect(withoutRaw(doc.sources.find((s) => s.key === "LearyLaos")!)).toEqual({
      key: "LearyLaos",
      title: 'Supporting the "Secret War": CIA Air Operations in Laos, 1955-1974',
      authors: ["William M. Leary"],
      publisher: "Center for the Study of Intelligence, Central Intelligence Agency",
    });
  });

  it('reads free-text refs ([url "Title", Author, Work date, page])', () => {
    expect(withoutRaw(sourceTitled(doc, "The Secret Team, Part IV: Visiting Vietnam")!)).toMatchObject({
      authors: ["John Bacher"],
      publisher: "Peace Magazine",
      date: "Jun-Jul 1988",
      page: "10",
      url: "http://archive.peacemagazine.org/v04n3p10.htm",
    });
    expect(sourceTitled(doc, "Opium Harvest at Record Level in Afghanistan")).toMatchObject({
      authors: ["Carlotta Gall"],
      publisher: "NY Times",
      date: "2006-09-03",
      url: "https://www.nytimes.com/2006/09/03/world/asia/03afghan.html",
    });
    // Empty quoted title: the rest of the ref stands in, the fields are still read.
    const schmitt = doc.sources.find((s) => s.url?.includes("19taliban"))!;
    expect(schmitt).toMatchObject({ authors: ["Eric Schmitt"], date: "2009-10-18", publisher: "The New York Times" });
    // The date is its own field, not repeated in the title (issue 16: "date twice").
    expect(schmitt.title).toBe("by Eric Schmitt, The New York Times");
  });

  it("fills more template fields: author lists, chapter-url, agency, year, mixed first/last1", () => {
    const byKey = (k: string) => doc.sources.find((s) => s.key === k)!;
    expect(byKey("UNODC-Afg-Drug-Ch05")).toMatchObject({
      chapter: "5: Prices and Market Interactions in the Opium Economy",
      authors: ["William A. Byrd", "Olivier Jonglez"],
      publisher: "United Nations Office on Drugs and Crime (UNODC)",
      url: "http://www.unodc.org/pdf/afg/publications/afghanistan_drug_industry.pdf",
    });
    expect(byKey("AP1986-03-16")).toMatchObject({ publisher: "Associated Press", date: "1986-03-16", authors: [] });
    expect(byKey("KarzaiCN2006")).toMatchObject({ date: "2006", authors: ["Hamid Karzai"], archiveDate: "2007-01-13" });
    expect(byKey("Samii2003")).toMatchObject({
      date: "Winter–Spring 2003",
      publisher: "Brown Journal of World Affairs",
    });
    expect(
      sourceTitled(
        doc,
        "Letter from Afghanistan: The Taliban's Opium War: The difficulties and dangers of the eradication program",
      )!.authors,
    ).toEqual(["Jon Lee Anderson"]);
  });

  it("lists the sections with their levels, down to level 5", () => {
    expect(doc.sections.map((s) => [s.level, s.title])).toEqual([
      [2, "Drug trade"],
      [3, "Counternarcotics mission"],
      [3, "Latin America"],
      [4, "Iran-Contra related"],
      [5, "Nicaragua 1984"],
      [5, "Nicaragua 1983"],
      [4, "1990 Colombian counternarcotics blowback"],
      [3, "Southeast Asia"],
      [4, "Beginning of transnational drug trade in colonial Indochina"],
      [4, "Perspective on CIA role"],
      [3, "Southwest Asia"],
      [4, "Background of the current situation"],
      [4, "The Afghan economy and opium"],
      [4, "Corruption and the erosion of the rule of law"],
      [4, "The nexus between the drug industry and hawala"],
      [4, "Possible effects on Iran"],
      [2, "Slavery"],
      [2, "Financial crime and money laundering"],
      [2, "See also"],
      [2, "References"],
    ]);
    const sec = (t: string) => doc.sections.find((s) => s.title === t)!;
    // Each heading is a line of its own at the section start.
    for (const s of doc.sections)
      expect(`\n${doc.text}\n`.slice(s.start, s.start + s.title.length + 2)).toBe(`\n${s.title}\n`);
    // A section runs to the next heading of the same or a higher level.
    expect(sec("Drug trade").end).toBe(sec("Slavery").start - 2);
    expect(sec("Nicaragua 1984").end).toBe(sec("Nicaragua 1983").start - 2);
    expect(sec("Nicaragua 1983").end).toBe(sec("1990 Colombian counternarcotics blowback").start - 2);
    expect(sec("Iran-Contra related").end).toBe(sec("Nicaragua 1983").end);
    expect(
      doc.text.slice(0, sec("Counternarcotics mission").end).endsWith("calculating the prevalence of drug use."),
    ).toBe(true);
  });

  it("keeps blockquotes and {{quote}} as quotation paragraphs", () => {
    expect(doc.quotations).toHaveLength(18 + 5); // 18 <blockquote>, 5 {{quote}}
    const quoted = doc.quotations.map((q) => doc.text.slice(q.start, q.end));
    expect(quoted[0]).toMatch(/^Drug cultivation thrives on instability.*the biggest challenge to containment\.$/s);
    expect(quoted[1]).toBe(
      "who provided support for the Contras were involved in drug trafficking ... and elements of the Contras themselves knowingly received financial and material assistance from drug traffickers.",
    );
    expect(quoted[2]).toMatch(/^Senator Kerry and his Senate investigation.*involved in every level of their war\.$/s); // {{quote}}
    // A two-paragraph {{quote}} is one quotation spanning both paragraphs.
    const leary = quoted.find((q) => q.startsWith("For more than 13 years"))!;
    expect(leary).toContain("Gulf of Siam.\n\nIf the CIA was not involved in the drug trade");
    expect(leary.endsWith("not on policing the drug trade.")).toBe(true);
    expect(quoted).toContain(
      "Working with the UK and the Afghan government, the United States developed its own strategy to counter the opium problem in Afghanistan, which has the following five pillars:\n\n• alternative livelihoods\n• elimination and eradication\n• interdiction\n• law enforcement and justice reform\n• public information",
    );
    // Lead-ins are not part of the quotation.
    expect(quoted.some((q) => q.includes("According to the United Nations Office on Drugs and Crime"))).toBe(false);
  });

  it("turns maintenance templates into flags with their section, leaving the text", () => {
    expect(doc.flags.map((f) => [f.kind, f.template, f.section])).toEqual([
      ["essay-like", "essay-like", undefined],
      ["original research", "Original research section", "Southwest Asia"],
      ["original research", "Original research section", "Background of the current situation"],
      ["citation needed", "citation needed", "Background of the current situation"],
      ["original research", "Original research section", "The Afghan economy and opium"],
      ["original research", "Original research section", "Corruption and the erosion of the rule of law"],
      ["original research", "Original research section", "The nexus between the drug industry and hawala"],
      ["original research", "Original research section", "Possible effects on Iran"],
    ]);
    expect(doc.flags[0].position).toBe(0);
    const cn = doc.flags[3];
    expect(around(doc, cn.position)).toBe("o weaken it through drug addiction.‸ According t");
    expect(doc.text.slice(doc.flags[1].position, doc.flags[1].position + 27)).toBe("While the CIA reports on th");
  });
});

describe("wikitext: markup to reader text", () => {
  it("resolves links, external links, bold/italic, entities and link trails", () => {
    const doc = parseDocument(
      "'''Bold''' and ''it'' [[A|B]] [[C]] [http://x.com title] [http://y.com] x&nbsp;y &ndash; z &amp; [[Nicaragua]]n.",
      "wikitext",
    );
    expect(doc.text).toBe("Bold and it B C title x y – z & Nicaraguan.");
  });

  it("drops comments, categories, files, navboxes, DEFAULTSORT, reflist and unwraps nowiki", () => {
    const doc = parseDocument(
      "A<!-- hidden --> b [[File:X.png|thumb|Caption]] c <nowiki>[[d]]</nowiki>.\n{{Infobox person|name=X}}\n\n==Refs==\n{{Reflist}}\n<references/>\n{{Navbox}}\n{{DEFAULTSORT:X}}\n[[Category:Y]]",
      "wikitext",
    );
    expect(doc.text).toBe("A b c [[d]].\n\nRefs");
  });

  it("keeps paragraphs, list items and headings on their own lines", () => {
    const doc = parseDocument(
      "Intro line one\nline two.\n\n== Head ==\n* a\n* b\n# c\n: indented\nAfter list.",
      "wikitext",
    );
    expect(doc.text).toBe("Intro line one line two.\n\nHead\n\n• a\n• b\n• c\nindented\n\nAfter list.");
    expect(doc.sections).toEqual([{ title: "Head", level: 2, start: 26, end: doc.text.length }]);
  });

  it("renders {{quote}} with its attribution and <blockquote> paragraphs as quotations", () => {
    const doc = parseDocument(
      "Lead:\n{{quote|Quoted text.|Author Name|Source Work}}\n<blockquote>Block\nquote.\n\nSecond para.</blockquote>\nAfter.",
      "wikitext",
    );
    expect(doc.text).toBe(
      "Lead:\n\nQuoted text.\n\n— Author Name, Source Work\n\nBlock quote.\n\nSecond para.\n\nAfter.",
    );
    expect(doc.quotations.map((q) => doc.text.slice(q.start, q.end))).toEqual([
      "Quoted text.\n\n— Author Name, Source Work",
      "Block quote.\n\nSecond para.",
    ]);
  });

  it("flags {{cn}}, {{fact}}, {{clarify}} and {{who}} at their position", () => {
    const doc = parseDocument(
      "== S ==\nOne.{{cn|date=May 2020}} Two {{fact}} three.{{Clarify}} Some{{who}} said.",
      "wikitext",
    );
    expect(doc.text).toBe("S\n\nOne. Two three. Some said.");
    expect(doc.flags.map((f) => [f.kind, f.template, doc.text.slice(0, f.position).slice(-4), f.section])).toEqual([
      ["citation needed", "cn", "One.", "S"],
      ["citation needed", "fact", " Two", "S"],
      ["clarify", "Clarify", "ree.", "S"],
      ["who", "who", "Some", "S"],
    ]);
  });
});

describe("wikitext: refs and sources", () => {
  it("resolves a named re-use that precedes its definition and reads {{Cite book}} case-insensitively", () => {
    const doc = parseDocument(
      'One.<ref name="b" /> Two.<ref name="b">{{Cite Book|title=B|author=Ann Author|year=1999|isbn=978-0-00-000000-0|pages=12–14|publisher=Pub|doi=10.1/x}}</ref>',
      "wikitext",
    );
    expect(doc.text).toBe("One. Two.");
    expect(doc.citations).toEqual([
      { sourceKey: "b", refName: "b", position: 4 },
      { sourceKey: "b", refName: "b", position: 9 },
    ]);
    expect(doc.sources).toEqual([
      {
        key: "b",
        title: "B",
        authors: ["Ann Author"],
        date: "1999",
        publisher: "Pub",
        isbn: "978-0-00-000000-0",
        doi: "10.1/x",
        page: "12–14",
        kind: "book",
        raw: expect.stringContaining("Cite Book"),
      },
    ]);
  });

  it("reads numbered authors, last-only names, work over publisher, chapter-url and archive fields", () => {
    const doc = parseDocument(
      "X.<ref>{{cite news |title=T |last1=Doe |first1=Jane |last2=Roe |author3=Zed Q |work=The Paper |publisher=Paper Co |date=May 5, 2001 |url=http://x.com/a |archive-url=https://web.archive.org/1/http://x.com/a |archive-date=6 June 2002 |access-date=2003-01-02 |page=4}}</ref> Y.<ref>{{cite web|chapter-url=http://c.com|chapter=Ch|title=Book|agency=AP}}</ref>",
      "wikitext",
    );
    expect(doc.sources.map(withoutRaw)).toEqual([
      {
        key: expect.stringMatching(/^ref-/),
        title: "T",
        authors: ["Jane Doe", "Roe", "Zed Q"],
        date: "2001-05-05",
        publisher: "The Paper",
        url: "http://x.com/a",
        archiveUrl: "https://web.archive.org/1/http://x.com/a",
        archiveDate: "2002-06-06",
        accessDate: "2003-01-02",
        page: "4",
        kind: "news",
      },
      {
        key: expect.stringMatching(/^ref-/),
        title: "Book",
        chapter: "Ch",
        authors: [],
        publisher: "AP",
        url: "http://c.com",
        kind: "web",
      },
    ]);
  });

  it("gives identical unnamed refs one source, and {{r}} re-uses named refs", () => {
    const doc = parseDocument(
      "A.<ref>Same note.</ref> B.<ref>Same note.</ref> C.{{r|n}}<ref name=n>Other, http://o.example/p</ref>",
      "wikitext",
    );
    expect(doc.sources.map((s) => s.title)).toEqual(["Same note", "Other"]);
    expect(doc.sources[1].url).toBe("http://o.example/p");
    expect(doc.citations.map((c) => c.sourceKey)).toEqual([doc.sources[0].key, doc.sources[0].key, "n", "n"]);
  });

  it("collects list-defined refs inside <references>", () => {
    const doc = parseDocument(
      'Claim.<ref name="ld" />\n\n<references>\n<ref name="ld">{{cite web|title=Listed|url=http://l.example}}</ref>\n</references>',
      "wikitext",
    );
    expect(doc.text).toBe("Claim.");
    expect(doc.citations).toEqual([{ sourceKey: "ld", refName: "ld", position: 6 }]);
    expect(doc.sources[0]).toMatchObject({ key: "ld", title: "Listed", url: "http://l.example" });
  });

  it("warns about, and skips, re-uses of undefined names and empty refs", () => {
    const input = 'A.<ref name="nope" /> B.<ref></ref> C.<ref name="ok">ok</ref>';
    const doc = parseDocument(input, "wikitext");
    expect(doc.text).toBe("A. B. C.");
    expect(doc.citations).toEqual([{ sourceKey: "ok", refName: "ok", position: 8 }]);
    expect(doc.warnings).toEqual([
      {
        code: "undefined_ref_name",
        message: expect.stringContaining('"nope"'),
        position: input.indexOf('<ref name="nope"'),
      },
      { code: "empty_ref", message: expect.any(String), position: input.indexOf("<ref></ref>") },
    ]);
  });

  it("warns when a name is defined twice with different content and keeps the first", () => {
    const doc = parseDocument('a <ref name="d">one</ref> b <ref name="d">two</ref>', "wikitext");
    expect(doc.sources.map((s) => s.title)).toEqual(["one"]);
    expect(doc.citations).toHaveLength(2);
    expect(doc.warnings.map((w) => w.code)).toEqual(["conflicting_ref_definition"]);
  });

  it("reports unbalanced refs, unclosed templates and links, and strips the leftovers", () => {
    const input = "Broken <ref>unclosed and {{unclosed|x and [[link";
    const doc = parseDocument(input, "wikitext");
    expect(doc.text).not.toMatch(/<ref|\{\{|\[\[/);
    expect(doc.text.startsWith("Broken unclosed and")).toBe(true);
    expect(doc.warnings).toEqual([
      { code: "unbalanced_ref", message: expect.any(String), position: input.indexOf("<ref>") },
      { code: "unclosed_template", message: expect.any(String), position: input.indexOf("{{") },
      { code: "unclosed_link", message: expect.any(String), position: input.indexOf("[[") },
    ]);
  });
});
