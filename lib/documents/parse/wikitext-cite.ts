// Source fields from the content of a <ref>: a citation template in any language ({{cite web}},
// {{citation}}, {{Internetquelle}}, {{Lien web}}, {{Cita web}}...), a short reference ({{sfn}},
// {{harvnb}}), or free text with an external link. Templates arrive as TemplateArgs (names and
// values already plain text), from the parsed tree or from the fast path (wikitext-fast).
import type { AstNodes, Token, TranscludeToken } from "wikiparser-node";
import { parseCitationText, type SourceFields } from "./citation-text";
import { normalizeDate } from "./dates";
import { externalLink } from "./wikitext-links";
import { firstUrl, plain, templateArgs, type TemplateArgs } from "./wikitext-plain";

// prettier-ignore
const CITE_NAMES = new Set([
  "citation", "cite", "internetquelle", "literatur", "cite web", "lien web", "article", "ouvrage", "chapitre",
  "lien brisé", "lien conférence", "cita web", "cita noticia", "cita libro", "cita publicación", "cita publicacion",
  "cita conferencia", "cita enciclopedia", "cita tesis", "cita entrevista", "cita video", "cita informe",
  "citar web", "citar livro", "citar jornal", "citar periódico", "cita", "webbref", "tidningsref", "bokref",
  "cytuj stronę", "cytuj pismo", "cytuj książkę", "citeer web", "citeer boek", "cita news", "web cite",
  "cite arxiv", "internetquelle/archiv", "zeitung", "cite iucn",
]);
/** A citation template: any "cite …", "cita …", "citar …", "vcite …" and the known names above. */
export const isCite = (name: string) => CITE_NAMES.has(name) || /^(?:cite|vcite|cita|citar|cytuj|citeer)\s/.test(name);
export const SHORT_REF = new Set([
  "sfn",
  "sfnp",
  "sfnm",
  "harv",
  "harvnb",
  "harvp",
  "harvtxt",
  "harvcoltxt",
  "harvcolnb",
]);
export const ARCHIVE_TEMPLATES = new Set(["webarchive", "webarchiv", "wayback", "lien archive", "archive"]);

// prettier-ignore
const KIND: Record<string, string> = {
  web: "web", "press release": "web", news: "news", newspaper: "news", magazine: "news", book: "book",
  encyclopedia: "book", dictionary: "book", journal: "journal", conference: "journal", arxiv: "journal",
  report: "report", "tech report": "report", techreport: "report", thesis: "report", interview: "interview",
  court: "court", "us court": "court", internetquelle: "web", literatur: "book", "lien web": "web",
  article: "news", ouvrage: "book", chapitre: "book", noticia: "news", libro: "book", "publicación": "journal",
  publicacion: "journal", zeitung: "news", webbref: "web", tidningsref: "news", bokref: "book",
};

const normKey = (k: string) => k.toLowerCase().replace(/[-_\s]/g, "");
const tidy = (s: string) => s.replace(/\s+/g, " ").trim();

// Parameter names by meaning, across the languages' templates (normalized: no case, dashes, spaces).
// prettier-ignore
const K = {
  title: ["title", "titel", "titre", "título", "titulo", "tytuł", "titolo", "titel"],
  script: ["scripttitle", "scripttitre", "títulooriginal"],
  trans: ["transtitle", "traductiontitre", "títulotrad", "trad", "titletrans"],
  chapter: ["chapter", "contribution", "entry", "section", "chapitre", "capítulo", "kapitel", "titrechapitre"],
  date: ["date", "datum", "fecha", "data"],
  year: ["year", "jahr", "année", "annee", "año", "ano", "rok"],
  month: ["month", "monat", "mois", "mes"],
  container: ["work", "newspaper", "journal", "magazine", "periodical", "website", "encyclopedia", "encyclopaedia",
    "dictionary", "werk", "sammelwerk", "zeitung", "zeitschrift", "site", "périodique", "periodique", "journal",
    "obra", "sitioweb", "periódico", "periodico", "publicación", "publicacion", "revista", "enciclopedia"],
  publisher: ["publisher", "agency", "institution", "via", "verlag", "hrsg", "herausgeber", "éditeur", "editeur",
    "editorial", "agencia", "editora"],
  url: ["url", "chapterurl", "contributionurl", "sectionurl", "entryurl", "articleurl", "conferenceurl",
    "transcripturl", "lireenligne", "online", "urlcapítulo"],
  archiveUrl: ["archiveurl", "archivurl", "urlarchivo", "archiveurl", "urlarchive"],
  archiveDate: ["archivedate", "archivdatum", "fechaarchivo", "datearchive", "archivedatum"],
  access: ["accessdate", "abruf", "abrufdatum", "consultéle", "consultele", "fechaacceso", "accesdate", "dataaccesso"],
  isbn: ["isbn", "isbn13"],
  doi: ["doi"],
  page: ["page", "pages", "p", "pp", "at", "loc", "seite", "seiten", "página", "páginas", "pagina", "paginas",
    "passage", "s"],
};

/** Named parameters as plain text, keyed without case, dashes or underscores ("access-date" → "accessdate"). */
function namedArgs(t: TemplateArgs): Map<string, string> {
  const args = new Map<string, string>();
  for (const [k, v] of t.args) {
    if (/^\d+$/.test(k)) continue;
    const value = tidy(v);
    if (value) args.set(normKey(k), value);
  }
  return args;
}

const AUTHOR_KEY =
  /^(?:last|surname|author|first|given|nom|pr[ée]nom|apellido|nombre|nachname|vorname|autor|auteur|autore|vauthors|people|host)/;

function authorsOf(get: (...k: string[]) => string | undefined, keys: Iterable<string>): string[] {
  const authors: string[] = [];
  const list = [...keys];
  if (!list.some((k) => AUTHOR_KEY.test(k))) return authors;
  // Only as far as the highest numbered parameter ("last3"), at most 30.
  let most = 1;
  for (const k of list) {
    const n = /(\d+)/.exec(k);
    if (n) most = Math.max(most, Math.min(30, Number(n[1])));
  }
  for (let i = 1; i <= most; i++) {
    // Author 1 may be written unnumbered or numbered, even mixed ("first = Jon Lee | last1 = Anderson").
    const ns = i === 1 ? ["", "1"] : [String(i)];
    const any = (f: (n: string) => string[]) => get(...ns.flatMap(f));
    const last = any((n) => [
      `last${n}`,
      `surname${n}`,
      `author${n}last`,
      `authorlast${n}`,
      `nom${n}`,
      `apellido${n}`,
      `apellidos${n}`,
      `nachname${n}`,
    ]);
    const first = any((n) => [
      `first${n}`,
      `given${n}`,
      `author${n}first`,
      `authorfirst${n}`,
      `prénom${n}`,
      `prenom${n}`,
      `nombre${n}`,
      `nombres${n}`,
      `vorname${n}`,
    ]);
    const name =
      any((n) => [`author${n}`, `autor${n}`, `auteur${n}`, `autore${n}`]) ??
      (last ? (first ? `${first} ${last}` : last) : undefined);
    if (name) authors.push(...(i === 1 && /;/.test(name) ? name.split(/\s*;\s*/) : [name]));
  }
  if (authors.length) return authors.filter(Boolean);
  const va = get("vauthors");
  if (va) return va.split(/\s*,\s*/).filter(Boolean);
  const free = get("authors", "people", "host", "autoren");
  return free ? [free] : [];
}

/** "ja:森本健二" → "森本健二" (script-title carries a language prefix). */
const stripLang = (s: string) => s.replace(/^[a-z]{2,3}(?:-[a-z]{2,8})?\s*:\s*/i, "");

export function archiveOf(t: TemplateArgs): { archiveUrl?: string; archiveDate?: string } {
  const get = (...k: string[]) => k.map((x) => t.args.get(x)?.trim()).find(Boolean);
  let url = get("url", "1");
  const wayback = get("wayback", "archive-date");
  if (url && !/archive\.|webcitation|archive\.today/i.test(url) && wayback && /^\d{4,14}$/.test(wayback))
    url = `https://web.archive.org/web/${wayback}/${url}`;
  const date = get("date", "archiv-datum");
  return { ...(url ? { archiveUrl: url } : {}), ...(date ? { archiveDate: normalizeDate(date) } : {}) };
}

export function fromCiteTemplate(t: TemplateArgs): SourceFields {
  const args = namedArgs(t);
  const get = (...keys: string[]) => keys.map((k) => args.get(k)).find((v) => v !== undefined);
  const name = t.name.replace(/^(?:cite|vcite|cita|citar)\s+/, "");
  const year = get(...K.year);
  const date = get(...K.date) ?? (year ? [get(...K.month), year].filter(Boolean).join(" ") : undefined);
  const script = get(...K.script);
  const container = get(...K.container);
  const f: SourceFields = {
    title: get(...K.title) ?? (script ? stripLang(script) : undefined) ?? get(...K.trans),
    chapter: get(...K.chapter),
    authors: authorsOf(get, args.keys()),
    date: date ? normalizeDate(date) : undefined,
    publisher: container ?? get(...K.publisher),
    url: get(...K.url),
    archiveUrl: get(...K.archiveUrl),
    archiveDate: get(...K.archiveDate),
    isbn: get(...K.isbn),
    doi: get(...K.doi),
    page: get(...K.page),
    accessDate: get(...K.access),
    kind:
      name === "citation" || name === "cite"
        ? get("journal", "periodical")
          ? "journal"
          : get("newspaper", "magazine")
            ? "news"
            : get("isbn")
              ? "book"
              : get("url", "chapterurl")
                ? "web"
                : undefined
        : KIND[name],
  };
  if (f.url && !/^(?:https?:)?\/\/|^www\./i.test(f.url)) {
    // "online = [https://… Title]" rendered to its label, or free text: no usable URL.
    delete f.url;
  }
  if (f.url?.startsWith("//")) f.url = `https:${f.url}`;
  if (f.archiveDate) f.archiveDate = normalizeDate(f.archiveDate);
  if (f.accessDate) f.accessDate = normalizeDate(f.accessDate);
  for (const k of Object.keys(f) as (keyof SourceFields)[]) if (f[k] === undefined) delete f[k];
  return f;
}

/** {{sfn|McCoy|1972|p=4}}: authors, year and page; the title is "McCoy 1972" for want of better. */
export function fromShortRef(t: TemplateArgs): SourceFields {
  const { authors, year } = shortRefParts(t);
  const args = namedArgs(t);
  const page = ["p", "pp", "page", "pages", "loc"].map((k) => args.get(k)).find(Boolean);
  const f: SourceFields = { title: [authors.join(", "), year].filter(Boolean).join(" ") || undefined, authors };
  if (year) f.date = year.replace(/[a-z]$/, "");
  if (page) f.page = page;
  if (!f.title) delete f.title;
  return f;
}

function shortRefParts(t: TemplateArgs): { authors: string[]; year?: string } {
  const anon = t.anon.map(tidy).filter(Boolean);
  const yi = anon.findIndex((a) => /^(?:\d{4}[a-z]?|n\.d\.|nd)$/.test(a));
  return { authors: yi < 0 ? anon.slice(0, 4) : anon.slice(0, yi), year: yi < 0 ? undefined : anon[yi] };
}

const anchorKey = (names: string[], year: string | undefined) =>
  `CITEREF${names.join("")}${year ?? ""}`.toLowerCase().replace(/[\s.,'’]/g, "");

/** The anchor {{sfn|Harmon|2003}} links to: "CITEREF" + up to four surnames + year (MediaWiki's rule). */
export function shortRefAnchor(t: TemplateArgs): string | undefined {
  const { authors, year } = shortRefParts(t);
  return authors.length ? anchorKey(authors.slice(0, 4), year) : undefined;
}

/** The anchor a full citation template in a bibliography defines, if it names someone and a year. */
export function citeAnchor(t: TemplateArgs): string | undefined {
  const args = namedArgs(t);
  const get = (...keys: string[]) => keys.map((k) => args.get(k)).find((v) => v !== undefined);
  const names: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const ns = i === 1 ? ["", "1"] : [String(i)];
    const last =
      get(
        ...ns.flatMap((n) => [`last${n}`, `surname${n}`, `author${n}last`, `nom${n}`, `apellido${n}`, `apellidos${n}`]),
      ) ?? get(...ns.flatMap((n) => [`author${n}`]))?.split(",")[0];
    if (last) names.push(last);
  }
  if (!names.length) {
    const ed = get("editorlast", "editor1last", "editorsurname", "editor");
    if (ed) names.push(ed);
  }
  const year = get(...K.year) ?? get(...K.date)?.match(/\b\d{4}\b/)?.[0];
  return names.length ? anchorKey(names, year) : undefined;
}

/** A readable one-line form of a bibliography entry: "Harmon, Leslie (2003). Title. Publisher." */
export function citeLine(f: SourceFields): string {
  const who = f.authors.join("; ");
  const when = f.date ? ` (${f.date})` : "";
  return [`${who}${when}`.trim(), f.chapter, f.title, f.publisher].filter(Boolean).join(". ");
}

/** Fields from the templates of a ref: the citation, the short reference, or an archive link after it. */
export function fieldsFromTemplates(templates: TemplateArgs[]): SourceFields | undefined {
  const cite = templates.find((t) => isCite(t.name));
  const archive = templates.find((t) => ARCHIVE_TEMPLATES.has(t.name));
  if (cite) {
    const f = fromCiteTemplate(cite);
    if (archive && !f.archiveUrl) Object.assign(f, archiveOf(archive));
    return f;
  }
  const short = templates.find((t) => SHORT_REF.has(t.name));
  if (short) return fromShortRef(short);
  // An unknown template that looks like a citation (a title or a URL): read it as one.
  const like = templates.find((t) =>
    [...t.args.keys()].some((k) => K.title.includes(normKey(k)) || normKey(k) === "url"),
  );
  if (like) return fromCiteTemplate(like);
  for (const t of templates) {
    const link = externalLink(t);
    if (link) return { title: link.title, url: link.url, authors: [], kind: "web" };
  }
  return undefined;
}

/** Fields for a ref's inner token (its parsed content). */
export function sourceFields(inner: Token): SourceFields {
  const templates = inner.childNodes
    .filter((c): c is TranscludeToken => c.type === "template")
    .map((t) => templateArgs(t));
  const found = fieldsFromTemplates(templates);
  if (found) return found;
  let url = firstUrl(inner as AstNodes);
  if (url?.startsWith("//")) url = `https:${url}`;
  // [https://… Title] in free text: its label is the title, as a quoted title would be.
  const text = inner.childNodes
    .map((c, i, all) => {
      if (c.type !== "ext-link" || all.findIndex((x) => x.type === "ext-link") !== i) return plain(c);
      const label = plain(c).trim();
      return label && !/["“”]/.test(plain(inner)) ? `“${label}”` : label;
    })
    .join("");
  return parseCitationText(text, { url });
}
