// A bounded fast path in front of wikiparser-node, which costs about a millisecond per template
// or <ref> (2,000 refs: ~5 s). Before the real parse, a linear scan replaces each *simple* template
// (one line, no nested templates, links, tags or bold/italic) and each <ref> whose body is one
// such template (or a self-closing <ref name=…/>) with a placeholder of exactly the same length,
// made of private-use characters; the parser then sees plain text there. The walker reads each
// placeholder back from the table built here and handles it exactly as it would the parsed node,
// so offsets and output stay the same. Anything not simple is left to the real parser.
import { decodeEntities } from "./entities";
import type { TemplateArgs } from "./wikitext-plain";

export type FastItem =
  { kind: "template"; t: TemplateArgs } | { kind: "ref"; name?: string; body: string; t?: TemplateArgs };

const OPEN = "\uE002";
const FILL = "\uE003";
const DIGIT0 = 0xe100;
const BASE = 0x0f00; // index digits: U+E100…U+EFFF, two of them (over 14 million placeholders)
export const PLACEHOLDER = /\uE002([\uE100-\uEFFF])([\uE100-\uEFFF])\uE003*/g;
/** Private-use characters the input itself may hold: replaced before the scan (same length). */
export const PRIVATE = /[\uE000-\uF8FF]/g;

// The table of the parse in progress (parsing is synchronous; one table at a time).
let active: FastItem[] | null = null;

export function withFastTable<T>(items: FastItem[], run: () => T): T {
  const prev = active;
  active = items;
  try {
    return run();
  } finally {
    active = prev;
  }
}

export function fastItem(a: string, b: string): FastItem | undefined {
  const i = (a.charCodeAt(0) - DIGIT0) * BASE + (b.charCodeAt(0) - DIGIT0);
  return active?.[i];
}

/** Text with placeholders replaced by what they show (templates' inline text; refs show nothing). */
let render: (t: TemplateArgs) => string = () => "";
export function setFastRenderer(f: (t: TemplateArgs) => string): void {
  render = f;
}
export function expandFast(s: string): string {
  if (!active || !s.includes(OPEN)) return s;
  return s.replace(PLACEHOLDER, (_, a: string, b: string) => {
    const item = fastItem(a, b);
    return item?.kind === "template" ? render(item.t) : "";
  });
}

function placeholder(index: number, length: number): string {
  const hi = String.fromCharCode(DIGIT0 + Math.floor(index / BASE));
  const lo = String.fromCharCode(DIGIT0 + (index % BASE));
  return OPEN + hi + lo + FILL.repeat(length - 3);
}

// {{name|a|k=v}} on one line with no markup inside; values may hold entities and plain URLs.
const SIMPLE = /\{\{([^{}[\]<>|\n]{1,200})((?:\|[^{}[\]<>|\n]*){0,200})\}\}/y;
const NAME = /^\s*[\p{L}\p{N}][^:#]*$/u;
// Templates the walker handles as blocks (they need their parsed body), and magic variables.
// prettier-ignore
const NOT_SIMPLE = new Set([
  "quote", "quotation", "blockquote", "cquote", "rquote", "bquote", "quote box", "quotebox", "pull quote",
  "centered pull quote", "reflist", "notelist", "references", "!", "=", "!!",
]);
const REF_OPEN = /<ref(\s[^<>]{0,300}?)?\s*(\/?)>/iy;
const REF_ATTRS = /^\s*(?:name\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'<>/]+)))?\s*$/i;
// Extension tags and comments whose content is not scanned: left as they are.
const SKIP_TAG =
  /<(nowiki|pre|math|chem|ce|references|gallery|poem|syntaxhighlight|source|score|timeline|templatedata|includeonly|noinclude|onlyinclude|imagemap|hiero|graph|mapframe|code)\b[^<>]{0,500}?(\/?)>/iy;

export function liteTemplate(name: string, params: string, items: FastItem[] = []): TemplateArgs | undefined {
  if (!NAME.test(name) || name.includes(OPEN) || params.includes("''")) return undefined;
  if (params.includes(OPEN)) {
    // Templates replaced in an earlier round show their text here; a ref inside keeps the real parser.
    let hasRef = false;
    params = params.replace(PLACEHOLDER, (_, a: string, b: string) => {
      const i = (a.charCodeAt(0) - DIGIT0) * BASE + (b.charCodeAt(0) - DIGIT0);
      const item = items[i];
      if (item?.kind !== "template") hasRef = true;
      return item?.kind === "template" ? render(item.t) : "";
    });
    if (hasRef) return undefined;
  }
  const clean = name.replace(/[_\s]+/g, " ").trim();
  const lower = clean.toLowerCase().replace(/^template:/, "");
  if (NOT_SIMPLE.has(lower) || (clean === clean.toUpperCase() && /[A-Z]/.test(clean))) return undefined;
  const args = new Map<string, string>();
  const anon: string[] = [];
  let n = 0;
  for (const part of params ? params.slice(1).split("|") : []) {
    const eq = part.indexOf("=");
    const value = (s: string) => decodeEntities(s);
    if (eq < 0) {
      const v = value(part);
      anon.push(v);
      args.set(String(++n), v);
    } else args.set(part.slice(0, eq).trim(), value(part.slice(eq + 1)).trim());
  }
  return { name: lower, raw: clean, args, anon };
}

/** Replaces simple templates and refs in `text` by placeholders (same length); returns the new text and table. */
export function fastPass(text: string): { text: string; items: FastItem[] } {
  const items: FastItem[] = [];
  // Each round replaces the innermost simple templates, so {{a|{{b|x}}}} is simple in the next
  // one. Nesting is limited (DOCUMENT_LIMITS.nesting), so are the rounds.
  for (let round = 0; round < 25; round++) {
    const before = items.length;
    text = fastRound(text, items);
    if (items.length === before || !text.includes("{{")) break;
  }
  return { text, items };
}

function fastRound(text: string, items: FastItem[]): string {
  const out: string[] = [];
  let last = 0;
  let braces = 0;
  let links = 0;
  const put = (start: number, end: number, item: FastItem) => {
    out.push(text.slice(last, start), placeholder(items.length, end - start));
    items.push(item);
    last = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */) {
      if (text.startsWith("<!--", i)) {
        const end = text.indexOf("-->", i + 4);
        if (end < 0) break;
        i = end + 2;
        continue;
      }
      SKIP_TAG.lastIndex = i;
      const skip = SKIP_TAG.exec(text);
      if (skip) {
        if (skip[2]) {
          i += skip[0].length - 1;
          continue;
        }
        const close = text.toLowerCase().indexOf(`</${skip[1].toLowerCase()}`, i + skip[0].length);
        if (close < 0) break;
        i = close;
        continue;
      }
      REF_OPEN.lastIndex = i;
      const ref = REF_OPEN.exec(text);
      if (!ref) continue;
      const attrs = REF_ATTRS.exec(ref[1] ?? "");
      const name = attrs ? (attrs[1] ?? attrs[2] ?? attrs[3])?.trim() || undefined : undefined;
      const openEnd = i + ref[0].length;
      if (ref[2]) {
        if (attrs && name && braces === 0 && links === 0 && ref[0].length >= 5)
          put(i, openEnd, { kind: "ref", name, body: "" });
        i = openEnd - 1;
        continue;
      }
      const close = /<\/ref\s*>/gi;
      close.lastIndex = openEnd;
      const m = close.exec(text);
      if (!m) break; // an unclosed ref: the real parser reports it
      const body = text.slice(openEnd, m.index).trim();
      SIMPLE.lastIndex = 0;
      const whole = attrs && braces === 0 && links === 0 ? SIMPLE.exec(body) : null;
      const t = whole && whole[0].length === body.length ? liteTemplate(whole[1], whole[2], items) : undefined;
      if (t) put(i, m.index + m[0].length, { kind: "ref", name, body, t });
      i = m.index + m[0].length - 1;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (c === 123 /* { */ && next === 123) {
      if (links === 0) {
        SIMPLE.lastIndex = i;
        const m = SIMPLE.exec(text);
        const t =
          m && !/\S*:\/\/\S*$/.test(text.slice(Math.max(0, i - 300), i)) ? liteTemplate(m[1], m[2], items) : undefined;
        if (m && t) {
          put(i, i + m[0].length, { kind: "template", t });
          i += m[0].length - 1;
          continue;
        }
      }
      braces++;
      i++;
    } else if (c === 125 /* } */ && next === 125) {
      braces = Math.max(0, braces - 1);
      i++;
    } else if (c === 91 /* [ */ && next === 91) {
      links++;
      i++;
    } else if (c === 93 /* ] */ && next === 93) {
      links = Math.max(0, links - 1);
      i++;
    }
  }
  if (!out.length) return text;
  out.push(text.slice(last));
  return out.join("");
}
