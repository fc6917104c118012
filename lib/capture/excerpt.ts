// Where an evidence excerpt sits in a snapshot's readable text, as W3C TextQuote + TextPosition
// selectors over that text. Whitespace runs and typographic quotes/dashes are compared loosely (an
// editor pastes from a browser; the snapshot's text went through Readability), the selectors
// point at the snapshot's own characters.
import { createAnchor, type Anchor } from "@/lib/anchoring";

const FOLD: Record<string, string> = { "‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " " };

function fold(s: string): { text: string; map: number[] } {
  let text = "";
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = FOLD[s[i]] ?? s[i];
    if (/\s/.test(c)) {
      if (space || text.length === 0) continue;
      space = true;
      text += " ";
      map.push(i);
      continue;
    }
    space = false;
    text += c.toLowerCase();
    map.push(i);
  }
  return { text: text.trimEnd(), map };
}

export function locateExcerpt(snapshot: string, excerpt: string): Anchor | null {
  const needle = fold(excerpt).text;
  if (needle.length < 3) return null;
  const hay = fold(snapshot);
  const at = hay.text.indexOf(needle);
  if (at < 0) return null;
  const start = hay.map[at];
  const end = hay.map[at + needle.length - 1] + 1;
  return createAnchor(snapshot, start, end);
}
