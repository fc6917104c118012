// Step 2 of re-anchoring: map old offsets through a character diff of old -> new text.
import DiffMatchPatch from "diff-match-patch";

export type PositionMapper = (start: number, end: number) => { start: number; end: number };

/** Builds a mapper for one (oldText, newText) pair; the diff is computed once. */
export function createPositionMapper(oldText: string, newText: string): PositionMapper {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 2; // seconds; after that dmp returns a valid but less minimal diff
  const diffs = dmp.diff_main(oldText, newText);
  // Without cleanup a rewritten sentence keeps scattered one-letter "equal" runs that would
  // map offsets into unrelated text.
  dmp.diff_cleanupSemantic(diffs);
  return (start, end) => {
    const s = dmp.diff_xIndex(diffs, start);
    // Map the last character rather than `end`, so text inserted right after the quote does not
    // get pulled into the mapped range (xIndex puts a boundary after an insertion there).
    const e = end > start ? dmp.diff_xIndex(diffs, end - 1) + 1 : s;
    return { start: s, end: Math.max(s, e) };
  };
}

// Re-anchoring every claim of a document calls reanchor() once per claim with the same pair of
// texts; remembering the last mapper avoids diffing a 100 KB document hundreds of times.
let cached: { oldText: string; newText: string; mapper: PositionMapper } | undefined;

export function cachedPositionMapper(oldText: string, newText: string): PositionMapper {
  if (!cached || cached.oldText !== oldText || cached.newText !== newText) {
    cached = { oldText, newText, mapper: createPositionMapper(oldText, newText) };
  }
  return cached.mapper;
}
