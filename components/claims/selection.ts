// Maps a DOM selection boundary to a character offset in the document's plain text. Every text
// run in the reader is an element with data-s = its start offset holding one text node.
export function offsetOf(node: Node, offset: number, edge: "start" | "end"): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>("[data-s]");
    if (!run) return null;
    return Number(run.dataset.s) + offset;
  }
  const el = node as Element;
  // Boundary between children: use the run just after it (start) or just before it (end).
  const child = edge === "start" ? el.childNodes[offset] : el.childNodes[offset - 1];
  const run = child instanceof Element ? (child.matches("[data-s]") ? child : child.querySelector("[data-s]")) : null;
  if (run instanceof HTMLElement) return Number(run.dataset.s) + (edge === "end" ? (run.textContent?.length ?? 0) : 0);
  return null;
}
