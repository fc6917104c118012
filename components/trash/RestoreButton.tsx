"use client";
// The trash page's Restore: a refusal (what conflicts) shows beside the button.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { restoreRecordAction } from "@/actions/trash";
import type { TrashType } from "@/lib/trash/schemas";
import { recordHref } from "./undo";
import { Outcome } from "@/components/ui/form-action";

/** Restores a record from the trash: `then` runs once it is back; a refusal is kept as `error`. */
export function useRestore(slug: string, type: TrashType, id: string, then: () => void) {
  const [error, setError] = useState<string | null>(null);
  async function restore() {
    const res = await restoreRecordAction({ slug, type, id });
    if (!res.ok) return setError(res.error);
    then();
  }
  return { error, restore };
}

export function RestoreButton({ slug, type, id }: { slug: string; type: TrashType; id: string }) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { error, restore } = useRestore(slug, type, id, () => {
    setDone(true);
    router.refresh();
  });
  if (done) {
    const href = recordHref(slug, type, id);
    return (
      <span className="text-sm">
        Restored
        {href && (
          <a href={href} className="ml-2 underline">
            open
          </a>
        )}
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className="rounded border border-stone-400 px-3 py-1 text-sm" onClick={restore}>
        Restore
      </button>
      <Outcome msg={{ error }} as="span" className="text-xs" />
    </span>
  );
}
