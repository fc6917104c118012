// The Undo after a delete travels in the URL (`?undo=<type>:<id>&undoLabel=…`), so it survives
// the navigation away from the deleted record's page and needs no client state.
import type { TrashType } from "@/lib/trash/schemas";

export function undoHref(path: string, r: { type: TrashType; id: string; label: string }): string {
  const q = new URLSearchParams({ undo: `${r.type}:${r.id}`, undoLabel: r.label.slice(0, 120) });
  return `${path}?${q}`;
}

/** Where a restored record lives on the desk (a comment: the page it was on). */
export function recordHref(slug: string, type: TrashType, id: string): string | null {
  const base = `/desk/${slug}`;
  switch (type) {
    case "document":
      return `${base}/documents/${id}`;
    case "claim":
      return `${base}/claims/${id}`;
    case "source":
      return `${base}/sources/${id}`;
    default:
      return null;
  }
}
