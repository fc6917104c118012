// Source fields from the content of a <ref>: a citation template ({{cite web}}, {{citation}}...),
// a short reference ({{sfn}}, {{harvnb}}), or free text with an external link.
import type { AstNodes, ParameterToken, Token, TranscludeToken } from "wikiparser-node";
import { parseCitationText, type SourceFields } from "./citation-text";
import { normalizeDate } from "./dates";
import { firstUrl, plain, templateName } from "./wikitext-plain";

const isCite = (name: string) => name === "citation" || name === "cite" || /^(?:cite|vcite)\s/.test(name);
const SHORT_REF = new Set(["sfn", "sfnp", "harv", "harvnb", "harvp", "harvtxt", "harvcoltxt", "harvcolnb"]);

// prettier-ignore
const KIND: Record<string, string> = {
  web: "web", "press release": "web", news: "news", newspaper: "news", magazine: "news", book: "book",
  encyclopedia: "book", dictionary: "book", journal: "journal", conference: "journal", arxiv: "journal",
  report: "report", "tech report": "report", techreport: "report", thesis: "report", interview: "interview",
  court: "court", "us court": "court",
};

const normKey = (k: string) => k.toLowerCase().replace(/[-_\s]/g, "");
const tidy = (s: string) => s.replace(/\s+/g, " ").trim();

/** Named parameters as plain text, keyed without case, dashes or underscores ("access-date" → "accessdate"). */
function namedArgs(t: TranscludeToken): Map<string, string> {
  const args = new Map<string, string>();
  for (const p of t.getAllArgs() as ParameterToken[]) {
    if (p.anon) continue;
    const v = tidy(plain(p.lastChild));
    if (v) args.set(normKey(p.name), v);
  }
  return args;
}

function authorsOf(get: (...k: string[]) => string | undefined): string[] {
  const authors: string[] = [];
  for (let i = 1; i <= 30; i++) {
    // Author 1 may be written unnumbered or numbered, even mixed ("first = Jon Lee | last1 = Anderson").
    const ns = i === 1 ? ["", "1"] : [String(i)];
    const any = (f: (n: string) => string[]) => get(...ns.flatMap(f));
    const last = any((n) => [`last${n}`, `surname${n}`, `author${n}last`, `authorlast${n}`]);
    const first = any((n) => [`first${n}`, `given${n}`, `author${n}first`, `authorfirst${n}`]);
    const name = any((n) => [`author${n}`]) ?? (last ? (first ? `${first} ${last}` : last) : undefined);
    if (name) authors.push(name);
  }
  if (authors.length) return authors;
  const va = get("vauthors");
  if (va) return va.split(/\s*,\s*/).filter(Boolean);
  const free = get("authors", "people", "host");
  return free ? [free] : [];
}

export function fromCiteTemplate(t: TranscludeToken): SourceFields {
  const args = namedArgs(t);
  const get = (...keys: string[]) => keys.map((k) => args.get(k)).find((v) => v !== undefined);
  const name = templateName(t).replace(/^(?:cite|vcite)\s+/, "");
  const year = get("year");
  const date = get("date") ?? (year ? [get("month"), year].filter(Boolean).join(" ") : undefined);
  const container = get(
    "work",
    "newspaper",
    "journal",
    "magazine",
    "periodical",
    "website",
    "encyclopedia",
    "encyclopaedia",
    "dictionary",
  );
  const f: SourceFields = {
    title: get("title", "transtitle"),
    chapter: get("chapter", "contribution", "entry", "section"),
    authors: authorsOf(get),
    date: date ? normalizeDate(date) : undefined,
    publisher: container ?? get("publisher", "agency", "institution", "via"),
    url: get(
      "url",
      "chapterurl",
      "contributionurl",
      "sectionurl",
      "entryurl",
      "articleurl",
      "conferenceurl",
      "transcripturl",
    ),
    archiveUrl: get("archiveurl"),
    archiveDate: get("archivedate"),
    isbn: get("isbn", "isbn13"),
    doi: get("doi"),
    page: get("page", "pages", "p", "pp", "at", "loc"),
    accessDate: get("accessdate"),
    kind:
      name === "citation"
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
  if (f.archiveDate) f.archiveDate = normalizeDate(f.archiveDate);
  if (f.accessDate) f.accessDate = normalizeDate(f.accessDate);
  for (const k of Object.keys(f) as (keyof SourceFields)[]) if (f[k] === undefined) delete f[k];
  return f;
}

/** {{sfn|McCoy|1972|p=4}}: authors, year and page; the title is "McCoy 1972" for want of better. */
function fromShortRef(t: TranscludeToken): SourceFields {
  const anon = (t.getAnonArgs() as ParameterToken[]).map((p) => tidy(plain(p.lastChild))).filter(Boolean);
  const yi = anon.findIndex((a) => /^(?:\d{4}[a-z]?|n\.d\.)$/.test(a));
  const authors = yi < 0 ? anon.slice(0, 4) : anon.slice(0, yi);
  const year = yi < 0 ? undefined : anon[yi];
  const args = namedArgs(t);
  const page = ["p", "pp", "page", "pages", "loc"].map((k) => args.get(k)).find(Boolean);
  const f: SourceFields = { title: [authors.join(", "), year].filter(Boolean).join(" ") || undefined, authors };
  if (year) f.date = year.replace(/[a-z]$/, "");
  if (page) f.page = page;
  if (!f.title) delete f.title;
  return f;
}

/** Fields for a ref's inner token (its parsed content). */
export function sourceFields(inner: Token): SourceFields {
  const templates = inner.childNodes.filter((c): c is TranscludeToken => c.type === "template");
  const cite = templates.find((t) => isCite(templateName(t)));
  if (cite) return fromCiteTemplate(cite);
  const short = templates.find((t) => SHORT_REF.has(templateName(t)));
  if (short) return fromShortRef(short);
  let url = firstUrl(inner as AstNodes);
  if (url?.startsWith("//")) url = `https:${url}`;
  return parseCitationText(plain(inner), { url });
}
