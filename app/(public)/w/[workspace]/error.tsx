"use client";
// Inside the public layout: a failure keeps the site's header and search.
import { PageNotice } from "@/components/layout/PageNotice";
import { RetryButton } from "@/components/layout/RetryButton";

export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageNotice id="err-heading" title="This page is unavailable" alert>
      <p className="mt-3">Please try again in a moment, or go back to the latest verdicts.</p>
      {error.digest && <p className="mt-2 text-sm text-stone-600">Reference: {error.digest}</p>}
      <RetryButton reset={reset} className="mt-4 rounded border border-stone-500 px-3 py-1" />
    </PageNotice>
  );
}
