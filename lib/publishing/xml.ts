// XML text and attribute escaping for the Atom feed. Characters XML 1.0 forbids (most C0
// controls, lone surrogates) are dropped: one stray byte in a claim must not break every reader.
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(value: string): string {
  return value.replace(INVALID, "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
