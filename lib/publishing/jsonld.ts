// JSON inside <script> ends at the first "</script>": escape <, > and & (and the two line
// separators JavaScript once rejected) so no string in the data can close the tag.
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
