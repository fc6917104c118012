// Issue 16, item 5: each wikitext finding, as a new user met it on real articles.
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/documents/parse";
import { AppError } from "@/lib/errors";

const wiki = (s: string) => parseDocument(s, "wikitext");

describe("wikitext fidelity (issue 16)", () => {
  it("makes {{IMDb name}} and {{official website}} sources with URLs, in refs and in External links", () => {
    const doc = wiki(
      "He acted.<ref>{{IMDb name|0000123|Jo Bloggs}}</ref>\n\n== External links ==\n* {{Official website|https://jo.example}}\n* {{IMDb name|id=0000123|name=Jo Bloggs}}\n* [https://archive.example/jo Jo Bloggs papers] at the archive\n* {{Unknown link template|42}}",
    );
    expect(doc.sources.map((s) => [s.title, s.url])).toEqual([
      ["Jo Bloggs at IMDb", "https://www.imdb.com/name/nm0000123/"],
      ["Official website", "https://jo.example"],
      ["Jo Bloggs at IMDb", "https://www.imdb.com/name/nm0000123/"],
      ["Jo Bloggs papers", "https://archive.example/jo"],
    ]);
    // The ref and the External links item of the same IMDb page are two sources here (one per
    // key, as for any two refs sharing a URL); the DB layer dedupes them by URL.
    expect(doc.citations).toHaveLength(4);
    expect(doc.text).toBe(
      "He acted.\n\nExternal links\n\n• Official website\n• Jo Bloggs at IMDb\n• Jo Bloggs papers at the archive",
    );
    expect(doc.sources.every((s) => !/\{\{|IMDb name/.test(s.title ?? ""))).toBe(true);
  });

  it("gives a free-text ref its date once, and a second date (retrieved) as the access date", () => {
    const doc = wiki(
      "A.<ref>Dayton Daily News, January 4, 2016.</ref> B.<ref>[https://x.example/a Title of piece], Daily News, January 4, 2016, 2016-01-04.</ref> C.<ref>\"Rederi får millionbøde\", ''Politiken'', 22 September 2016. Retrieved 2016-09-23.</ref>",
    );
    expect(
      doc.sources.map(({ title, date, publisher, accessDate, url }) => ({ title, date, publisher, accessDate, url })),
    ).toEqual([
      { title: "Dayton Daily News", date: "2016-01-04", publisher: undefined, accessDate: undefined, url: undefined },
      {
        title: "Title of piece",
        date: "2016-01-04",
        publisher: "Daily News",
        accessDate: undefined,
        url: "https://x.example/a",
      },
      {
        title: "Rederi får millionbøde",
        date: "2016-09-22",
        publisher: "Politiken",
        accessDate: "2016-09-23",
        url: undefined,
      },
    ]);
  });

  it("reads {{Internetquelle}}, {{Literatur}}, {{Lien web}}, {{Ouvrage}}, {{Cita web}} and {{Cita libro}}", () => {
    const doc = wiki(
      [
        "a<ref>{{Internetquelle |url=https://de.example/x |titel=Ein Titel |autor=Anna Beck |werk=Die Zeit |datum=2020-03-04 |abruf=2021-01-02 |archiv-url=https://web.archive.org/web/2020/https://de.example/x |archiv-datum=2020-03-05}}</ref>",
        "b<ref>{{Literatur |Autor=Hans Meier |Titel=Ein Buch |Verlag=Beck |Ort=München |Jahr=1999 |ISBN=3-406-00000-0 |Seiten=12–14}}</ref>",
        "c<ref>{{Lien web |auteur1=Claire Dubois |titre=Un titre |url=https://fr.example/y |site=Le Monde |date=8 mars 2019 |consulté le=2 février 2022}}</ref>",
        "d<ref>{{Ouvrage |prénom1=Bernard |nom1=Marck |titre=Les aviatrices |éditeur=L'Archipel |année=2009 |isbn=978-2-8098-0167-0 |passage=142}}</ref>",
        "e<ref>{{Cita web |url=https://es.example/z |título=Un título |apellido=Restrepo |nombre=Andrés |obra=La Patria |fecha=2 de agosto de 2016 |urlarchivo=https://web.archive.org/web/2016/https://es.example/z}}</ref>",
        "f<ref>{{Cita libro |apellidos=Ferrer |nombre=Lucía |título=Las horas quietas |editorial=Destino |año=2011}}</ref>",
      ].join("\n"),
    );
    const pick = doc.sources.map(({ title, authors, date, publisher, url, archiveUrl, isbn, page, kind }) => ({
      title,
      authors,
      date,
      publisher,
      url,
      archiveUrl,
      isbn,
      page,
      kind,
    }));
    expect(pick).toEqual([
      {
        title: "Ein Titel",
        authors: ["Anna Beck"],
        date: "2020-03-04",
        publisher: "Die Zeit",
        url: "https://de.example/x",
        archiveUrl: "https://web.archive.org/web/2020/https://de.example/x",
        isbn: undefined,
        page: undefined,
        kind: "web",
      },
      {
        title: "Ein Buch",
        authors: ["Hans Meier"],
        date: "1999",
        publisher: "Beck",
        url: undefined,
        archiveUrl: undefined,
        isbn: "3-406-00000-0",
        page: "12–14",
        kind: "book",
      },
      {
        title: "Un titre",
        authors: ["Claire Dubois"],
        date: "8 mars 2019",
        publisher: "Le Monde",
        url: "https://fr.example/y",
        archiveUrl: undefined,
        isbn: undefined,
        page: undefined,
        kind: "web",
      },
      {
        title: "Les aviatrices",
        authors: ["Bernard Marck"],
        date: "2009",
        publisher: "L'Archipel",
        url: undefined,
        archiveUrl: undefined,
        isbn: "978-2-8098-0167-0",
        page: "142",
        kind: "book",
      },
      {
        title: "Un título",
        authors: ["Andrés Restrepo"],
        date: "2 de agosto de 2016",
        publisher: "La Patria",
        url: "https://es.example/z",
        archiveUrl: "https://web.archive.org/web/2016/https://es.example/z",
        isbn: undefined,
        page: undefined,
        kind: "web",
      },
      {
        title: "Las horas quietas",
        authors: ["Lucía Ferrer"],
        date: "2011",
        publisher: "Destino",
        url: undefined,
        archiveUrl: undefined,
        isbn: undefined,
        page: undefined,
        kind: "book",
      },
    ]);
  });

  it("keeps script-title= prefixes and templates inside URLs out of titles", () => {
    const doc = wiki(
      "a<ref>{{cite web |script-title=ja:森本健二 建築家紹介 |trans-title=Profile |url=https://jia.example/m}}</ref> b<ref>{{cite web |title=T {{!}} U |url=https://x.example/?q={{urlencode:a b}}}}</ref> c<ref>[https://y.example/{{!}}p Plain title] and more</ref>",
    );
    expect(doc.sources.map((s) => [s.title, s.url])).toEqual([
      ["森本健二 建築家紹介", "https://jia.example/m"],
      ["T | U", "https://x.example/?q=a+b"],
      ["Plain title", "https://y.example/|p"],
    ]);
  });

  it("takes the archive URL from {{webarchive}}, inside the ref or right after it", () => {
    const doc = wiki(
      "a<ref>{{cite web |title=One |url=https://a.example}} {{Webarchive|url=https://web.archive.org/web/2019/https://a.example|date=2019-01-02}}</ref> b<ref>{{cite web |title=Two |url=https://b.example}}</ref>{{webarchive |url=https://web.archive.org/web/2020/https://b.example |date=3 March 2020}}",
    );
    expect(doc.sources.map((s) => [s.title, s.archiveUrl, s.archiveDate])).toEqual([
      ["One", "https://web.archive.org/web/2019/https://a.example", "2019-01-02"],
      ["Two", "https://web.archive.org/web/2020/https://b.example", "2020-03-03"],
    ]);
  });

  it("links {{sfn}} and ref-wrapped {{harvnb}} to the bibliography entry, and makes {{efn}} a note", () => {
    const doc = wiki(
      "One.{{sfn|Harmon|2003|p=5}} Two.<ref>{{harvnb|Harmon|2003|p=9}}</ref> Three.{{efn|A note with a ref.<ref>{{cite web|title=Inner|url=https://i.example}}</ref>}} Four.{{sfn|Nobody|1999}}\n\n== Notes ==\n{{notelist}}\n\n== Sources ==\n* {{cite book |last=Harmon |first=Leslie |title=Directors |publisher=UC Press |year=2003}}",
    );
    const harmon = doc.sources.find((s) => s.title === "Directors")!;
    expect(doc.citations.filter((c) => c.sourceKey === harmon.key)).toHaveLength(3);
    expect(doc.sources.find((s) => s.kind === "note")).toMatchObject({ title: "A note with a ref." });
    expect(doc.sources.find((s) => s.title === "Inner")).toBeDefined();
    // An {{sfn}} with no entry to point at still cites something readable.
    expect(doc.sources.find((s) => s.title === "Nobody 1999")).toBeDefined();
    expect(doc.citations).toHaveLength(6);
    expect(doc.text).toContain("Sources\n\n• Leslie Harmon (2003). Directors. UC Press");
  });

  it("collects list-defined refs in <references>…</references> and {{reflist|refs=}} without citing them twice", () => {
    const doc = wiki(
      'A.<ref name="a" /> B.<ref name="b" />\n\n<references>\n<ref name="a">{{cite web|title=Alpha|url=https://a.example}}</ref>\n</references>\n{{reflist|refs=\n<ref name="b">{{cite news|title=Beta|work=Paper}}</ref>\n}}',
    );
    expect(doc.sources.map((s) => s.title)).toEqual(["Alpha", "Beta"]);
    expect(doc.citations.map((c) => c.sourceKey)).toEqual(["a", "b"]);
    expect(doc.warnings).toEqual([]);
  });

  it("counts every <ref>: in an infobox, a file caption, a heading, a table cell and a note", () => {
    const doc = wiki(
      "{{Infobox person\n| height = 1.7 m<ref>{{cite web|title=H|url=https://h.example}}</ref>\n}}\n[[File:x.jpg|thumb|Caption<ref>Caption source</ref>]]\nText.<ref>Body source</ref>\n== Heading<ref>Heading source</ref> ==\n{|\n| cell<ref>Cell source</ref>\n|}\nEnd.{{efn|Note<ref>Note source</ref>}}",
    );
    expect(
      doc.sources
        .filter((s) => s.kind !== "note")
        .map((s) => s.title)
        .sort(),
    ).toEqual(["Body source", "Caption source", "Cell source", "H", "Heading source", "Note source"]);
    expect(doc.citations).toHaveLength(7);
    expect(doc.text).not.toMatch(/\{\{|\[\[|<ref|\{\|/);
  });

  it("keeps tables and lists as text without markup, decodes entities and turns <br> into line breaks", () => {
    const doc = wiki(
      '{| class="wikitable sortable"\n|+ Results&nbsp;2019\n! Year !! Team !! Points\n|-\n| 2018 || style="text-align:left" | [[FC A|A]] || 12&nbsp;pts\n|-\n| 2019 || B&amp;C || {{abbr|14|fourteen}}\n|}\n* First<br />line\n# Second &mdash; item\nx&nbsp;y &lt;tag&gt; &#8212;<br>z',
    );
    expect(doc.text).toBe(
      "Results 2019\n\nYear | Team | Points\n\n2018 | A | 12 pts\n\n2019 | B&C | 14\n\n• First\nline\n• Second — item\n\nx y <tag> —\nz",
    );
  });

  it("keeps bold and italic as marks over the plain text", () => {
    const doc = wiki(
      "'''Henry Caldwell''' is known for ''[[Night Crossing (film)|Night Crossing]]'' and '''''both''''' here.<ref>x</ref>\n* ''one'' two ''{{convert|3|km}} away''",
    );
    const shown = (doc.marks ?? []).map((m) => [m.kind, doc.text.slice(m.start, m.end)]);
    expect(shown).toEqual([
      ["bold", "Henry Caldwell"],
      ["italic", "Night Crossing"],
      ["bold", "both"],
      ["italic", "both"],
      ["italic", "one"],
      ["italic", "3 km away"],
    ]);
  });

  it("refuses a redirect page with an error naming its target", () => {
    for (const src of [
      "#REDIRECT [[Foo Bar]]",
      "#redirect[[Foo Bar#Section|x]]\n{{R from move}}",
      "#WEITERLEITUNG [[Foo Bar]]",
    ]) {
      let err: unknown;
      try {
        parseDocument(src, "auto");
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).message).toMatch(/redirect to "Foo Bar(#Section)?"/);
    }
  });

  it("reads the fast path's simple templates and refs exactly as the parsed ones", () => {
    // Same content, once simple (fast path) and once with markup that forces the real parser.
    const fast = wiki(
      "A.<ref>{{cite web|title=T|url=https://t.example|last=Doe|first=J.|date=2020-01-02}}</ref> {{convert|5|km}} {{nowrap|x y}}{{cn}}",
    );
    const slow = wiki(
      "A.<ref>{{cite web|title=T|url=https://t.example|last=Doe|first=J.|date=2020-01-02}}<!-- c --></ref> {{convert|5|km}}<!-- c --> {{nowrap|x ''y''}}<!-- c -->{{cn|date=<!-- c -->}}",
    );
    expect(fast.text).toBe("A. 5 km x y");
    expect(slow.text).toBe(fast.text);
    expect(slow.sources.map(({ raw: _raw, key: _key, ...s }) => s)).toEqual(
      fast.sources.map(({ raw: _raw, key: _key, ...s }) => s),
    );
    expect(slow.flags.map((f) => [f.kind, f.position])).toEqual(fast.flags.map((f) => [f.kind, f.position]));
    expect(slow.citations.map((c) => c.position)).toEqual(fast.citations.map((c) => c.position));
  });
});
