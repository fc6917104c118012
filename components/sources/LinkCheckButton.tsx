"use client";
// "Check links" on the sources list: queues a capture of every source captured before (or of every
// web source) and says how many were queued; the list's Link column shows the results.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { requestLinkCheckAction } from "@/actions/sources";

const SCOPES = [
  ["captured", "Check captured links again"],
  ["all", "Capture every web source"],
] as const;

export function LinkCheckButton({ slug }: { slug: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function check(scope: "captured" | "all") {
    setBusy(true);
    const res = await requestLinkCheckAction({ slug, scope });
    setBusy(false);
    if (!res.ok) return setMessage(res.error);
    const { queued, sources } = res.data;
    setMessage(`Queued ${queued} of ${sources} web ${sources === 1 ? "source" : "sources"}; results appear below.`);
    router.refresh();
  }

  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      {SCOPES.map(([scope, text]) => (
        <button
          key={scope}
          type="button"
          disabled={busy}
          onClick={() => check(scope)}
          className="rounded border border-stone-400 px-2 py-1"
        >
          {text}
        </button>
      ))}
      <span role="status">{message}</span>
    </div>
  );
}
