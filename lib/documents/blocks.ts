// Splits a document's plain text into display blocks (headings, quotations, paragraphs, list
// items) with citation markers placed at their character positions, and text runs cut at every
// claim highlight and bold/italic mark boundary. Pure: the desk reader and the public credibility
// view render from it (components/documents/MarkedText.tsx), and since a run keeps its offsets,
// marks never move a claim's anchor.
export interface Span {
  start: number;
  end: number;
}
export interface BlockCitation {
  id: string;
  position: number;
  sourceId: string;
  label?: string | null;
}
export interface Highlight {
  id: string;
  start: number;
  end: number;
}
/** Bold or italic over [start, end) of the text, as the importer found it (lib/documents/parse/types.ts). */
export interface TextMark {
  kind: "bold" | "italic";
  start: number;
  end: number;
}
export type MarkKind = TextMark["kind"];
/** A text run; `claims` lists the highlights covering all of it (overlaps give several), `marks`
 * the bold/italic covering all of it (absent when none). */
export type Segment =
  | { kind: "text"; start: number; end: number; text: string; claims: string[]; marks?: MarkKind[] }
  | { kind: "citation"; citation: BlockCitation; n: number };
export interface Block {
  kind: "heading" | "quote" | "paragraph" | "item";
  level: number;
  start: number;
  end: number;
  segments: Segment[];
}

export function layoutBlocks(
  text: string,
  sections: (Span & { level: number; title: string })[],
  quotations: Span[],
  citations: BlockCitation[],
  highlights: Highlight[] = [],
  /** Lay out only this stretch (a reader part, lib/documents/parts); numbering stays the whole document's. */
  window: Span = { start: 0, end: text.length },
  marks: TextMark[] = [],
): Block[] {
  const shown = marks.filter((m) => m.end > window.start && m.start < window.end);
  const runs = (from: number, to: number) => textRuns(text, from, to, highlights, shown);
  const headingAt = new Map<number, number>();
  for (const s of sections) headingAt.set(s.start, s.level);
  // Citations are numbered by source, in order of first appearance, as a reader expects.
  const numberOf = new Map<string, number>();
  for (const c of [...citations].sort((a, b) => a.position - b.position)) {
    if (!numberOf.has(c.sourceId)) numberOf.set(c.sourceId, numberOf.size + 1);
  }
  const last = window.end >= text.length;
  const sorted = [...citations]
    .filter((c) => c.position >= window.start && (c.position < window.end || last))
    .sort((a, b) => a.position - b.position);
  const blocks: Block[] = [];
  let ci = 0;
  const lineRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  lineRe.lastIndex = window.start;
  while ((m = lineRe.exec(text)) && m.index < window.end) {
    // A part may begin or end inside a line (one huge line): that piece is a paragraph.
    const start = Math.max(m.index, window.start);
    const end = Math.min(m.index + m[0].length, window.end);
    if (!text.slice(start, end).trim()) continue;
    const whole = start === m.index && end === m.index + m[0].length && (m.index === 0 || text[m.index - 1] === "\n");
    const level = whole ? headingAt.get(start) : undefined;
    const kind: Block["kind"] =
      level !== undefined && text.slice(start, end).trim() === sections.find((s) => s.start === start)?.title.trim()
        ? "heading"
        : quotations.some((q) => start >= q.start && end <= q.end)
          ? "quote"
          : whole && /^\s*(?:[•*#-]|\d+\.)\s/.test(m[0])
            ? "item"
            : "paragraph";
    const segments: Segment[] = [];
    let cursor = start;
    // Citations that sit right after a line's end (a ref at a paragraph's close) belong to it.
    while (ci < sorted.length && sorted[ci].position <= end) {
      const c = sorted[ci++];
      const at = Math.max(c.position, cursor);
      if (at > cursor) segments.push(...runs(cursor, at));
      cursor = at;
      segments.push({ kind: "citation", citation: c, n: numberOf.get(c.sourceId)! });
    }
    if (cursor < end) segments.push(...runs(cursor, end));
    blocks.push({ kind, level: level ?? 0, start, end, segments });
  }
  // Citations past the last line (trailing whitespace) attach to the last block.
  if (blocks.length) {
    while (ci < sorted.length) {
      const c = sorted[ci++];
      blocks[blocks.length - 1].segments.push({ kind: "citation", citation: c, n: numberOf.get(c.sourceId)! });
    }
  }
  return blocks;
}

/** Splits [from, to) at every highlight and mark boundary inside it, so each run has one set of claims and marks. */
export function textRuns(
  text: string,
  from: number,
  to: number,
  highlights: Highlight[],
  marks: TextMark[] = [],
): Segment[] {
  const cuts = new Set([from, to]);
  for (const h of [...highlights, ...marks]) {
    if (h.start > from && h.start < to) cuts.add(h.start);
    if (h.end > from && h.end < to) cuts.add(h.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const claims = highlights.filter((h) => h.start <= a && h.end >= b).map((h) => h.id);
    const on = MARK_ORDER.filter((k) => marks.some((m) => m.kind === k && m.start <= a && m.end >= b));
    runs.push({ kind: "text", start: a, end: b, text: text.slice(a, b), claims, ...(on.length ? { marks: on } : {}) });
  }
  return runs;
}

const MARK_ORDER: MarkKind[] = ["bold", "italic"];

/**
 * The plain text of [start, end) read back from laid-out blocks, so a client that has the blocks
 * needs no second copy of the text. Between blocks lies only whitespace (line breaks, blank
 * lines), which reads as "\n"; the result is as long as the range the blocks cover.
 */
export function blockText(blocks: Block[], start: number, end: number): string {
  let out = "";
  let at = start;
  for (const b of blocks) {
    if (b.end <= at) continue;
    for (const s of b.segments) {
      if (s.kind !== "text" || s.end <= at) continue;
      if (s.start >= end) return out + "\n".repeat(end - at);
      if (s.start > at) out += "\n".repeat(s.start - at);
      at = Math.max(at, s.start);
      out += s.text.slice(at - s.start, Math.min(end, s.end) - s.start);
      at = Math.min(end, s.end);
      if (at >= end) return out;
    }
  }
  return out;
}
