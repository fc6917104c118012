// Word-level text diff for the desk history: diff-match-patch over words (each word or run of
// whitespace encoded as one character), so a changed word shows as one deletion and one insertion
// instead of scattered letters. Pure; the parts are plain text that the UI escapes.
import DiffMatchPatch from "diff-match-patch";

export interface DiffPart {
  op: "equal" | "insert" | "delete";
  text: string;
}

const OPS = { [-1]: "delete", 0: "equal", 1: "insert" } as const;

export function wordDiff(before: string, after: string): DiffPart[] {
  const tokens: string[] = [];
  const index = new Map<string, number>();
  const encode = (s: string) =>
    (s.match(/\s+|[^\s]+/g) ?? [])
      .map((t) => {
        let i = index.get(t);
        if (i === undefined) {
          i = tokens.push(t) - 1;
          index.set(t, i);
        }
        // Private-use code points and above keep tokens clear of surrogate halves.
        return String.fromCodePoint(0xe000 + i);
      })
      .join("");
  const [a, b] = [encode(before), encode(after)];
  // Past the BMP a token would need two UTF-16 units, which the diff could split: show the
  // whole text replaced instead (only very long texts with thousands of distinct words).
  if (tokens.length > 0xffff - 0xe000)
    return [
      { op: "delete", text: before },
      { op: "insert", text: after },
    ].filter((p) => p.text) as DiffPart[];
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 1;
  const diffs = dmp.diff_main(a, b, false);
  dmp.diff_cleanupSemantic(diffs);
  const parts: DiffPart[] = [];
  for (const [op, chars] of diffs) {
    const text = Array.from(chars, (c) => tokens[c.codePointAt(0)! - 0xe000]).join("");
    const last = parts[parts.length - 1];
    if (last && last.op === OPS[op as -1 | 0 | 1]) last.text += text;
    else if (text) parts.push({ op: OPS[op as -1 | 0 | 1], text });
  }
  return parts;
}
