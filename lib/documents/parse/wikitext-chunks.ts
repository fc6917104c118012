// Splits a large wikitext document into pieces that parse on their own. wikiparser-node's time
// grows faster than linearly with document size (2,000 refs: 5.5 s; half of them: 2.1 s), so a
// large document is parsed in pieces of about CHUNK_CHARS, cut only at a line end outside any
// template, link, table, comment or extension tag (<ref>, <references>, <pre>…), where the parse
// of the pieces equals the parse of the whole. Small documents stay one piece.
export const CHUNK_CHARS = 16_000;

// Extension tags: their content is not wikitext, so a blank line inside one is no boundary.
// prettier-ignore
const EXT = new Set([
  "ref", "references", "nowiki", "pre", "math", "gallery", "poem", "syntaxhighlight", "source", "score", "timeline",
  "templatedata", "chem", "ce", "graph", "mapframe", "maplink", "section", "indicator", "inputbox", "imagemap",
  "categorytree", "hiero", "charinsert", "includeonly", "noinclude", "onlyinclude", "templatestyles", "langconvert",
  "math", "code", "tt", "blockquote", "div", "table",
]);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]{0,30})\b[^<>]{0,500}?(\/?)>/y;

export interface Chunk {
  text: string;
  offset: number;
}

export function splitWikitext(text: string, target = CHUNK_CHARS): Chunk[] {
  if (text.length <= target * 2) return [{ text, offset: 0 }];
  const chunks: Chunk[] = [];
  let start = 0;
  let braces = 0;
  let links = 0;
  let tables = 0;
  let open: string | null = null; // an open extension tag: only its closing tag matters
  let openDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "<") {
      if (text.startsWith("<!--", i)) {
        const end = text.indexOf("-->", i + 4);
        i = end < 0 ? text.length : end + 2;
        continue;
      }
      TAG.lastIndex = i;
      const m = TAG.exec(text);
      if (m) {
        const name = m[2].toLowerCase();
        if (open) {
          if (name === open) openDepth += m[1] ? -1 : m[3] ? 0 : 1;
          if (openDepth === 0) open = null;
        } else if (EXT.has(name) && !m[1] && !m[3]) {
          open = name;
          openDepth = 1;
        }
        i += m[0].length - 1;
      }
      continue;
    }
    if (open) continue;
    const next = text[i + 1];
    if ((c === "{" || c === "}" || c === "[" || c === "]") && next === c) {
      if (c === "{") braces++;
      else if (c === "}") braces = Math.max(0, braces - 1);
      else if (c === "[") links++;
      else links = Math.max(0, links - 1);
      i++;
    } else if (c === "{" && next === "|" && (i === 0 || text[i - 1] === "\n")) tables++;
    else if (c === "|" && next === "}" && (i === 0 || text[i - 1] === "\n")) tables = Math.max(0, tables - 1);
    else if (c === "\n" && i + 1 - start >= target && braces === 0 && links === 0 && tables === 0) {
      chunks.push({ text: text.slice(start, i + 1), offset: start });
      start = i + 1;
    }
  }
  if (start < text.length) chunks.push({ text: text.slice(start), offset: start });
  return chunks;
}
