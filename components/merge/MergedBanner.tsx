"use client";
// The confirmation after a merge, on the kept record's page, with Undo (lib/merge `unmerge`).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { unmergeAction } from "@/actions/merge";
import { DESK_LIST, type MergeEntity } from "./MergePanel";
import { Outcome } from "@/components/ui/form-action";

export function MergedBanner({ slug, entity, mergedId }: { slug: string; entity: MergeEntity; mergedId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function undo() {
    const res = await unmergeAction({ slug, entity, id: mergedId });
    if (!res.ok) return setError(res.error);
    router.push(`/desk/${slug}/${DESK_LIST[entity]}/${mergedId}`);
  }
  return (
    <div role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-sm">
      Merged: the duplicate {entity} is hidden and what was attached to it is now here.{" "}
      <button type="button" onClick={undo} className="underline">
        Undo
      </button>
      <Outcome msg={{ error }} className="mt-1" />
    </div>
  );
}
