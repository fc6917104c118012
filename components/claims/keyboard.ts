// The reader's keyboard selection model: the text is not editable, so the browser gives it no
// caret; these helpers move the document selection with Selection.modify (the primitive browsers'
// own caret browsing uses) and keep it inside the text.

type Move = { alter: "move" | "extend"; direction: "forward" | "backward"; granularity: string };

/** The selection move an arrow, Home or End key asks for; null for any other key. */
export function caretMove(e: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): Move | null {
  const alter = e.shiftKey ? "extend" : "move";
  const word = e.ctrlKey || e.altKey;
  switch (e.key) {
    case "ArrowRight":
      return { alter, direction: "forward", granularity: word ? "word" : "character" };
    case "ArrowLeft":
      return { alter, direction: "backward", granularity: word ? "word" : "character" };
    case "ArrowDown":
      return { alter, direction: "forward", granularity: "line" };
    case "ArrowUp":
      return { alter, direction: "backward", granularity: "line" };
    case "End":
      return { alter, direction: "forward", granularity: e.ctrlKey ? "documentboundary" : "lineboundary" };
    case "Home":
      return { alter, direction: "backward", granularity: e.ctrlKey ? "documentboundary" : "lineboundary" };
    default:
      return null;
  }
}

/** The first non-blank text node inside `root` (where a new caret starts). */
function firstText(root: Node): Text | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  return walker.nextNode() as Text | null;
}

/** Puts a collapsed caret at the start of `at` (or of `root`) unless the selection is already inside `root`. */
export function ensureCaret(root: HTMLElement, at?: Element | null): Selection | null {
  const sel = window.getSelection();
  if (!sel) return null;
  if (sel.rangeCount && sel.focusNode && root.contains(sel.focusNode) && !at) return sel;
  const text = firstText(at && root.contains(at) ? at : root);
  if (text) sel.collapse(text, 0);
  return sel;
}

/** Applies `move`, undoing it if the selection would leave `root` (the page's navigation, the claim list). */
export function moveWithin(root: HTMLElement, sel: Selection, move: Move) {
  const before = [sel.anchorNode, sel.anchorOffset, sel.focusNode, sel.focusOffset] as const;
  sel.modify(move.alter, move.direction, move.granularity);
  if (!sel.focusNode || !root.contains(sel.focusNode)) {
    if (before[0] && before[2]) sel.setBaseAndExtent(before[0], before[1], before[2], before[3]);
  }
}

/** Where to draw the caret (the selection's focus point), relative to `box`. */
export function caretBox(box: HTMLElement, sel: Selection): { left: number; top: number; height: number } | null {
  if (!sel.focusNode) return null;
  const range = document.createRange();
  range.setStart(sel.focusNode, sel.focusOffset);
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (!rect || (!rect.height && !rect.left)) return null;
  const outer = box.getBoundingClientRect();
  return { left: rect.left - outer.left, top: rect.top - outer.top, height: rect.height || 18 };
}
