"use client";
// Delete (to the trash) with a confirmation; afterwards the desk shows an Undo (UndoBanner).
import { useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { deleteRecordAction } from "@/actions/trash";
import type { TrashType } from "@/lib/trash/schemas";
import { undoHref } from "./undo";
import { Outcome } from "@/components/ui/form-action";

export function DeleteButton({
  slug,
  type,
  id,
  version,
  label,
  leaveTo,
  className = "rounded border border-red-700 px-3 py-1 text-sm text-red-800",
  text = "Delete",
}: {
  slug: string;
  type: TrashType;
  id: string;
  version?: number;
  /** What the record is called, for the confirmation and the Undo notice. */
  label: string;
  /** Where to go once the record is gone (its own page no longer exists); default: stay here. */
  leaveTo?: string;
  className?: string;
  text?: string;
}) {
  const router = useRouter();
  const here = usePathname();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={className}
        disabled={busy}
        onClick={async () => {
          if (!window.confirm(`Move this ${type} to the trash?\n\n${label}\n\nYou can restore it from the trash.`))
            return;
          setBusy(true);
          const res = await deleteRecordAction({ slug, type, id, version });
          setBusy(false);
          if (!res.ok) return setError(res.error);
          setError(null);
          router.push(undoHref(leaveTo ?? here, { type, id, label }));
        }}
      >
        {text}
      </button>
      <Outcome msg={{ error }} as="span" className="text-xs" />
    </span>
  );
}
