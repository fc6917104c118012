// Public surface of claim anchoring: selectors into a version's normalized plain text and
// re-anchoring them when a new version of the document is imported.
import type { Anchor } from "./anchor";
import { createPositionMapper } from "./diff-map";
import { reanchor, type ReanchorResult } from "./reanchor";

export { CONTEXT, createAnchor, type Anchor } from "./anchor";
export { reanchor, DEFAULT_MIN_SCORE, UNIQUE_QUOTE_MIN_LENGTH, type ReanchorResult } from "./reanchor";
export { WEIGHTS } from "./score";

/** Re-anchors every anchor of a document against one new text, diffing old -> new only once. */
export function reanchorAll(
  anchors: readonly Anchor[],
  newText: string,
  opts: { oldText?: string; minScore?: number } = {},
): ReanchorResult[] {
  const mapper = opts.oldText !== undefined ? createPositionMapper(opts.oldText, newText) : undefined;
  return anchors.map((a) => reanchor(a, newText, { minScore: opts.minScore, mapper }));
}
