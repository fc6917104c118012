import Link from "next/link";

/** Previous/next links for a paginated public list; nothing when there is one page. */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-4 flex gap-4 text-sm" data-testid="pager">
      {page > 1 && (
        <Link href={href(Math.min(page - 1, Math.max(pages, 1)))} rel="prev">
          Previous page
        </Link>
      )}
      <span>
        Page {page} of {Math.max(pages, 1)}
      </span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}

/** Why a list could not be shown: the query string's problems, and a way back. */
export function QueryProblem({ errors, reset }: { errors: string[]; reset: string }) {
  return (
    <div
      role="alert"
      className="mt-6 rounded border border-amber-500 bg-amber-50 p-4 text-sm"
      data-testid="query-problem"
    >
      <p className="font-semibold">We could not read this address.</p>
      <ul className="mt-2 list-disc pl-6">
        {errors.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <p className="mt-2">
        <Link href={reset}>Show the full list</Link>
      </p>
    </div>
  );
}
