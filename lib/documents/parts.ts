// The desk reader shows a long document in parts of bounded size, so no page sends more than
// one part's text (a 5 MB import would otherwise be a 15 MB page: the text in the HTML, in the
// React payload, and once more for the selection). Parts end at a heading where one falls in the
// second half of the allowance, else at a line break, else (one huge line) at a space. Pure.
export interface DocumentPart {
  /** 1-based, as in `?part=`. */
  n: number;
  start: number;
  end: number;
  /** The heading the part starts with or continues, for the part list. */
  title: string;
}

/** Characters of document text a reader page carries at most. */
export const READER_PART_CHARS = 100_000;

export function documentParts(
  text: string,
  sections: { start: number; title: string }[],
  maxChars = READER_PART_CHARS,
): DocumentPart[] {
  const headings = [...sections].sort((a, b) => a.start - b.start);
  const parts: DocumentPart[] = [];
  let start = 0;
  let h = 0; // index of the first heading at or after `start`
  let title = "";
  while (start < text.length) {
    let end = text.length;
    if (text.length - start > maxChars) {
      const limit = start + maxChars;
      while (h < headings.length && headings[h].start <= start) title = headings[h++].title;
      // The last heading in (start + max/2, limit], else the last line start, else a space.
      let cut = -1;
      for (let i = h; i < headings.length && headings[i].start <= limit; i++)
        if (headings[i].start > start + maxChars / 2) cut = headings[i].start;
      if (cut < 0) {
        const nl = text.lastIndexOf("\n", limit - 1);
        if (nl >= start + 1) cut = nl + 1;
      }
      if (cut < 0) {
        const sp = text.lastIndexOf(" ", limit - 1);
        cut = sp > start + maxChars / 2 ? sp + 1 : limit;
        if (/[\uD800-\uDBFF]/.test(text[cut - 1])) cut--; // never between the halves of a surrogate pair
      }
      end = cut;
    } else {
      while (h < headings.length && headings[h].start <= start) title = headings[h++].title;
    }
    parts.push({
      n: parts.length + 1,
      start,
      end,
      title: title || (parts.length ? `Part ${parts.length + 1}` : "Beginning"),
    });
    start = end;
  }
  if (!parts.length) parts.push({ n: 1, start: 0, end: 0, title: "Beginning" });
  return parts;
}

/** The part holding character `offset` (the last part for offsets past the end). */
export function partAt(parts: DocumentPart[], offset: number): DocumentPart {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return parts[lo];
}
