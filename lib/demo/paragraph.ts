// Paragraphs of an imported text (blocks between blank lines) and the citations inside them: the
// rule the demo's evidence follows — a claim's evidence is a source cited in the claim's own
// paragraph — and the check its test applies. Pure.

export interface Span {
  start: number;
  end: number;
}

/** The paragraph holding [start, end): from after the previous blank line to the next one. */
export function paragraphAt(text: string, start: number, end = start): Span {
  const before = text.lastIndexOf("\n\n", Math.max(0, start - 1));
  const after = text.indexOf("\n\n", end);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

/** A citation marker at `position` belongs to the paragraph it ends or sits in (a ref right after the last word counts). */
export function inParagraph(p: Span, position: number): boolean {
  return position >= p.start && position <= p.end;
}

/** The paragraphs that cite `sourceId`: where a quotation of that source may be found. */
export function citingParagraphs(
  text: string,
  citations: { start: number; sourceId: string }[],
  sourceId: string,
): Span[] {
  const seen = new Map<number, Span>();
  for (const c of citations)
    if (c.sourceId === sourceId) {
      const p = paragraphAt(text, c.start);
      seen.set(p.start, p);
    }
  return [...seen.values()];
}

/** Is `quote` verbatim in one of the paragraphs citing the source? */
export function quotedInCitingParagraph(
  text: string,
  citations: { start: number; sourceId: string }[],
  sourceId: string,
  quote: string,
): boolean {
  return citingParagraphs(text, citations, sourceId).some((p) => text.slice(p.start, p.end).includes(quote));
}
