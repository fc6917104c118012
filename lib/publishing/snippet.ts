// ts_headline returns a window of a claim's text with no sign of where it was cut, and a claim
// matched on its headline alone gets the text's first words, cut mid-phrase. The snippet shows an
// ellipsis at each end that is not an end of the text; a short remainder there (a leading "The", a
// closing full stop, which ts_headline drops at a fragment's edge) is put back instead.

const norm = (s: string) => s.replace(/\s+/g, " ").trim();
/** Characters of text left off at an end that are put back rather than replaced by "…". */
const PUT_BACK = 12;

/** `snippet` (matches wrapped in ⟦ ⟧) with "…" where it starts or stops inside `text`. */
export function markCuts(snippet: string, text: string): string {
  const whole = norm(text);
  const plain = norm(snippet.replace(/[⟦⟧]/g, ""));
  if (!plain || plain === whole) return snippet;
  // Fragments are joined by " … " (public) or " ... " (ts_headline's default).
  const fragments = plain.split(/ (?:…|\.\.\.) /);
  const first = fragments[0];
  const last = fragments[fragments.length - 1];
  let out = norm(snippet);
  const start = whole.indexOf(first);
  if (start > 0) out = start <= PUT_BACK ? `${whole.slice(0, start)}${out}` : `… ${out}`;
  const lastAt = whole.lastIndexOf(last);
  const rest = lastAt >= 0 ? whole.slice(lastAt + last.length) : "";
  if (rest) out = rest.length <= PUT_BACK ? `${out}${rest}` : `${out} …`;
  return out;
}
