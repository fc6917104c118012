// Markdown, hand-written for the subset documents use: ATX/setext headings, paragraphs, lists,
// blockquotes (quotations), fenced code, tables, emphasis/links/images/inline code, and footnotes
// [^id] with "[^id]: …" definitions. Only footnotes are citations; an inline link is just its text
// (a link is not a claim that the page supports the sentence).
import { TextBuilder } from "./builder";
import { parseCitationText } from "./citation-text";
import { decodeEntities } from "./entities";
import { marksFrom } from "./marks";
import { NoteSources } from "./note-sources";
import { splitLines, type Line } from "./text";
import type { ParsedCitation, ParsedDocument, ParseWarning } from "./types";
import { findUrls } from "./url";

const FOOTNOTE_DEF = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$/;
const LINK_DEF = /^ {0,3}\[([^\]^][^\]]*)\]:\s*<?(\S+?)>?(?:\s+["'(].*["')])?\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const HR = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ITEM = /^(\s*)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const TABLE_SEP = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
// Inline tokens, left to right: image, footnote ref, link, reference link, autolink, html tag, escape.
// Repeats are bounded: unbounded, every unclosed `[` or `![` scanned to the end of the line
// (`![`×50,000 took 8.8 s); nothing real has a link text or URL longer than these.
const INLINE =
  /!\[([^\]]{0,300})\]\([^)]{0,2000}\)|\[\^([^\]\s]{1,100})\]|\[((?:[^[\]]|\[[^\]]{0,300}\]){0,300})\]\([^)]{0,2000}\)|\[([^\]]{1,300})\]\[([^\]]{0,300})\]|<((?:https?|mailto):[^>\s]{1,2000})>|<\/?[A-Za-z][^>]{0,1000}>|\\([\\`*_{}[\]()#+\-.!|~>])/g;

// Emphasis markers are masked (same length, so offsets hold) and dropped on output: strikethrough
// with HIDE, an opening `*`/`_` run with OPEN and a closing one with CLOSE, so the walker knows
// where bold (2), italic (1) or both (3) start and end.
const HIDE = "\u0001";
const OPEN = "\u0002";
const CLOSE = "\u0003";
const MASKS = /[\u0001-\u0003]/g;

/** Masks emphasis markers that flank words (not snake_case underscores or "2 * 3"); `s` is raw
 * text (any mask character in it is not ours) unless it is a link text already masked. */
function maskEmphasis(s: string, masked: boolean): string {
  const mask = (by: string) => (_: string, pre: string, marks: string) =>
    pre + (marks === "~~" ? HIDE : by).repeat(marks.length);
  return (masked ? s : s.replace(MASKS, " "))
    .replace(/(^|[^\p{L}\p{N}\\*_~])(\*{1,3}|_{1,3}|~~)(?=[^\s*_~])/gu, mask(OPEN))
    .replace(/([^\s\\*_~])(\*{1,3}|_{1,3}|~~)(?=$|[^\p{L}\p{N}*_~])/gu, mask(CLOSE));
}

type Style = { bold: boolean; italic: boolean };
type Emit = (piece: { text: string; style?: Style } | { footnote: string; offset: number }) => void;

/** Open emphasis within one line: runs of 1 open italic, 2 bold, 3 both; unclosed ones end with the line. */
class Emphasis {
  private bold = 0;
  private italic = 0;
  /** Splits masked text at its emphasis runs: each visible piece with the style it is in. */
  pieces(t: string): { text: string; style?: Style }[] {
    const out: { text: string; style?: Style }[] = [];
    for (const part of t.split(/(\u0002+|\u0003+)/)) {
      const step = part[0] === OPEN ? 1 : part[0] === CLOSE ? -1 : 0;
      if (step) {
        const n = part.length;
        if (n !== 1) this.bold = Math.max(0, this.bold + step);
        if (n !== 2) this.italic = Math.max(0, this.italic + step);
        continue;
      }
      const text = part.replaceAll(HIDE, "");
      if (text)
        out.push(
          this.bold || this.italic ? { text, style: { bold: this.bold > 0, italic: this.italic > 0 } } : { text },
        );
    }
    return out;
  }
}

/** Walks one line of inline markdown, emitting visible text (with its emphasis) and footnote references. */
function inline(line: string, offset: number, refs: Map<string, string>, emit: Emit, em?: Emphasis): void {
  const masked = em !== undefined;
  em ??= new Emphasis();
  const out = (t: string) => {
    for (const p of em.pieces(t)) emit({ text: decodeEntities(p.text), ...(p.style ? { style: p.style } : {}) });
  };
  // Code spans first: nothing inside them is markup.
  const parts = line.split(/(`+)(.{1,2000}?)\1/);
  let at = offset;
  for (let i = 0; i < parts.length; i++) {
    if (i % 3 === 2) emit({ text: parts[i] });
    else if (i % 3 === 0) {
      const s = maskEmphasis(parts[i], masked);
      let last = 0;
      for (const m of s.matchAll(INLINE)) {
        out(s.slice(last, m.index));
        last = m.index + m[0].length;
        if (m[2] !== undefined) emit({ footnote: m[2], offset: at + m.index });
        else if (m[3] !== undefined) inline(m[3], at + m.index + 1, refs, emit, em);
        else if (m[4] !== undefined) out(m[4]);
        else if (m[6] !== undefined) out(m[6]);
        else if (m[7] !== undefined) out(m[7]);
        else if (/^<br\b/i.test(m[0])) out(" ");
      }
      out(s.slice(last));
    }
    at += i % 3 === 1 ? parts[i].length * 2 : parts[i].length; // a code span's backticks open and close
  }
}

/** Visible text and first link target of a footnote definition, for parseCitationText. */
function footnoteText(def: string, refs: Map<string, string>): { text: string; url?: string } {
  const link = /\]\(\s*<?([^)\s>]+)/.exec(def)?.[1] ?? /<(https?:[^>\s]+)>/.exec(def)?.[1] ?? findUrls(def)[0]?.url;
  let text = "";
  inline(def, 0, refs, (p) => ("text" in p ? (text += p.text) : undefined));
  return { text, url: link && /^(?:https?:)?\/\//.test(link) ? link : undefined };
}

export function parseMarkdown(input: string): ParsedDocument {
  // Comments vanish but keep their newlines, so line offsets still point into the input.
  const lines = splitLines(input.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, " ")));
  const warnings: ParseWarning[] = [];
  const refs = new Map<string, string>();
  const defs: { id: string; text: string; offset: number }[] = [];
  const body: Line[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const f = FENCE.exec(l.text);
    if (f && (!fence || l.text.trim().startsWith(fence))) fence = fence ? null : f[1];
    const def = fence ? null : FOOTNOTE_DEF.exec(l.text);
    const link = fence || def ? null : LINK_DEF.exec(l.text);
    if (def) {
      let text = def[2];
      // Continuation: indented lines, or lazy lines up to a blank line.
      while (
        i + 1 < lines.length &&
        lines[i + 1].text.trim() &&
        (/^\s{2,}|^\t/.test(lines[i + 1].text) || !/^\s*(?:[#>]|\[\^)/.test(lines[i + 1].text))
      ) {
        text += ` ${lines[++i].text.trim()}`;
      }
      defs.push({ id: def[1], text: text.trim(), offset: l.offset });
    } else if (link) refs.set(link[1].toLowerCase(), link[2]);
    else body.push(l);
  }

  const pool = new NoteSources();
  const keyOf = new Map<string, string>();
  for (const d of defs) {
    if (keyOf.has(d.id)) {
      warnings.push({
        code: "duplicate_note",
        message: `footnote [^${d.id}] is defined twice; the first is used`,
        position: d.offset,
      });
      continue;
    }
    const { text, url } = footnoteText(d.text, refs);
    keyOf.set(d.id, pool.add(d.id, parseCitationText(text, { url }), d.text));
  }

  const b = new TextBuilder();
  const used = new Set<string>();
  const emit: Emit = (p) => {
    if ("text" in p) return b.text(p.text, p.style);
    const sourceKey = keyOf.get(p.footnote);
    if (!sourceKey) {
      warnings.push({
        code: "missing_note",
        message: `footnote [^${p.footnote}] has no definition`,
        position: p.offset,
      });
      return b.marker({ kind: "gap" });
    }
    used.add(p.footnote);
    b.marker({ kind: "cite", data: { sourceKey, label: p.footnote } satisfies Omit<ParsedCitation, "position"> });
  };
  let inPara = false; // a paragraph or list item is open and may continue on the next line
  let inQuote = false;
  fence = null;
  for (let i = 0; i < body.length; i++) {
    const l = body[i];
    let text = l.text;
    let offset = l.offset;
    const f = FENCE.exec(text);
    if (fence || f) {
      if (f && (!fence || text.trim().startsWith(fence))) fence = fence ? null : f[1];
      else if (text.trim()) {
        b.item(""); // code keeps its lines
        b.text(text);
      }
      inPara = false;
      continue;
    }
    const q = /^ {0,3}>[ \t]?/.exec(text);
    if (q) {
      if (!inQuote) {
        b.openQuote();
        inQuote = true;
        inPara = false;
      }
      text = text.slice(q[0].length).replace(/^(?:\s*>[ \t]?)+/, "");
      offset += l.text.length - text.length;
    } else if (inQuote && !(inPara && text.trim())) {
      // A blank line or a new block ends the quotation; a plain line continues its paragraph.
      b.closeQuote();
      inQuote = false;
      inPara = false;
    }
    if (!text.trim() || HR.test(text)) {
      b.close();
      inPara = false;
      continue;
    }
    if (text.includes("|") && TABLE_SEP.test(text)) continue;
    const h = ATX.exec(text);
    const underline = q ? undefined : SETEXT.exec(body[i + 1]?.text ?? "");
    if (h || (underline && !inPara && !ITEM.test(text))) {
      let title = "";
      inline(h ? (h[2] ?? "") : text, offset, refs, (p) => ("text" in p ? (title += p.text) : undefined));
      b.heading(h ? h[1].length : underline![1][0] === "=" ? 1 : 2, title.trim());
      if (!h) i++;
      inPara = false;
      continue;
    }
    const item = ITEM.exec(text);
    if (item) {
      b.item(/\d/.test(item[2]) ? `${item[2]} ` : "• ");
      inline(item[3], offset + text.length - item[3].length, refs, emit);
      inPara = true;
    } else if (/^\s*\|.*\|\s*$/.test(text)) {
      b.item(""); // one table row per line, cells separated by " | "
      inline(
        text
          .trim()
          .replace(/^\||\|$/g, "")
          .split("|")
          .map((c) => c.trim())
          .join(" | "),
        offset,
        refs,
        emit,
      );
      inPara = false;
    } else {
      if (inPara) b.text(" ");
      else b.paragraph();
      inline(text, offset, refs, emit);
      inPara = true;
    }
  }
  for (const [id] of keyOf) {
    if (!used.has(id))
      warnings.push({
        code: "unused_note",
        message: `footnote [^${id}] is never cited`,
        position: defs.find((d) => d.id === id)!.offset,
      });
  }
  const { text, sections, quotations, placed } = b.finish();
  const citations = placed
    .filter((p) => p.marker.kind === "cite")
    .map((p) => ({
      ...(p.marker.data as Omit<ParsedCitation, "position">),
      position: p.position,
    }));
  const marks = marksFrom(placed, text);
  return {
    format: "markdown",
    text,
    sections,
    sources: pool.sources,
    citations,
    flags: [],
    warnings,
    quotations,
    ...(marks.length ? { marks } : {}),
  };
}
