// W3C Web Annotation selectors for a claim's span in a version's normalized plain text:
// TextQuoteSelector {exact, prefix, suffix} + TextPositionSelector {start, end}, in one record.

/** Characters of context kept on each side; enough to tell repeated phrases apart. */
export const CONTEXT = 32;

export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Builds an anchor for text[start, end). Throws RangeError unless 0 <= start < end <= text.length. */
export function createAnchor(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`Anchor offsets must be integers (got start=${start}, end=${end})`);
  }
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(
      `Anchor range must satisfy 0 <= start < end <= ${text.length} (got start=${start}, end=${end})`,
    );
  }
  let prefixStart = Math.max(0, start - CONTEXT);
  let suffixEnd = Math.min(text.length, end + CONTEXT);
  // Don't cut a surrogate pair in half: a lone surrogate is not valid UTF-8 and would be mangled
  // on its way through JSON / the database, so the stored context would never match again.
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  if (suffixEnd < text.length && suffixEnd > end && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}
