// MediaWiki wikitext → the text a reader sees, with every <ref> as a citation at its place.
// Parsing is wikiparser-node's (a real MediaWiki parser); this module walks its tree.
//
// Refs: a definition <ref name="x">…</ref> and every re-use <ref name="x" /> share the source key
// "x" (definitions are collected in a first pass, so a re-use may come before its definition).
// Unnamed refs are keyed "ref-<hash of content>" (identical content → one source). A re-use of a
// name never defined anywhere gets an `undefined_ref_name` warning and NO citation: there is no
// source to point at, and a placeholder would pollute the workspace's sources.
import Parser from "wikiparser-node";
import type { AstNodes, AstText, ExtToken, HeadingToken, HtmlToken, Token, TranscludeToken } from "wikiparser-node";
import { sectionAt, TextBuilder } from "./builder";
import { marksFrom } from "./marks";
import { parseText } from "./text";
import { CHUNK_CHARS, splitWikitext } from "./wikitext-chunks";
import type { ParsedCitation, ParsedDocument, ParsedFlag, ParsedSource, ParseWarning } from "./types";
import { AppError } from "@/lib/errors";
import {
  ARCHIVE_TEMPLATES,
  archiveOf,
  citeAnchor,
  citeLine,
  fieldsFromTemplates,
  fromCiteTemplate,
  isCite,
  SHORT_REF,
  sourceFields,
  shortRefAnchor,
} from "./wikitext-cite";
import {
  fastItem,
  fastPass,
  PLACEHOLDER,
  PRIVATE,
  setFastRenderer,
  withFastTable,
  type FastItem,
} from "./wikitext-fast";
import { externalLink } from "./wikitext-links";
import { flagKind } from "./wikitext-flags";
import {
  cleanText,
  firstUrl,
  inlineTemplateText,
  templateArgs,
  type TemplateArgs,
  linkLabel,
  paramValue,
  plain,
  STRAY,
  templateName,
} from "./wikitext-plain";

// prettier-ignore
const QUOTE_TEMPLATES = new Set([
  "quote", "quotation", "blockquote", "cquote", "rquote", "bquote", "quote box", "quotebox", "pull quote",
  "centered pull quote",
]);
// prettier-ignore
const BLOCK_HTML = new Set([
  "p", "div", "center", "ul", "ol", "dl", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "section",
]);
const NOTE_TEMPLATES = new Set([
  "efn",
  "efn-ua",
  "efn-lr",
  "efn-la",
  "efn-lg",
  "efn-ur",
  "notetag",
  "refn",
  "ref label",
  "note",
]);
// Sections whose links are the article's further sources, in the languages we meet.
const LINK_SECTIONS =
  /^(?:external links?|weblinks|liens externes|enlaces externos|links externos|ligações externas|collegamenti esterni|externe links|further reading|literatur|bibliograf[íi]a)$/i;
// Templates whose parameters hold list-defined refs: definitions, not citations.
const REF_LISTS = new Set(["reflist", "references", "notelist", "refs", "referencias", "einzelnachweise"]);
const REDIRECT =
  /^\s*#(?:redirect|weiterleitung|redirection|redirección|redireccion|rinvia|redirecionamento|doorverwijzing|patrz|перенаправление)\s*:?\s*\[\[([^\]|\n]{1,255})/i;

setFastRenderer((t) => inlineTemplateText(t) ?? "");

/** Refuses a redirect page ("#REDIRECT [[Target]]") with an error naming its target. */
export function assertNotRedirect(input: string): void {
  const m = REDIRECT.exec(input);
  if (m) {
    const target = m[1].trim();
    throw new AppError(
      "unprocessable",
      `this page is a redirect to "${target}"; import the article "${target}" instead`,
      {
        field: "text",
        redirect: target,
      },
    );
  }
}

const STRAY_CODE: Record<string, [string, string]> = {
  "<": ["unbalanced_ref", "unbalanced <ref> tag"],
  "{": ["unclosed_template", "'{{' without a matching '}}'"],
  "}": ["unbalanced_template", "'}}' without a matching '{{'"],
  "[": ["unclosed_link", "'[[' without a matching ']]'"],
  "]": ["unclosed_link", "']]' without a matching '[['"],
};

/** FNV-1a: a short, stable, dependency-free key for unnamed ref content. */
function hashKey(content: string): string {
  let h = 0x811c9dc5;
  for (const ch of content.replace(/\s+/g, " ").trim()) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `ref-${h.toString(16).padStart(8, "0")}`;
}

/** wikiparser-node marks each node between bold / italic quotes with `bold` / `italic`. */
function styleOf(n: AstNodes): { bold: boolean; italic: boolean } | undefined {
  const { bold, italic } = n as unknown as { bold?: boolean; italic?: boolean };
  return bold || italic ? { bold: !!bold, italic: !!italic } : undefined;
}

const isRef = (n: AstNodes): boolean => n.type === "ext" && (n as ExtToken).name === "ref";
const refName = (e: ExtToken) => {
  const v = e.getAttr("name");
  return typeof v === "string" && v.trim() ? v.trim() : undefined;
};
const refBody = (e: ExtToken) => (e.selfClosing ? "" : (e.innerText ?? "").trim());

class Walker {
  readonly b = new TextBuilder();
  readonly warnings: ParseWarning[] = [];
  readonly sources = new Map<string, ParsedSource>();
  private openQuotes: number[] = [];
  /** Bibliography anchors (CITEREFHarmon2003) → source key, for {{sfn}} and {{harvnb}}. */
  readonly anchors = new Map<string, string>();
  /** Ref keys whose source is only a short reference resolved to its bibliography entry. */
  readonly shortOf = new Map<string, string>();
  private inLinkSection = false;
  private lastCited?: string;
  /** Where the piece being walked starts in the document (see wikitext-chunks). */
  base = 0;

  warn(code: string, message: string, node: AstNodes, offset = 0): void {
    this.warnings.push({ code, message, position: this.base + node.getAbsoluteIndex() + offset });
  }

  /** First pass: every ref definition anywhere (inside templates and <references> too). */
  collect(n: AstNodes, inRef = false): void {
    if (n.type === "text") {
      const data = (n as AstText).data;
      if (data.includes("\uE002"))
        for (const m of data.matchAll(PLACEHOLDER)) {
          const item = fastItem(m[1], m[2]);
          if (item?.kind === "ref" && item.body)
            this.define(item.name, item.body, () => fieldsFromTemplates([item.t!])!, n, item.t, m.index);
          else if (item?.kind === "template") this.bibliography(item.t);
        }
      return;
    }
    if (isRef(n)) {
      const e = n as ExtToken;
      const body = refBody(e);
      if (body) {
        const inner = e.lastChild as Token;
        const templates = inner.childNodes.filter((c) => c.type === "template") as TranscludeToken[];
        // A ref holding nothing but {{harvnb|…}} is that short reference; with more text it is its own source.
        const only =
          templates.length === 1 &&
          inner.childNodes.every((c) => c === templates[0] || (c.type === "text" && !(c as AstText).data.trim()));
        const short = only ? templateArgs(templates[0]) : undefined;
        this.define(refName(e), body, () => sourceFields(inner), n, short);
      }
    } else if (n.type === "template" && !inRef && isCite(templateName(n as Token)))
      this.bibliography(templateArgs(n as TranscludeToken));
    for (const c of (n as Token).childNodes) this.collect(c, inRef || isRef(n));
  }

  /** A ref definition: its source, first definition wins. */
  define(
    name: string | undefined,
    body: string,
    fields: () => Omit<ParsedSource, "key" | "raw">,
    at: AstNodes,
    t?: TemplateArgs,
    offset = 0,
  ): void {
    const key = name ?? hashKey(body);
    const known = this.sources.get(key);
    if (!known) {
      this.sources.set(key, { ...fields(), key, raw: body });
      if (t && SHORT_REF.has(t.name)) {
        const anchor = shortRefAnchor(t);
        if (anchor) this.shortOf.set(key, anchor);
      }
    } else if (name && known.raw.replace(/\s+/g, " ") !== body.replace(/\s+/g, " ")) {
      this.warn(
        "conflicting_ref_definition",
        `ref name "${name}" is defined twice with different content; the first is used`,
        at,
        offset,
      );
    }
  }

  /** A citation template outside any ref (a bibliography entry): a source {{sfn}} can point at. */
  bibliography(t: TemplateArgs): void {
    if (!isCite(t.name) || flagKind(t.name)) return;
    const key = this.bibKey(t);
    if (this.sources.has(key)) return;
    const raw = `{{${t.raw}${[...t.args].map(([k, v]) => (/^\d+$/.test(k) ? `|${v}` : `|${k}=${v}`)).join("")}}}`;
    this.sources.set(key, { ...fromCiteTemplate(t), key, raw });
    const anchor = citeAnchor(t);
    if (anchor && !this.anchors.has(anchor)) this.anchors.set(anchor, key);
  }

  bibKey(t: TemplateArgs): string {
    return hashKey(`${t.name}|${[...t.args].map(([k, v]) => `${k}=${v}`).join("|")}`).replace("ref-", "cite-");
  }

  walk(nodes: readonly AstNodes[]): void {
    for (const n of nodes) this.node(n);
  }

  node(n: AstNodes): void {
    const b = this.b;
    switch (n.type) {
      case "text":
        return this.text(n as AstText);
      case "heading": {
        const title = plain((n as Token).childNodes.find((c) => c.type === "heading-title")!).trim();
        b.heading((n as HeadingToken).level, title);
        this.inLinkSection = LINK_SECTIONS.test(title);
        return this.citeInside(n);
      }
      case "list": {
        const last = String(n).trim().slice(-1);
        return b.item(last === "*" || last === "#" ? "• " : "");
      }
      case "dd":
        return b.text(": ");
      case "hr":
        return b.close();
      case "link":
        return b.text(linkLabel(n as Token), styleOf(n));
      case "ext-link":
      case "free-ext-link": {
        const shown = plain(n);
        b.text(shown);
        // An item of "External links": a source the article points readers to.
        const url = this.inLinkSection ? firstUrl(n) : undefined;
        if (url) this.linkSource(url, shown.trim() || url, String(n));
        return;
      }
      case "magic-link":
        return b.text(plain(n));
      case "html":
        return this.html(n as HtmlToken);
      case "ext":
        return this.ext(n as ExtToken);
      case "template":
        return this.template(n as TranscludeToken);
      case "table":
        return this.table(n as Token);
      case "onlyinclude":
        return this.walk((n as Token).childNodes);
      default:
        // Comments, categories, files, magic words, behaviour switches and anything unknown:
        // nothing a reader sees; refs inside them (a file's caption) still cite.
        b.marker({ kind: "gap" });
        return this.citeInside(n);
    }
  }

  text(n: AstText): void {
    if (n.data.includes("\uE002")) return this.fastText(n);
    for (const m of n.data.matchAll(STRAY)) {
      const [code, message] = STRAY_CODE[m[0][0]];
      this.warn(code, message, n, m.index);
    }
    const style = styleOf(n);
    cleanText(n.data)
      .split("\n")
      .forEach((line, i) => {
        if (i) this.b.newline();
        this.b.text(line, style);
      });
  }

  /** A text node holding fast-path placeholders: the text between them, and each as its node would be. */
  fastText(n: AstText): void {
    let last = 0;
    const style = styleOf(n);
    const piece = (s: string) =>
      cleanText(s)
        .split("\n")
        .forEach((line, i) => {
          if (i) this.b.newline();
          this.b.text(line, style);
        });
    for (const m of n.data.matchAll(PLACEHOLDER)) {
      piece(n.data.slice(last, m.index));
      last = m.index + m[0].length;
      const item = fastItem(m[1], m[2]);
      if (item) this.fast(item, n, m.index, style);
    }
    piece(n.data.slice(last));
  }

  fast(item: FastItem, at: AstNodes, offset: number, style?: { bold: boolean; italic: boolean }): void {
    if (item.kind === "template") return this.templateArgs(item.t, undefined, style);
    const key = item.name ?? hashKey(item.body);
    if (!this.sources.has(key))
      this.warn(
        "undefined_ref_name",
        `ref name "${item.name}" is used but never defined; citation skipped`,
        at,
        offset,
      );
    else this.cite(key, item.name);
  }

  /** Citations for refs inside a node the reader does not see (infobox, file caption, heading). */
  citeInside(n: AstNodes): void {
    if (n.type === "text") {
      const data = (n as AstText).data;
      if (data.includes("\uE002"))
        for (const m of data.matchAll(PLACEHOLDER)) {
          const item = fastItem(m[1], m[2]);
          if (item?.kind === "ref") this.fast(item, n, m.index);
        }
      return;
    }
    if (isRef(n)) return this.ext(n as ExtToken);
    if (n.type === "ext") return; // <references>: definitions, not citations
    if (n.type === "template" && REF_LISTS.has(templateName(n as Token))) return;
    for (const c of (n as Token).childNodes) this.citeInside(c);
  }

  /** A source for a link the article gives (External links, link templates), cited where it stands. */
  linkSource(url: string, title: string, raw: string): void {
    const key = hashKey(url).replace("ref-", "link-");
    if (!this.sources.has(key)) this.sources.set(key, { key, title, authors: [], url, kind: "web", raw });
    this.cite(key);
  }

  html(h: HtmlToken): void {
    const name = h.name.toLowerCase();
    if (name === "blockquote") {
      if (!h.closing) {
        this.openQuotes.push(this.base + h.getAbsoluteIndex());
        this.b.openQuote();
      } else if (this.openQuotes.pop() !== undefined) this.b.closeQuote();
    } else if (name === "br") this.b.lineBreak();
    else if (name === "li" && !h.closing) this.b.item("• ");
    else if (BLOCK_HTML.has(name) || name === "li") this.b.close();
    else this.b.marker({ kind: "gap" });
  }

  ext(e: ExtToken): void {
    if (!isRef(e)) {
      if (e.name === "poem") return this.walk(e.lastChild.childNodes);
      const shown = plain(e);
      return shown ? this.b.text(shown) : this.b.marker({ kind: "gap" });
    }
    const name = refName(e);
    const body = refBody(e);
    const key = name ?? (body ? hashKey(body) : undefined);
    if (!key) this.warn("empty_ref", "a <ref> with neither content nor name", e);
    else if (!this.sources.has(key))
      this.warn("undefined_ref_name", `ref name "${name}" is used but never defined; citation skipped`, e);
    else return this.cite(key, name);
    this.b.marker({ kind: "gap" });
  }

  cite(sourceKey: string, refName?: string): void {
    this.lastCited = sourceKey;
    const data: Omit<ParsedCitation, "position"> = refName ? { sourceKey, refName } : { sourceKey };
    this.b.marker({ kind: "cite", data });
  }

  template(t: TranscludeToken): void {
    if (QUOTE_TEMPLATES.has(templateName(t))) return this.quoteTemplate(t);
    this.templateArgs(templateArgs(t), t, styleOf(t));
  }

  /** Any template, parsed (`t` given) or from the fast path. */
  templateArgs(a: TemplateArgs, t?: TranscludeToken, style?: { bold: boolean; italic: boolean }): void {
    const name = a.name;
    const kind = flagKind(name);
    if (kind) return this.b.marker({ kind: "flag", data: { kind, template: a.raw } });
    if (name === "r") {
      // {{r|name1|name2}}: re-uses of named refs.
      for (const v of a.anon) {
        const ref = v.trim();
        if (this.sources.has(ref)) this.cite(ref, ref);
        else if (ref)
          this.warnAt("undefined_ref_name", `ref name "${ref}" is used but never defined; citation skipped`, t);
      }
      return;
    }
    if (SHORT_REF.has(name)) {
      // {{sfn|Harmon|2003|p=5}} in the text: a citation of the bibliography entry it names.
      const anchor = shortRefAnchor(a);
      const key = anchor ? this.anchors.get(anchor) : undefined;
      if (key) return this.cite(key);
      const f = fieldsFromTemplates([a]);
      const raw = `{{${a.raw}|${a.anon.join("|")}}}`;
      const own = hashKey(raw);
      if (f && !this.sources.has(own)) this.sources.set(own, { ...f, key: own, raw });
      return f ? this.cite(own) : this.b.marker({ kind: "gap" });
    }
    if (NOTE_TEMPLATES.has(name)) {
      // {{efn|…}}: an explanatory note, shown with {{notelist}}; its text is the note's source.
      const text = (a.args.get("1") ?? a.args.get("text") ?? "").replace(/\s+/g, " ").trim();
      if (text) {
        const key = hashKey(text).replace("ref-", "note-");
        if (!this.sources.has(key)) this.sources.set(key, { key, title: text, authors: [], kind: "note", raw: text });
        this.cite(key);
      }
      if (t) this.citeInside(t);
      return;
    }
    if (ARCHIVE_TEMPLATES.has(name)) {
      // {{webarchive}} right after a ref: the archive of the source just cited.
      const src = this.lastCited ? this.sources.get(this.lastCited) : undefined;
      if (src && !src.archiveUrl) Object.assign(src, archiveOf(a));
      return this.b.marker({ kind: "gap" });
    }
    if (isCite(name)) {
      // A citation template in the text (a bibliography or "Further reading" line): shown and cited.
      const key = this.bibKey(a);
      const src = this.sources.get(key);
      if (src) {
        this.b.text(citeLine(src));
        return this.cite(key);
      }
    }
    const link = externalLink(a);
    if (link) {
      this.b.text(link.title);
      return this.linkSource(link.url, link.title, `{{${a.raw}}}`);
    }
    const shown = inlineTemplateText(a);
    if (shown !== undefined) return this.b.text(shown, style);
    this.b.marker({ kind: "gap" });
    if (t) this.citeInside(t);
  }

  warnAt(code: string, message: string, t?: AstNodes): void {
    if (t) this.warn(code, message, t);
    else this.warnings.push({ code, message, position: this.base });
  }

  quoteTemplate(t: TranscludeToken): void {
    const body = paramValue(t, "text", "quote", "quotetext", 1);
    const by = [paramValue(t, "author", "sign", "by", 2), paramValue(t, "source", "title", 3)].map((v) =>
      v ? plain(v).trim() : "",
    );
    this.b.openQuote();
    if (body) this.walk(body.childNodes);
    if (by.some(Boolean)) {
      this.b.paragraph();
      this.b.text(`— ${by.filter(Boolean).join(", ")}`);
    }
    this.b.closeQuote();
  }

  table(t: Token): void {
    this.b.close();
    // Cells before the first "|-" (a header row, a caption) belong to one implicit row.
    const rows: AstNodes[][] = [];
    let loose: AstNodes[] = [];
    for (const c of t.childNodes) {
      if (c.type === "td" && (c as unknown as { subtype?: string }).subtype === "caption") rows.push([c]);
      else if (c.type === "td") loose.push(c);
      else if (c.type === "tr") {
        if (loose.length) rows.push(loose);
        loose = [];
        rows.push((c as Token).childNodes.filter((x) => x.type === "td"));
      }
    }
    if (loose.length) rows.push(loose);
    for (const cells of rows) {
      this.b.paragraph();
      cells.forEach((cell, i) => {
        if (i) this.b.text(" | ");
        const inner = (cell as Token).childNodes.find((c) => c.type === "td-inner");
        if (inner) this.walk((inner as Token).childNodes);
      });
      this.b.close();
    }
  }

  finish(): void {
    for (const at of this.openQuotes)
      this.warnings.push({ code: "unclosed_blockquote", message: "<blockquote> without </blockquote>", position: at });
  }
}

function parseTree(input: string, chunkChars: number): ParsedDocument {
  // C0 controls (which the parser uses internally as placeholders) become spaces, and private-use
  // characters (the fast path's placeholders) U+FFFD, keeping offsets.
  const { text: cleaned, items } = fastPass(
    input.replace(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/g, " ").replace(PRIVATE, "\uFFFD"),
  );
  return withFastTable(items, () => walkTree(cleaned, chunkChars));
}

// Anything that could be wikitext syntax. A piece with none of it (common once the fast path has
// replaced its templates and refs) is one text node, which is what the parser would return.
const SYNTAX = /[[\]{}<>'&|~_]|^[*#:;= -]|:\/\/|ISBN|RFC|PMID|-{4}/m;

function parsePiece(text: string): { childNodes: readonly AstNodes[] } & AstNodes {
  if (SYNTAX.test(text)) return Parser.parse(text);
  const node = { type: "text", data: text, getAbsoluteIndex: () => 0 } as unknown as AstText;
  return { type: "root", childNodes: [node] } as unknown as Token;
}

function walkTree(cleaned: string, chunkChars: number): ParsedDocument {
  const pieces = splitWikitext(cleaned, chunkChars).map((c) => ({ root: parsePiece(c.text), offset: c.offset }));
  const w = new Walker();
  for (const p of pieces) {
    w.base = p.offset;
    w.collect(p.root);
  }
  for (const p of pieces) {
    w.base = p.offset;
    w.walk(p.root.childNodes);
  }
  w.finish();
  const { text, sections, quotations, placed } = w.b.finish();
  const citations: ParsedCitation[] = [];
  const flags: ParsedFlag[] = [];
  for (const { marker, position } of placed) {
    if (marker.kind === "cite") citations.push({ ...(marker.data as Omit<ParsedCitation, "position">), position });
    else if (marker.kind === "style") continue;
    else {
      const section = sectionAt(sections, position);
      flags.push({ ...(marker.data as Omit<ParsedFlag, "position">), position, ...(section ? { section } : {}) });
    }
  }
  // A ref holding only {{harvnb|Harmon|2003}}: cite the bibliography entry it names.
  for (const c of citations) {
    const anchor = w.shortOf.get(c.sourceKey);
    const bib = anchor ? w.anchors.get(anchor) : undefined;
    if (bib) c.sourceKey = bib;
  }
  const resolved = new Set([...w.shortOf].filter(([, a]) => w.anchors.has(a)).map(([k]) => k));
  // Sources in order of first citation, then definitions never cited (e.g. only in <references>).
  const order = [...new Set([...citations.map((c) => c.sourceKey), ...w.sources.keys()])].filter(
    (k) => !resolved.has(k),
  );
  const sources = order.map((k) => w.sources.get(k)!);
  const warnings = w.warnings.sort((a, b) => a.position - b.position);
  const marks = marksFrom(placed, text);
  return {
    format: "wikitext",
    text,
    sections,
    sources,
    citations,
    flags,
    warnings,
    quotations,
    ...(marks.length ? { marks } : {}),
  };
}

/** `chunkChars`: the piece size large documents are parsed in (tests compare against one piece). */
export function parseWikitext(input: string, chunkChars = CHUNK_CHARS): ParsedDocument {
  assertNotRedirect(input);
  try {
    return parseTree(input, chunkChars);
  } catch (err) {
    // The parser should not throw, but a document must still import: fall back to plain text.
    const doc = parseText(input.replace(STRAY, ""));
    const message = `wikitext parser failed (${err instanceof Error ? err.message : String(err)}); imported as plain text`;
    return { ...doc, format: "wikitext", warnings: [{ code: "parser_error", message, position: 0 }] };
  }
}
