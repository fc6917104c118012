"use client";
// Undo of an evidence removal, from the claim's history; a refusal (frozen claim, an equal link
// exists) is shown where the button was.
import { useState } from "react";
import { restoreEvidenceAction } from "@/actions/evidence";
import { Outcome } from "@/components/ui/form-action";

export function RestoreEvidenceButton({
  slug,
  claimId,
  auditEventId,
  onRestored,
}: {
  slug: string;
  claimId: string;
  auditEventId: string;
  onRestored?: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function restore() {
    setBusy(true);
    const res = await restoreEvidenceAction({ slug, claimId, auditEventId });
    setBusy(false);
    setError(res.ok ? null : res.error);
    if (res.ok) onRestored?.();
  }
  return (
    <div className="mt-1">
      <button
        type="button"
        disabled={busy}
        onClick={restore}
        className="rounded border border-stone-400 px-2 text-xs disabled:opacity-50"
      >
        Undo: restore this link
      </button>
      <Outcome msg={{ error }} className="mt-1 rounded bg-red-50 p-1 text-xs" />
    </div>
  );
}
