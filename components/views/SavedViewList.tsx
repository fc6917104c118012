import Link from "next/link";
import { plural } from "@/lib/labels";
import type { SavedViewItem } from "@/lib/views";
import { ViewControls } from "./ViewControls";

/** The member's own views and the workspace's shared ones, each with how many claims it shows now. */
export function SavedViewList({
  slug,
  views,
  currentId,
  mayModerate,
}: {
  slug: string;
  views: SavedViewItem[];
  currentId: string | null;
  mayModerate: boolean;
}) {
  if (!views.length) return null;
  return (
    <nav aria-label="Saved views" className="mt-3 text-sm">
      <h2 className="font-semibold">Saved views</h2>
      <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
        {views.map((v) => (
          <li key={v.id} data-testid="saved-view">
            <Link
              href={`/desk/${slug}/claims?view=${v.id}`}
              aria-current={v.id === currentId ? "page" : undefined}
              className={v.id === currentId ? "font-semibold underline" : "underline"}
            >
              {v.name}
            </Link>{" "}
            <span className="rounded bg-stone-200 px-1 text-xs" data-testid="view-count">
              {v.count === null ? "filters no longer valid" : plural(v.count, "claim")}
            </span>
            {v.shared && (
              <span className="ml-1 text-xs text-stone-600">shared{v.mine ? "" : ` by ${v.owner.name}`}</span>
            )}
            <ViewControls
              slug={slug}
              view={{ id: v.id, name: v.name, shared: v.shared, version: v.version }}
              canShare={v.mine}
              canDelete={v.mine || (v.shared && mayModerate)}
              current={v.id === currentId}
            />
          </li>
        ))}
      </ul>
    </nav>
  );
}
