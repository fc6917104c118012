// Issue 16, item 5: 30+ real-shaped Wikipedia articles (tests/fixtures/wikitext: biographies,
// places, companies, science, sports tables, German, French, Spanish). Prints the figures and
// holds the importer to them: ≥ 99% of <ref> tags become citations, and no wikitext markup left
// in the reader's text or in any source title.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@/lib/documents/parse";

const DIR = path.resolve("tests/fixtures/wikitext");
const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".wiki"))
  .sort();
const docs = files.map((f) => {
  const raw = fs.readFileSync(path.join(DIR, f), "utf8");
  return { file: f, raw, doc: parseDocument(raw, "auto") };
});

/** <ref> tags that cite (opening or self-closing), leaving out list-defined definitions and group refs' lists. */
function citingRefs(raw: string): number {
  const body = raw
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<references[^>]*>[\s\S]*?<\/references>/gi, "")
    .replace(/\{\{\s*reflist\s*\|\s*refs\s*=[\s\S]*?\n\}\}/gi, "");
  return (body.match(/<ref[\s>]/gi) ?? []).length;
}

const MARKUP = /\{\{|\}\}|\[\[|\]\]|'''|<ref|\{\||&nbsp;/i;

describe("wikitext fixture set", () => {
  it("has at least 30 articles, German, French and Spanish among them", () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const lang of ["de-", "fr-", "es-"])
      expect(files.filter((f) => f.startsWith(lang)).length).toBeGreaterThanOrEqual(3);
  });

  it("turns at least 99% of <ref> tags into citations, and leaves no markup in text or source titles", () => {
    let refs = 0;
    let cited = 0;
    const leaks: string[] = [];
    const rows: string[] = [];
    for (const { file, raw, doc } of docs) {
      const n = citingRefs(raw);
      // Citations from <ref>s only: link templates, External links and bibliography lines cite too.
      const fromRefs = doc.citations.filter((c) => !/^(?:link|cite|note)-/.test(c.sourceKey) || c.refName).length;
      refs += n;
      cited += Math.min(n, fromRefs);
      rows.push(
        `${file.padEnd(44)} refs ${String(n).padStart(3)}  from refs ${String(fromRefs).padStart(3)}  citations ${String(doc.citations.length).padStart(3)}  sources ${String(doc.sources.length).padStart(3)}  warnings ${doc.warnings.length}`,
      );
      const m = MARKUP.exec(doc.text);
      if (m) leaks.push(`${file}: text has ${JSON.stringify(doc.text.slice(Math.max(0, m.index - 30), m.index + 30))}`);
      for (const s of doc.sources) {
        for (const field of [s.title, s.publisher, s.url, ...s.authors]) {
          if (field && MARKUP.test(field)) leaks.push(`${file}: source ${s.key} has ${JSON.stringify(field)}`);
        }
        if (!s.title && !s.url) leaks.push(`${file}: source ${s.key} has neither title nor URL`);
      }
    }
    const share = cited / refs;
    console.log(
      `${rows.join("\n")}\n${files.length} articles: ${cited} of ${refs} <ref> tags cited (${(share * 100).toFixed(1)}%); ${leaks.length} markup leaks`,
    );
    expect(leaks).toEqual([]);
    expect(share).toBeGreaterThanOrEqual(0.99);
  });

  it("reads non-English citation templates into the same fields", () => {
    const byFile = (f: string) => docs.find((d) => d.file === f)!.doc;
    const de = byFile("de-unternehmen-krone-werke.wiki").sources;
    const nw = de.find((s) => s.title?.startsWith("125 Jahre"))!;
    expect(nw).toMatchObject({
      authors: ["Petra Schulz"],
      date: "2023-05-12",
      publisher: "Neue Westfälische",
      accessDate: "2023-08-01",
    });
    // {{Webarchiv|wayback=…}} after the citation becomes its archive URL.
    expect(de.find((s) => s.title === "Chinesen steigen bei Krone-Werken ein")?.archiveUrl).toBe(
      "https://web.archive.org/web/20150905101010/https://www.handelsblatt.com/unternehmen/mittelstand/krone-werke-jack-einstieg/12345678.html",
    );
    const fr = byFile("fr-bio-jeanne-morel.wiki").sources.find((s) => s.key === "ln")!;
    expect(fr).toMatchObject({
      title: "Jeanne Morel, pionnière oubliée de l'aviation",
      authors: ["Claire Dubois"],
      publisher: "Le Monde",
    });
    const es = byFile("es-empresa-cafes-montana.wiki").sources.find(
      (s) => s.title === "La planta que cambió el café de Caldas",
    )!;
    expect(es).toMatchObject({
      authors: ["Andrés Restrepo"],
      publisher: "La Patria",
      archiveUrl: expect.stringContaining("web.archive.org"),
    });
    // script-title= without title: the title in its script, without the language prefix.
    const ja = byFile("bio-kenji-morimoto.wiki").sources.find(
      (s) => s.url === "https://www.town.yusuhara.kochi.jp/library/",
    )!;
    expect(ja.title).toBe("梼原町立図書館");
  });

  it("links {{sfn}} and {{harvnb}} to their bibliography entry, and gives {{efn}} notes and link templates their sources", () => {
    const caldwell = docs.find((d) => d.file === "bio-henry-caldwell.wiki")!.doc;
    const harmon = caldwell.sources.find((s) => s.title === "Directors of the New Hollywood")!;
    expect(caldwell.citations.filter((c) => c.sourceKey === harmon.key)).toHaveLength(3); // two {{sfn}}s and its own line
    expect(caldwell.sources.find((s) => s.kind === "note")?.title).toMatch(
      /^Some sources give the gross as \$12 million/,
    );
    expect(caldwell.sources.find((s) => s.url === "https://www.imdb.com/name/nm0128831/")?.title).toBe(
      "Henry Caldwell at IMDb",
    );
    expect(caldwell.text).toContain(
      "External links\n\n• Henry Caldwell at IMDb\n• AllMovie\n• Henry Caldwell at Turner Classic Movies",
    );
    const battle = docs.find((d) => d.file === "history-battle-of-orwell-ford.wiki")!.doc;
    const pike = battle.sources.find((s) => s.title === "Suffolk and the Great Rebellion")!;
    // <ref name=Pike>{{harvnb|Pike|1998|p=41}}</ref> and {{sfn|Pike|1998|p=37}} both cite Pike's book.
    expect(battle.citations.filter((c) => c.sourceKey === pike.key).length).toBeGreaterThanOrEqual(3);
    expect(battle.sources.some((s) => s.title === "Pike 1998")).toBe(false);
  });
});
