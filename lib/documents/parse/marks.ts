// Bold and italic as ranges of the normalized text: every parser that knows emphasis hands the
// builder styled text (TextBuilder.text's `style`), and the style markers' final positions become marks.
import type { Placed } from "./builder";
import type { ParsedMark } from "./types";

/** Bold and italic ranges from the style markers' positions: trimmed, adjacent ones merged. */
export function marksFrom(placed: Placed[], text: string): ParsedMark[] {
  const marks: ParsedMark[] = [];
  const last: Partial<Record<ParsedMark["kind"], ParsedMark>> = {};
  let open: { at: number; bold: boolean; italic: boolean } | undefined;
  const add = (kind: ParsedMark["kind"], start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    const prev = last[kind];
    const between = prev ? text.slice(prev.end, start) : "x";
    if (prev && !/\S/.test(between) && !between.includes("\n")) prev.end = end;
    else marks.push((last[kind] = { kind, start, end }));
  };
  for (const { marker, position } of placed) {
    if (marker.kind !== "style") continue;
    const data = marker.data as { bold: boolean; italic: boolean } | undefined;
    if (data) open = { at: position, ...data };
    else if (open) {
      if (open.bold) add("bold", open.at, position);
      if (open.italic) add("italic", open.at, position);
      open = undefined;
    }
  }
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}
