// Assembles the reader's plain text from blocks (headings, paragraphs, list items, quotations)
// and zero-width markers (citations, flags). Every format parser feeds it, so whitespace rules,
// marker placement and section/quotation offsets are decided in one place.
import type { ParsedSection } from "./types";

/** Something that stood at a point of the text: a citation, a flag, or a removed element ("gap"). */
export interface Marker<T = unknown> {
  kind: "cite" | "flag" | "gap" | "style";
  data?: T;
}
export interface Placed<T = unknown> {
  marker: Marker<T>;
  position: number;
}

type Inline = string | Marker;
interface Block {
  kind: "para" | "heading" | "item";
  level: number;
  prefix: string;
  quote: number; // id of the enclosing quotation, 0 when none
  inlines: Inline[];
}

// Stands for a marker while whitespace is normalized; stripped from any input text first.
const SENTINEL = "\uE000";
// Stands for a hard line break (<br>) inside a paragraph; becomes "\n" after whitespace is collapsed.
const BREAK = "\uE001";
const CLOSING = /[.,;:!?)\]]/;

/** Collapses whitespace, glues markers to the preceding word, returns text and marker offsets. */
function normalizeInline(inlines: Inline[]): { text: string; marks: { marker: Marker; offset: number }[] } {
  const markers: Marker[] = [];
  let s = "";
  for (const x of inlines) {
    if (typeof x === "string") s += x === BREAK ? BREAK : x.replaceAll(SENTINEL, "").replaceAll(BREAK, "");
    else {
      markers.push(x);
      s += SENTINEL;
    }
  }
  s = s.replace(/[\s\u00a0\u200b]+/g, " ");
  // "word <ref/> next" → "word⟨m⟩ next"; "word <ref/>." → "word⟨m⟩."
  // A run of markers may have spaces between them ("<ref/> [[File:x]]"): one run, one space.
  s = s.replace(/ ?(\uE000(?: ?\uE000)*) ?/g, (m, run: string, at: number, whole: string) => {
    const marks = run.replaceAll(" ", "");
    const next = whole[at + m.length];
    const prev = whole[at - 1];
    if (next === undefined || prev === undefined || CLOSING.test(next)) return marks;
    return m === marks ? marks : `${marks} `;
  });
  s = s
    .replace(/ ?\uE001[\uE001 ]*/g, "\n")
    .replace(/^\n+|\n+$/g, "")
    .trim();
  const marks: { marker: Marker; offset: number }[] = [];
  let text = "";
  let k = 0;
  // Slices between markers, not a string grown one character at a time (megabyte lines).
  const parts = s.split(SENTINEL);
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) marks.push({ marker: markers[k++], offset: text.length });
    text += parts[i];
  }
  return { text, marks };
}

export class TextBuilder {
  private blocks: Block[] = [];
  private current: Block | null = null;
  private pending: Marker[] = [];
  private quoteDepth = 0;
  private quoteId = 0;
  private quoteSeq = 0;
  private newlines = 0;

  /** Wikitext line semantics: one newline is a space, a blank line ends a paragraph, any newline ends an item. */
  newline(): void {
    this.newlines++;
  }

  private applyNewlines(): void {
    if (!this.current || !this.newlines) return;
    if (this.newlines >= 2 || this.current.kind !== "para") this.close();
    else this.current.inlines.push(" ");
  }

  /** `style`: bold and/or italic, kept as zero-width "style" markers around the text (see Placed). */
  text(s: string, style?: { bold: boolean; italic: boolean }): void {
    if (!s) return;
    if (!/\S/.test(s)) {
      if (this.current && !this.newlines) this.current.inlines.push(" ");
      return;
    }
    this.applyNewlines();
    this.newlines = 0;
    if (!this.current) this.open("para");
    if (style && (style.bold || style.italic)) {
      this.current!.inlines.push({ kind: "style", data: style }, s, { kind: "style" });
    } else this.current!.inlines.push(s);
  }

  marker(m: Marker): void {
    this.applyNewlines();
    if (this.current) this.current.inlines.push(m);
    else if (m.kind === "cite" && this.blocks.length) this.blocks[this.blocks.length - 1].inlines.push(m);
    else if (m.kind !== "gap") this.pending.push(m);
  }

  /** A hard line break inside the current block (<br>). */
  lineBreak(): void {
    if (this.current && !this.newlines) this.current.inlines.push(BREAK);
  }

  heading(level: number, title: string): void {
    this.close();
    this.blocks.push({ kind: "heading", level, prefix: "", quote: this.quoteId, inlines: [title] });
    this.newlines = 0;
  }

  /** Starts a list item; its text follows through text()/marker() until the next newline or block. */
  item(prefix: string): void {
    this.open("item", prefix);
  }

  paragraph(): void {
    this.open("para");
  }

  /** Ends the current block (a forced paragraph break). */
  close(): void {
    if (this.current) this.blocks.push(this.current);
    this.current = null;
  }

  openQuote(): void {
    this.close();
    if (this.quoteDepth++ === 0) this.quoteId = ++this.quoteSeq;
  }

  closeQuote(): void {
    if (this.quoteDepth === 0) return; // a stray </blockquote>
    this.close();
    if (--this.quoteDepth === 0) this.quoteId = 0;
  }

  private open(kind: Block["kind"], prefix = ""): void {
    this.close();
    this.current = { kind, level: 0, prefix, quote: this.quoteId, inlines: [...this.pending] };
    this.pending = [];
    this.newlines = 0;
  }

  finish(): {
    text: string;
    sections: ParsedSection[];
    quotations: { start: number; end: number }[];
    placed: Placed[];
  } {
    this.close();
    let out = "";
    let prev: Block | null = null;
    let carry: Marker[] = [];
    const placed: Placed[] = [];
    const sections: ParsedSection[] = [];
    const quotes = new Map<number, { start: number; end: number }>();
    for (const b of this.blocks) {
      const { text, marks } = normalizeInline(b.inlines);
      if (!text) {
        // An empty block (a ref or banner on a line of its own): citations stay with the text
        // before, flags move to the text after.
        for (const { marker } of marks) {
          if (marker.kind === "cite" && prev) placed.push({ marker, position: out.length });
          else if (marker.kind !== "gap" && marker.kind !== "style") carry.push(marker);
        }
        continue;
      }
      if (out) out += b.kind === "item" && prev?.kind === "item" && prev.quote === b.quote ? "\n" : "\n\n";
      const start = out.length;
      for (const marker of carry) placed.push({ marker, position: start });
      carry = [];
      out += b.prefix;
      for (const { marker, offset } of marks) placed.push({ marker, position: out.length + offset });
      out += text;
      if (b.kind === "heading") sections.push({ title: text, level: b.level, start, end: out.length });
      if (b.quote) {
        const q = quotes.get(b.quote);
        if (q) q.end = out.length;
        else quotes.set(b.quote, { start, end: out.length });
      }
      prev = b;
    }
    for (const marker of [...carry, ...this.pending]) placed.push({ marker, position: out.length });
    return {
      text: out,
      sections: closeSections(sections, out),
      quotations: [...quotes.values()],
      placed: placed.filter((p) => p.marker.kind !== "gap"),
    };
  }
}

/** A section runs to the next heading of the same or a higher level (trailing whitespace excluded). */
function closeSections(sections: ParsedSection[], text: string): ParsedSection[] {
  return sections.map((s, i) => {
    const next = sections.slice(i + 1).find((n) => n.level <= s.level);
    let end = next ? next.start : text.length;
    while (end > s.start && /\s/.test(text[end - 1])) end--;
    return { ...s, end: Math.max(end, s.start + s.title.length) };
  });
}

/** Title of the innermost section containing position. */
export function sectionAt(sections: ParsedSection[], position: number): string | undefined {
  let best: ParsedSection | undefined;
  for (const s of sections) if (s.start <= position && position <= s.end && (!best || s.level >= best.level)) best = s;
  return best?.title;
}
