"use client";
// Inside the desk layout: an unexpected failure keeps the navigation and offers a retry. The
// message is Next's (server errors reach the browser only as a digest, which the log carries).
import { useEffect } from "react";
import { PageNotice } from "@/components/layout/PageNotice";
import { RetryButton } from "@/components/layout/RetryButton";

export default function DeskError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <PageNotice id="err-heading" title="Something went wrong" alert>
      <p className="mt-3">
        This page could not be shown. Nothing you typed elsewhere was lost; try again, or use the navigation above.
      </p>
      {error.digest && <p className="mt-2 text-sm text-stone-600">Reference for the administrator: {error.digest}</p>}
      <RetryButton reset={reset} className="mt-4 rounded bg-stone-900 px-3 py-1 text-white" />
    </PageNotice>
  );
}
