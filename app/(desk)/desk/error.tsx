"use client";
// A failure above the workspace's own error page (its layout: the member's workspaces, the
// navigation) has no desk navigation to keep, so it offers a retry and the way to the workspaces.
import Link from "next/link";
import { useEffect } from "react";
import { RetryButton } from "@/components/layout/RetryButton";

export default function DeskRootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <main id="main" className="mx-auto max-w-2xl p-8">
      <section role="alert" aria-labelledby="err-heading">
        <h1 id="err-heading" className="text-2xl font-semibold">
          Something went wrong
        </h1>
        <p className="mt-3">This page could not be shown. Try again, or go back to your workspaces.</p>
        {error.digest && <p className="mt-2 text-sm text-stone-600">Reference for the administrator: {error.digest}</p>}
        <p className="mt-4 flex items-center gap-4">
          <RetryButton reset={reset} className="rounded bg-stone-900 px-3 py-1 text-white" />
          <Link href="/desk">Your workspaces</Link>
        </p>
      </section>
    </main>
  );
}
