"use client";
// An error page's "Try again". `reset` alone re-renders the failed part from the payload the
// browser already has, so a server failure would show again: refresh fetches the page anew.
import { useRouter } from "next/navigation";
import { useTransition } from "react";

export function RetryButton({ reset, className }: { reset: () => void; className: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        start(() => {
          router.refresh();
          reset();
        })
      }
      className={className}
    >
      {pending ? "Trying again…" : "Try again"}
    </button>
  );
}
