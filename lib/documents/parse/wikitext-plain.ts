// What a reader sees of an inline wikitext node, as a string: link labels, external link titles,
// text of a few formatting templates. Used for template parameters, headings and link text; the
// block-level walk (paragraphs, quotations, refs) lives in wikitext.ts.
import type { AstNodes, AstText, ExtToken, HtmlToken, ParameterToken, Token, TranscludeToken } from "wikiparser-node";
import { decodeEntities } from "./entities";
import { expandFast } from "./wikitext-fast";

// Markup the parser could not pair up; never shown to the reader.
export const STRAY = /<\/?ref(?:erences)?\b(?:[^<>\n]*>)?|\{\{|\}\}|\[\[|\]\]/gi;

export function cleanText(s: string): string {
  return decodeEntities(expandFast(s)).replace(STRAY, "");
}

/** A template's name and parameter values as the reader would see them (see wikitext-fast). */
export interface TemplateArgs {
  /** Lowercase, "Template:" and comments dropped, spaces for underscores. */
  name: string;
  /** As written, for flags. */
  raw: string;
  /** Every parameter by its name as written and trimmed; positional ones as "1", "2"... */
  args: Map<string, string>;
  /** Positional parameters in order. */
  anon: string[];
}

export function templateArgs(t: TranscludeToken): TemplateArgs {
  const args = new Map<string, string>();
  const anon: string[] = [];
  for (const p of t.getAllArgs() as ParameterToken[]) {
    const v = plain(p.lastChild);
    if (p.anon) anon.push(v);
    args.set(String(p.name).trim(), p.anon ? v : v.trim());
  }
  return { name: templateName(t), raw: rawName(t), args, anon };
}

/** The first of `keys` with a non-blank value. */
export function argOf(t: TemplateArgs, ...keys: (string | number)[]): string | undefined {
  for (const k of keys) {
    const v = t.args.get(String(k));
    if (v !== undefined && v.trim()) return v;
  }
  return undefined;
}

/** "{{ Cite_web <!-- x -->" → "cite web" */
export function templateName(t: Token): string {
  return rawName(t)
    .toLowerCase()
    .replace(/^template:/, "")
    .trim();
}

/** Template name as written (for flags): comments dropped, whitespace collapsed. */
export function rawName(t: Token): string {
  const nameNode = t.childNodes[0];
  return String(nameNode ?? "")
    .replace(/<!--[\s\S]*?(?:-->|$)/g, "")
    .replace(/[_\s]+/g, " ")
    .trim();
}

export function paramValue(t: TranscludeToken, ...keys: (string | number)[]): Token | undefined {
  for (const k of keys) {
    const p = t.getArg(k) as ParameterToken | undefined;
    if (p && String(p.lastChild).trim()) return p.lastChild;
  }
  return undefined;
}

// prettier-ignore
const LITERAL_EXT = new Set([
  "nowiki", "pre", "math", "chem", "ce", "code", "syntaxhighlight", "source", "score", "hiero",
]);
// Containers whose children are visible text; anything not listed (attributes, syntax, names) is not.
// prettier-ignore
const CONTAINERS = new Set([
  "root", "parameter-value", "link-text", "ext-link-text", "heading-title", "td-inner", "ext-inner", "onlyinclude",
  "plain",
]);

// Formatting templates whose first (or given) parameter is simply shown.
// prettier-ignore
const SHOW_PARAM: Record<string, string | number> = {
  nowrap: 1, nobr: 1, "no wrap": 1, small: 1, smaller: 1, big: 1, larger: 1, em: 1, strong: 1, var: 1, code: 1,
  abbr: 1, sic: 1, "not a typo": 1, lang: 2, transl: 2,
};
// prettier-ignore
const LITERAL_TEMPLATE: Record<string, string> = {
  ndash: "–", "en dash": "–", mdash: "—", "em dash": "—", snd: " – ", "spaced ndash": " – ", spnd: " – ", "'": "'",
  '"': '"', "!": "|", "=": "=", nbsp: " ", "·": " · ", dot: " · ", "•": " • ", bull: " • ",
};

/** Text a formatting template shows inline, or undefined when the template shows nothing we keep. */
export function inlineTemplateText(t: TranscludeToken | TemplateArgs): string | undefined {
  if ("type" in t && t.type !== "template") return undefined;
  const a = "type" in t ? templateArgs(t) : t;
  const name = a.name;
  if (name in LITERAL_TEMPLATE) return LITERAL_TEMPLATE[name];
  if (name === "convert" || name === "cvt") {
    // {{convert|3|–|10|mm|in}}: the value(s) and the first unit.
    const [v, ...rest] = a.anon.map((x) => x.trim());
    if (!v) return "";
    const range = rest[0] && /^(?:-|–|to|and|x|×|or|&|\+)$/.test(rest[0]) && rest[1] ? ` ${rest[0]} ${rest[1]}` : "";
    const unit = rest[range ? 2 : 0] ?? "";
    return `${v}${range}${unit ? ` ${unit}` : ""}`;
  }
  if (name === "e") return a.anon[0] ? `×10${a.anon[0].trim()}` : "";
  if (name === "isbn") return a.anon[0] ? `ISBN ${a.anon[0].trim()}` : "";
  const key = SHOW_PARAM[name];
  if (!key) return undefined;
  return argOf(a, key) ?? "";
}

const MAGIC_SHOW = new Set(["urlencode", "anchorencode", "lc", "uc", "lcfirst", "ucfirst", "formatnum", "#tag"]);

export function linkLabel(n: Token): string {
  const label = n.childNodes.find((c) => c.type === "link-text");
  if (label) return plain(label);
  // [[Target]] shows the target as written, minus a leading ":" ([[:Category:X]]).
  const target = n.childNodes.find((c) => c.type === "link-target");
  return cleanText(String(target ?? ""))
    .replace(/^:/, "")
    .trim();
}

export function plain(n: AstNodes): string {
  switch (n.type) {
    case "text":
      return cleanText((n as AstText).data);
    case "link":
      return linkLabel(n as Token);
    case "ext-link": {
      const label = (n as Token).childNodes.find((c) => c.type === "ext-link-text");
      return label ? plain(label) : "";
    }
    case "free-ext-link":
      return urlText(n).replace(STRAY, "");
    case "magic-link":
      return String(n).replace(STRAY, "");
    case "template":
      return inlineTemplateText(n as TranscludeToken) ?? "";
    case "magic-word": {
      // {{!}} in a URL or title; {{urlencode:x}} and kin show their argument.
      const name = String((n as TranscludeToken).name ?? "").toLowerCase();
      if (name === "!") return "|";
      if (name === "=") return "=";
      if (!MAGIC_SHOW.has(name)) return "";
      const arg = (n as Token).childNodes.find((c) => c.type === "parameter") as ParameterToken | undefined;
      const v = arg ? plain(arg.lastChild) : "";
      return name === "urlencode" ? encodeURIComponent(v.trim()).replace(/%20/g, "+") : v;
    }
    case "html":
      return (n as HtmlToken).name === "br" ? " " : "";
    case "quote":
      return "";
    case "ext": {
      const e = n as ExtToken;
      if (LITERAL_EXT.has(e.name)) return decodeEntities(e.innerText ?? "");
      return e.name === "poem" ? plain(e.lastChild) : "";
    }
    default:
      return CONTAINERS.has(n.type) ? (n as Token).childNodes.map(plain).join("") : "";
  }
}

/** A URL as it resolves: templates inside it ({{!}}, {{urlencode:…}}) rendered, never left as "{{…}}". */
export function urlText(n: AstNodes): string {
  if (n.type === "text") return decodeEntities((n as AstText).data);
  if (n.type === "template" || n.type === "magic-word") return plain(n);
  return (n as Token).childNodes.map(urlText).join("");
}

/** First URL a node links to (external link or bare URL), for free-text refs. */
export function firstUrl(n: AstNodes): string | undefined {
  if (n.type === "free-ext-link") return urlText(n).trim();
  if (n.type === "ext-link") {
    const u = (n as Token).childNodes.find((c) => c.type === "ext-link-url");
    return (u ? urlText(u).trim() : "") || undefined;
  }
  if (n.type === "text") return undefined;
  for (const c of (n as Token).childNodes) {
    const u = firstUrl(c);
    if (u) return u;
  }
  return undefined;
}
