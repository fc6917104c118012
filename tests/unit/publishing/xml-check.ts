// A small XML well-formedness check for the feed tests (no XML parser is a dependency): one root,
// balanced tags, quoted attributes, and no bare "&" or "<" in text or attribute values.
const NAME = "[A-Za-z_][\\w.:-]*";
const ATTR = new RegExp(`\\s+(${NAME})\\s*=\\s*"([^"]*)"`, "gy");
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

function checkText(s: string, where: string) {
  if (s.includes("<")) throw new Error(`bare "<" in ${where}: ${s.slice(0, 60)}`);
  if (ENTITY.test(s)) throw new Error(`bare "&" in ${where}: ${s.slice(0, 60)}`);
}

export function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf("<", i);
    const text = body.slice(i, lt < 0 ? body.length : lt);
    if (text.trim() && !stack.length) throw new Error(`text outside the root: ${text.slice(0, 60)}`);
    checkText(text, "text");
    if (lt < 0) break;
    const gt = body.indexOf(">", lt);
    if (gt < 0) throw new Error("unterminated tag");
    const tag = body.slice(lt + 1, gt);
    i = gt + 1;
    const close = new RegExp(`^/(${NAME})\\s*$`).exec(tag);
    if (close) {
      if (stack.pop() !== close[1]) throw new Error(`mismatched </${close[1]}>`);
      continue;
    }
    const open = new RegExp(`^(${NAME})`).exec(tag);
    if (!open) throw new Error(`bad tag <${tag}>`);
    const selfClosing = tag.endsWith("/");
    const attrs = tag.slice(open[1].length, selfClosing ? -1 : undefined);
    ATTR.lastIndex = 0;
    let end = 0;
    const seen = new Set<string>();
    for (let m = ATTR.exec(attrs); m; m = ATTR.exec(attrs)) {
      if (seen.has(m[1])) throw new Error(`duplicate attribute ${m[1]}`);
      seen.add(m[1]);
      checkText(m[2], `attribute ${m[1]}`);
      end = ATTR.lastIndex;
    }
    if (attrs.slice(end).trim()) throw new Error(`bad attributes in <${tag}>`);
    if (!stack.length) roots++;
    if (roots > 1) throw new Error("more than one root element");
    if (!selfClosing) stack.push(open[1]);
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)}>`);
  if (roots !== 1) throw new Error("no root element");
}
