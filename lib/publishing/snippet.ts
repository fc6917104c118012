// ts_headline returns a window of a claim's text with no sign of where it was cut, and a claim
// matched on its headline alone gets the text's first words, cut mid-phrase. The snippet shows an
// ellipsis at each end that is not an end of the text.

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

/** `snippet` (matches wrapped in ⟦ ⟧) with "…" where it starts or stops inside `text`. */
export function markCuts(snippet: string, text: string): string {
  const plain = norm(snippet.replace(/[⟦⟧]/g, ""));
  const whole = norm(text);
  if (!plain || plain === whole) return snippet;
  // Fragments are joined by " … " (public) or " ... " (ts_headline's default).
  const fragments = plain.split(/ (?:…|\.\.\.) /);
  let out = snippet.trim();
  if (!whole.startsWith(fragments[0])) out = `… ${out}`;
  if (!whole.endsWith(fragments[fragments.length - 1])) out = `${out} …`;
  return out;
}
