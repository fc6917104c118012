"use client";
// Captures of a source's page: ask for one, watch it finish, read the snapshot's text (never the
// raw HTML; the raw file downloads as a sandboxed attachment) and see which excerpts it holds.
import { useRouter } from "next/navigation";
import { LINK_STATE_LABELS, type LinkState } from "@/lib/labels";
import { useEffect, useState } from "react";
import { requestCaptureAction } from "@/actions/sources";
import { Outcome } from "@/components/ui/form-action";

export interface CaptureRow {
  id: string;
  status: "queued" | "running" | "done" | "failed";
  finalUrl: string | null;
  httpStatus: number | null;
  sha256: string | null;
  capturedAt: Date | null;
  createdAt: Date;
  title: string | null;
  error: string | null;
  notes: string | null;
  changed: boolean | null;
}

const STATUS_WORDS = { queued: "Waiting", running: "Capturing…", done: "Captured", failed: "Failed" } as const;

export function CapturePanel(p: {
  slug: string;
  sourceId: string;
  canCapture: boolean;
  hasUrl: boolean;
  captures: CaptureRow[];
  state: LinkState;
  detail: string | null;
  snapshot: { id: string; text: string | null; capturedAt: Date | null } | null;
  excerpts: { evidenceId: string; claimId: string; found: boolean; excerpt: string; headline: string }[];
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pending = p.captures.some((c) => c.status === "queued" || c.status === "running");
  // While a capture is pending, look again every two seconds.
  useEffect(() => {
    if (!pending) return;
    const t = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(t);
  }, [pending, router]);

  async function capture() {
    setBusy(true);
    const res = await requestCaptureAction({ slug: p.slug, sourceId: p.sourceId });
    setBusy(false);
    setError(res.ok ? null : res.error);
    if (res.ok) router.refresh();
  }

  const raw = (id: string) => `/api/v1/workspaces/${p.slug}/sources/${p.sourceId}/captures/${id}/raw`;
  return (
    <section className="mt-6" aria-labelledby="captures">
      <h2 id="captures" className="text-lg font-semibold">
        Snapshots
      </h2>
      <p className="text-sm" data-testid="link-status">
        {LINK_STATE_LABELS[p.state]}
        {p.detail ? `: ${p.detail}` : ""}
      </p>
      {p.canCapture && p.hasUrl && (
        <button
          type="button"
          onClick={capture}
          disabled={busy || pending}
          className="mt-2 rounded border border-stone-600 px-3 py-1 text-sm"
        >
          {pending ? "Capturing…" : "Capture this page now"}
        </button>
      )}
      <Outcome msg={{ error }} className="mt-2 rounded bg-red-50 p-2 text-sm" />
      {p.captures.length > 0 && (
        <table className="mt-3 w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col">Requested</th>
              <th scope="col">Status</th>
              <th scope="col">Answer</th>
              <th scope="col">SHA-256</th>
              <th scope="col">File</th>
            </tr>
          </thead>
          <tbody>
            {p.captures.map((c) => (
              <tr key={c.id} data-testid="capture-row">
                <td>{new Date(c.createdAt).toISOString().slice(0, 16).replace("T", " ")} UTC</td>
                <td>
                  {STATUS_WORDS[c.status]}
                  {c.changed ? " (changed)" : ""}
                  {c.error ? ` — ${c.error}` : ""}
                  {c.notes ? ` (${c.notes})` : ""}
                </td>
                <td>{c.httpStatus ? `${c.httpStatus}${c.finalUrl ? ` · ${c.finalUrl}` : ""}` : ""}</td>
                <td className="font-mono text-xs">{c.sha256 ? `${c.sha256.slice(0, 12)}…` : ""}</td>
                <td>
                  {c.sha256 && (
                    <a href={raw(c.id)} download>
                      download
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.excerpts.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">Excerpts in the newest snapshot</h3>
          <ul className="list-disc pl-5 text-sm" data-testid="excerpt-checks">
            {p.excerpts.map((e) => (
              <li key={e.evidenceId} className={e.found ? "" : "text-red-800"}>
                {e.found ? "Found" : "Not found in the snapshot"}: “{e.excerpt}” ({e.headline})
              </li>
            ))}
          </ul>
        </>
      )}
      {p.snapshot?.text && (
        <details className="mt-4" open>
          <summary className="cursor-pointer font-semibold">
            Text of the snapshot
            {p.snapshot.capturedAt ? ` of ${new Date(p.snapshot.capturedAt).toISOString().slice(0, 10)}` : ""}
          </summary>
          <div
            data-testid="snapshot-text"
            className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap rounded border border-stone-300 bg-white p-3 text-sm"
          >
            {p.snapshot.text}
          </div>
        </details>
      )}
    </section>
  );
}
