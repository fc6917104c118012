import Link from "next/link";
import { Suspense } from "react";
import { SiteSearchInput } from "./SiteSearchInput";
import { publicPaths } from "@/lib/publishing/urls";

/** Site header for a public workspace: name, navigation and a search box (a plain GET form). */
export function PublicHeader({ slug, name }: { slug: string; name: string }) {
  const p = publicPaths(slug);
  const pages = [
    [p.verdicts(), "Verdicts"],
    [p.claimants(), "Claimants"],
    [p.corrections(), "Corrections"],
    [p.methodology, "Methodology"],
  ] as const;
  return (
    <header className="border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <a href="#main" className="sr-only focus:not-sr-only">
          Skip to content
        </a>
        <Link href={p.home} className="text-lg font-semibold text-stone-900">
          {name}
        </Link>
        <nav aria-label="Public pages" className="text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {pages.map(([href, text]) => (
              <li key={text}>
                <Link href={href}>{text}</Link>
              </li>
            ))}
            <li>
              <a href={p.feed}>Feed</a>
            </li>
          </ul>
        </nav>
        <form role="search" action={p.search()} method="get" className="ml-auto flex gap-2 text-sm">
          <label htmlFor="site-search" className="sr-only">
            Search claims, documents and sources
          </label>
          <Suspense
            fallback={
              <input
                id="site-search"
                name="q"
                type="search"
                placeholder="Search"
                className="w-48 rounded border border-stone-400 px-2 py-1"
              />
            }
          >
            <SiteSearchInput searchPath={p.search()} />
          </Suspense>
          <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">
            Search
          </button>
        </form>
      </div>
    </header>
  );
}

export function PublicFooter({ slug, licence }: { slug: string; licence: string }) {
  const p = publicPaths(slug);
  return (
    <footer className="mt-16 border-t border-stone-300 py-6 text-sm text-stone-700">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4">
        <span>Published under {licence}.</span>
        <a href={p.dataset}>Download the dataset (JSON)</a>
        <a href={p.feed}>Atom feed</a>
        <a href={p.correctionsFeed}>Corrections feed</a>
        <Link href={p.methodology}>How we check</Link>
        <span>Made with Corroborate.</span>
      </div>
    </footer>
  );
}
