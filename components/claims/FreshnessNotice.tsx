"use client";
// Tells an editor that someone else changed the claim they are looking at, before they save:
// polls GET …/claims/<id>/version (cheap: one row) every few seconds and when the tab regains
// focus. It only shows a notice; forms in progress keep what was typed until the editor reloads.
import { useEffect, useRef, useState } from "react";

interface Change {
  version: number;
  updatedAt: string;
  updatedBy: { id: string; name: string } | null;
}

export function FreshnessNotice({
  slug,
  claimId,
  version,
  meId,
  intervalMs = 5000,
}: {
  slug: string;
  claimId: string;
  /** The version this page was rendered with. */
  version: number;
  /** The signed-in member: their own saves re-render the page and are not announced. */
  meId: string;
  intervalMs?: number;
}) {
  const [change, setChange] = useState<Change | null>(null);
  const seen = useRef(version);
  useEffect(() => {
    // A re-render after one's own save brings the new version: that is the new baseline.
    seen.current = Math.max(seen.current, version);
  }, [version]);
  useEffect(() => {
    let stopped = false;
    async function poll() {
      if (document.visibilityState === "hidden") return;
      try {
        const res = await fetch(`/api/v1/workspaces/${slug}/claims/${claimId}/version`, { cache: "no-store" });
        if (!res.ok || stopped) return;
        const now = (await res.json()) as Change;
        if (now.version <= seen.current) return;
        if (now.updatedBy?.id === meId) {
          seen.current = now.version;
          return;
        }
        setChange(now);
      } catch {
        // Offline for a moment: the next poll tries again.
      }
    }
    const timer = window.setInterval(poll, intervalMs);
    window.addEventListener("focus", poll);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      window.removeEventListener("focus", poll);
    };
  }, [slug, claimId, meId, intervalMs]);
  return (
    <div role="status" aria-live="polite" className="sticky top-0 z-10">
      {change && change.version > version && (
        <p
          className="rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-900"
          data-testid="claim-changed"
        >
          Changed by {change.updatedBy?.name ?? "someone else"} at{" "}
          <time dateTime={change.updatedAt}>{new Date(change.updatedAt).toLocaleString()}</time> (now version{" "}
          {change.version}) — reload to see the changes before you save.{" "}
          <button type="button" onClick={() => window.location.reload()} className="underline">
            Reload
          </button>
        </p>
      )}
    </div>
  );
}
