"use client";
// The header's search box keeps the query of the search page it sits on, so a reader can refine it.
import { usePathname, useSearchParams } from "next/navigation";

export function SiteSearchInput({ searchPath }: { searchPath: string }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const q = pathname === searchPath ? (params.get("q") ?? "") : "";
  return (
    <input
      // A new query (navigation) resets the box to it; typing in between is kept.
      key={q}
      id="site-search"
      name="q"
      type="search"
      defaultValue={q}
      placeholder="Search"
      className="w-48 rounded border border-stone-400 px-2 py-1"
    />
  );
}
