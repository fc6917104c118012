"use client";
// Inside the public layout: a failure keeps the site's header and search.
export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" aria-labelledby="err-heading" className="max-w-2xl">
      <h1 id="err-heading" className="text-2xl font-semibold">
        This page is unavailable
      </h1>
      <p className="mt-3">Please try again in a moment, or go back to the latest verdicts.</p>
      {error.digest && <p className="mt-2 text-sm text-stone-600">Reference: {error.digest}</p>}
      <button type="button" onClick={reset} className="mt-4 rounded border border-stone-500 px-3 py-1">
        Try again
      </button>
    </section>
  );
}
