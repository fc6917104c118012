// Word-level text diff for the public revision pages and the desk's history: statements and
// rationales are prose, so a change reads best as whole words struck and inserted, not letters.
// Pure; pages render the parts as text inside <del>/<ins>, never as HTML.
import DiffMatchPatch from "diff-match-patch";

export interface DiffPart {
  op: "equal" | "insert" | "delete";
  text: string;
}

// Words, runs of whitespace, and single punctuation marks are the units of change.
const TOKEN = /[\p{L}\p{N}_'’-]+|\s+|[^\p{L}\p{N}_'’\s-]/gu;
// Each distinct token becomes one UTF-16 unit below the surrogate range (dmp's linesToChars trick).
const MAX_TOKENS = 0xd7ff;

export function wordDiff(before: string | null, after: string | null): DiffPart[] {
  const a = before ?? "";
  const b = after ?? "";
  if (a === b) return a ? [{ op: "equal", text: a }] : [];
  const ids = new Map<string, number>();
  const tokens: string[] = [""];
  const encode = (s: string): string | null => {
    let out = "";
    for (const t of s.match(TOKEN) ?? []) {
      let id = ids.get(t);
      if (id === undefined) {
        if (tokens.length >= MAX_TOKENS) return null;
        id = tokens.length;
        ids.set(t, id);
        tokens.push(t);
      }
      out += String.fromCharCode(id);
    }
    return out;
  };
  const ea = encode(a);
  const eb = encode(b);
  // Too many distinct words to encode: show the whole text replaced rather than fail the page.
  if (ea === null || eb === null)
    return [...(a ? [{ op: "delete" as const, text: a }] : []), ...(b ? [{ op: "insert" as const, text: b }] : [])];
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 1;
  const diffs = dmp.diff_main(ea, eb, false);
  // Without this, a rewritten sentence keeps stray common words ("the") as islands of "equal".
  dmp.diff_cleanupSemantic(diffs);
  const parts: DiffPart[] = [];
  for (const [op, chars] of diffs) {
    const text = Array.from(chars, (c) => tokens[c.charCodeAt(0)]).join("");
    if (!text) continue;
    const kind = op === 1 ? "insert" : op === -1 ? "delete" : "equal";
    const last = parts[parts.length - 1];
    if (last?.op === kind) last.text += text;
    else parts.push({ op: kind, text });
  }
  return parts;
}
