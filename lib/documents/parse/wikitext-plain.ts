// What a reader sees of an inline wikitext node, as a string: link labels, external link titles,
// text of a few formatting templates. Used for template parameters, headings and link text; the
// block-level walk (paragraphs, quotations, refs) lives in wikitext.ts.
import type { AstNodes, AstText, ExtToken, HtmlToken, ParameterToken, Token, TranscludeToken } from "wikiparser-node";
import { decodeEntities } from "./entities";

// Markup the parser could not pair up; never shown to the reader.
export const STRAY = /<\/?ref(?:erences)?\b(?:[^<>\n]*>)?|\{\{|\}\}|\[\[|\]\]/gi;

export function cleanText(s: string): string {
  return decodeEntities(s).replace(STRAY, "");
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
export function inlineTemplateText(t: TranscludeToken): string | undefined {
  if (t.type !== "template") return undefined;
  const name = templateName(t);
  if (name in LITERAL_TEMPLATE) return LITERAL_TEMPLATE[name];
  const key = SHOW_PARAM[name];
  if (!key) return undefined;
  const v = paramValue(t, key);
  return v ? plain(v) : "";
}

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
    case "magic-link":
      return String(n).replace(STRAY, "");
    case "template":
      return inlineTemplateText(n as TranscludeToken) ?? "";
    case "html":
      return (n as HtmlToken).name === "br" ? " " : "";
    case "ext": {
      const e = n as ExtToken;
      if (LITERAL_EXT.has(e.name)) return decodeEntities(e.innerText ?? "");
      return e.name === "poem" ? plain(e.lastChild) : "";
    }
    default:
      return CONTAINERS.has(n.type) ? (n as Token).childNodes.map(plain).join("") : "";
  }
}

/** First URL a node links to (external link or bare URL), for free-text refs. */
export function firstUrl(n: AstNodes): string | undefined {
  if (n.type === "free-ext-link") return String(n).trim();
  if (n.type === "ext-link")
    return String((n as Token).childNodes.find((c) => c.type === "ext-link-url") ?? "").trim() || undefined;
  if (n.type === "text") return undefined;
  for (const c of (n as Token).childNodes) {
    const u = firstUrl(c);
    if (u) return u;
  }
  return undefined;
}
