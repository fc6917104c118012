// Essays with numbered endnotes: body markers [1], [9-10], [3, 4] point at "[n] …" lines under a
// "Notes:" heading near the end. The notes leave the text; each marker number becomes a citation
// where the marker stood; notes repeating an earlier source share its key (see NoteSources).
import { TextBuilder } from "./builder";
import { parseCitationText } from "./citation-text";
import { NoteSources } from "./note-sources";
import { buildPlainBlocks, splitLines, type Line } from "./text";
import type { ParsedCitation, ParsedDocument, ParseWarning } from "./types";

export const NOTES_HEADING =
  /^\s*(?:end\s*notes|foot\s*notes|notes|references|sources|works cited|bibliography)\s*:?\s*$/i;
export const NOTE_LINE = /^\s*\[(\d{1,3})\]\s*(.*)$/;
const MARKER = /\[(\d{1,3}(?:\s*[-–—]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?)*)\]/g;
const MAX_RANGE = 50; // "[1-999]" is not forty citations; cap what a range may expand to

interface Note {
  n: number;
  text: string;
  offset: number;
}

/** Index of the notes heading line: the last heading line followed by "[n]" lines; -1 if none. */
export function findNotesHeading(lines: Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (NOTES_HEADING.test(lines[i].text) && lines.slice(i + 1).some((l) => NOTE_LINE.test(l.text))) return i;
  }
  return -1;
}

/** Splits lines into body (before the notes, plus any trailing matter after them) and notes. */
function splitNotes(lines: Line[]): { body: Line[]; notes: Note[] } {
  let start = findNotesHeading(lines);
  let from = start + 1;
  if (start < 0) {
    // No heading: a trailing run of "[n]" lines starting at "[1]".
    start = lines.findLastIndex((l) => /^\[1\]\s/.test(l.text));
    if (start < 0 || !lines.slice(start + 1).some((l) => NOTE_LINE.test(l.text))) return { body: lines, notes: [] };
    from = start;
  }
  const notes: Note[] = [];
  const trailing: Line[] = [];
  let blank = false;
  for (const l of lines.slice(from)) {
    const m = NOTE_LINE.exec(l.text);
    if (m) {
      notes.push({ n: Number(m[1]), text: m[2].trim(), offset: l.offset });
      blank = false;
    } else if (!l.text.trim()) {
      blank = true;
      if (trailing.length) trailing.push(l);
    } else if (notes.length) {
      // A line right under a note continues it; after a blank line it is matter after the notes.
      if (!blank && !trailing.length) notes[notes.length - 1].text += ` ${l.text.trim()}`;
      else trailing.push(l);
    }
  }
  return { body: [...lines.slice(0, start), { text: "", offset: 0 }, ...trailing], notes };
}

function expand(spec: string): number[] {
  const out: number[] = [];
  for (const part of spec.split(",")) {
    const [a, b] = part.split(/[-–—]/).map((x) => Number(x.trim()));
    if (b === undefined) out.push(a);
    else for (let n = a; n <= b && n - a < MAX_RANGE; n++) out.push(n);
  }
  return out;
}

export function parseEndnotes(input: string): ParsedDocument {
  const { body, notes } = splitNotes(splitLines(input));
  const warnings: ParseWarning[] = [];
  const pool = new NoteSources();
  const keyOf = new Map<number, string>();
  let prevKey: string | undefined;
  for (const note of notes) {
    if (keyOf.has(note.n)) {
      warnings.push({
        code: "duplicate_note",
        message: `note [${note.n}] is listed twice; the first is used`,
        position: note.offset,
      });
      continue;
    }
    // "Ibid." repeats the previous note's source.
    const key =
      /^ibid\b/i.test(note.text) && prevKey
        ? prevKey
        : pool.add(String(note.n), parseCitationText(note.text), note.text);
    keyOf.set(note.n, key);
    prevKey = key;
  }

  const b = new TextBuilder();
  const used = new Set<number>();
  buildPlainBlocks(b, body, (line) => {
    let last = 0;
    for (const m of line.text.matchAll(MARKER)) {
      b.text(line.text.slice(last, m.index));
      last = m.index + m[0].length;
      for (const n of expand(m[1])) {
        const sourceKey = keyOf.get(n);
        if (!sourceKey) {
          warnings.push({
            code: "missing_note",
            message: `marker [${n}] has no note`,
            position: line.offset + m.index,
          });
          continue;
        }
        used.add(n);
        b.marker({ kind: "cite", data: { sourceKey, label: String(n) } satisfies Omit<ParsedCitation, "position"> });
      }
      b.marker({ kind: "gap" });
    }
    b.text(line.text.slice(last));
  });
  for (const n of keyOf.keys()) {
    const note = notes.find((x) => x.n === n)!;
    if (!used.has(n)) {
      warnings.push({
        code: "unused_note",
        message: `note [${note.n}] is never cited in the text`,
        position: note.offset,
      });
    }
  }
  const { text, sections, quotations, placed } = b.finish();
  const citations = placed.map((p) => ({
    ...(p.marker.data as Omit<ParsedCitation, "position">),
    position: p.position,
  }));
  return { format: "endnotes", text, sections, sources: pool.sources, citations, flags: [], warnings, quotations };
}
