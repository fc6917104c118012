// Plain text: paragraphs split on blank lines, hard-wrapped lines joined, list lines kept one per
// line, a short first line taken as the title and short standalone lines between paragraphs as
// headings. Also the body layout for the endnotes format, which passes its own inline handler.
import { TextBuilder } from "./builder";
import type { ParsedDocument } from "./types";

export interface Line {
  text: string;
  offset: number; // offset of the line in the raw input
}

export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const text of input.split("\n")) {
    lines.push({ text, offset });
    offset += text.length + 1;
  }
  return lines;
}

const ITEM = /^\s*(?:([-*•+‣◦▪])|(\d{1,3}[.)]))\s+/;
const TERMINAL = /[.,;:!]["'”’)]*$/;

function isHeadingLine(s: string, maxLen: number): boolean {
  const t = s.trim();
  return (
    t.length > 0 &&
    t.length <= maxLen &&
    t.split(/\s+/).length <= 14 &&
    !TERMINAL.test(t) &&
    /^[\p{Lu}\p{N}“"'‘]/u.test(t) &&
    !ITEM.test(t) &&
    !/\[\d/.test(t)
  );
}

/** Groups lines into paragraphs and feeds them to the builder; `inline` renders one line's text. */
export function buildPlainBlocks(
  b: TextBuilder,
  lines: Line[],
  inline: (line: Line) => void = (l) => b.text(l.text),
): void {
  const paras: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.text.trim()) cur.push(l);
    else if (cur.length) {
      paras.push(cur);
      cur = [];
    }
  }
  if (cur.length) paras.push(cur);
  // Rules and separators ("__", "***") carry no words.
  const kept = paras.filter((p) => p.some((l) => /[\p{L}\p{N}]/u.test(l.text)));
  kept.forEach((p, i) => {
    const single = p.length === 1;
    const last = i === kept.length - 1;
    if (i === 0 && single && !last && isHeadingLine(p[0].text, 200)) return b.heading(1, p[0].text.trim());
    if (i > 0 && single && !last && isHeadingLine(p[0].text, 100)) return b.heading(2, p[0].text.trim());
    let inPara = false;
    for (const l of p) {
      const m = ITEM.exec(l.text);
      if (m) {
        b.item(m[2] ? `${m[2]} ` : "• ");
        inline({ text: l.text.slice(m[0].length), offset: l.offset + m[0].length });
        inPara = false;
        continue;
      }
      if (!inPara) b.paragraph();
      else b.text(" ");
      inline(l);
      inPara = true;
    }
    b.close();
  });
}

export function parseText(input: string): ParsedDocument {
  const b = new TextBuilder();
  buildPlainBlocks(b, splitLines(input));
  const { text, sections, quotations } = b.finish();
  return { format: "text", text, sections, sources: [], citations: [], flags: [], warnings: [], quotations };
}
