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
import { parseText } from "./text";
import { CHUNK_CHARS, splitWikitext } from "./wikitext-chunks";
import type { ParsedCitation, ParsedDocument, ParsedFlag, ParsedSource, ParseWarning } from "./types";
import { sourceFields } from "./wikitext-cite";
import { flagKind } from "./wikitext-flags";
import {
  cleanText,
  inlineTemplateText,
  linkLabel,
  paramValue,
  plain,
  rawName,
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
  /** Where the piece being walked starts in the document (see wikitext-chunks). */
  base = 0;

  warn(code: string, message: string, node: AstNodes, offset = 0): void {
    this.warnings.push({ code, message, position: this.base + node.getAbsoluteIndex() + offset });
  }

  /** First pass: every ref definition anywhere (inside templates and <references> too). */
  collect(n: AstNodes): void {
    if (n.type === "text") return;
    if (isRef(n)) {
      const e = n as ExtToken;
      const body = refBody(e);
      if (body) {
        const name = refName(e);
        const key = name ?? hashKey(body);
        const known = this.sources.get(key);
        if (!known) this.sources.set(key, { ...sourceFields(e.lastChild as Token), key, raw: body });
        else if (name && known.raw.replace(/\s+/g, " ") !== body.replace(/\s+/g, " ")) {
          this.warn(
            "conflicting_ref_definition",
            `ref name "${name}" is defined twice with different content; the first is used`,
            n,
          );
        }
      }
    }
    for (const c of (n as Token).childNodes) this.collect(c);
  }

  walk(nodes: readonly AstNodes[]): void {
    for (const n of nodes) this.node(n);
  }

  node(n: AstNodes): void {
    const b = this.b;
    switch (n.type) {
      case "text":
        return this.text(n as AstText);
      case "heading":
        return b.heading(
          (n as HeadingToken).level,
          plain((n as Token).childNodes.find((c) => c.type === "heading-title")!).trim(),
        );
      case "list": {
        const last = String(n).trim().slice(-1);
        return b.item(last === "*" || last === "#" ? "• " : "");
      }
      case "dd":
        return b.text(": ");
      case "hr":
        return b.close();
      case "link":
        return b.text(linkLabel(n as Token));
      case "ext-link":
      case "free-ext-link":
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
        // nothing a reader sees (their ref definitions were still collected in the first pass).
        return b.marker({ kind: "gap" });
    }
  }

  text(n: AstText): void {
    for (const m of n.data.matchAll(STRAY)) {
      const [code, message] = STRAY_CODE[m[0][0]];
      this.warn(code, message, n, m.index);
    }
    cleanText(n.data)
      .split("\n")
      .forEach((line, i) => {
        if (i) this.b.newline();
        this.b.text(line);
      });
  }

  html(h: HtmlToken): void {
    const name = h.name.toLowerCase();
    if (name === "blockquote") {
      if (!h.closing) {
        this.openQuotes.push(this.base + h.getAbsoluteIndex());
        this.b.openQuote();
      } else if (this.openQuotes.pop() !== undefined) this.b.closeQuote();
    } else if (name === "br") this.b.text(" ");
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
    const data: Omit<ParsedCitation, "position"> = refName ? { sourceKey, refName } : { sourceKey };
    this.b.marker({ kind: "cite", data });
  }

  template(t: TranscludeToken): void {
    const name = templateName(t);
    if (QUOTE_TEMPLATES.has(name)) return this.quoteTemplate(t);
    const kind = flagKind(name);
    if (kind) return this.b.marker({ kind: "flag", data: { kind, template: rawName(t) } });
    if (name === "r") {
      // {{r|name1|name2}}: re-uses of named refs.
      for (const p of t.getAnonArgs()) {
        const ref = plain(p.lastChild).trim();
        if (this.sources.has(ref)) this.cite(ref, ref);
        else if (ref)
          this.warn("undefined_ref_name", `ref name "${ref}" is used but never defined; citation skipped`, t);
      }
      return;
    }
    const shown = inlineTemplateText(t);
    if (shown !== undefined) return this.b.text(shown);
    this.b.marker({ kind: "gap" });
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
    const rows = t.childNodes.filter((c) => c.type === "tr" || c.type === "td");
    for (const row of rows) {
      const cells = row.type === "td" ? [row] : (row as Token).childNodes.filter((c) => c.type === "td");
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
  // C0 controls (which the parser uses internally as placeholders) become spaces, keeping offsets.
  const cleaned = input.replace(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/g, " ");
  const pieces = splitWikitext(cleaned, chunkChars).map((c) => ({ root: Parser.parse(c.text), offset: c.offset }));
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
    else {
      const section = sectionAt(sections, position);
      flags.push({ ...(marker.data as Omit<ParsedFlag, "position">), position, ...(section ? { section } : {}) });
    }
  }
  // Sources in order of first citation, then definitions never cited (e.g. only in <references>).
  const order = [...new Set([...citations.map((c) => c.sourceKey), ...w.sources.keys()])];
  const sources = order.map((k) => w.sources.get(k)!);
  const warnings = w.warnings.sort((a, b) => a.position - b.position);
  return { format: "wikitext", text, sections, sources, citations, flags, warnings, quotations };
}

/** `chunkChars`: the piece size large documents are parsed in (tests compare against one piece). */
export function parseWikitext(input: string, chunkChars = CHUNK_CHARS): ParsedDocument {
  try {
    return parseTree(input, chunkChars);
  } catch (err) {
    // The parser should not throw, but a document must still import: fall back to plain text.
    const doc = parseText(input.replace(STRAY, ""));
    const message = `wikitext parser failed (${err instanceof Error ? err.message : String(err)}); imported as plain text`;
    return { ...doc, format: "wikitext", warnings: [{ code: "parser_error", message, position: 0 }] };
  }
}
