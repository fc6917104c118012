"use client";
// Share, unshare or delete a saved view; lib decides who may (its owner; owners and editors also
// delete shared ones), and a refusal is shown beside the buttons.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteViewAction, updateViewAction } from "@/actions/views";
import { Outcome } from "@/components/ui/form-action";

export function ViewControls({
  slug,
  view,
  canShare,
  canDelete,
  current,
}: {
  slug: string;
  view: { id: string; name: string; shared: boolean; version: number };
  /** Rename, share and unshare: the view's owner. */
  canShare: boolean;
  canDelete: boolean;
  /** The list shows this view now: after deleting it, go back to the plain list. */
  current: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function share() {
    setBusy(true);
    const res = await updateViewAction({
      slug,
      viewId: view.id,
      input: { version: view.version, shared: !view.shared },
    });
    setBusy(false);
    setError(res.ok ? null : res.error);
  }
  async function rename() {
    const name = window.prompt("New name for the view", view.name);
    if (name === null || name.trim() === view.name) return;
    setBusy(true);
    const res = await updateViewAction({ slug, viewId: view.id, input: { version: view.version, name } });
    setBusy(false);
    setError(res.ok ? null : res.error);
  }
  async function remove() {
    if (!window.confirm(`Delete the view “${view.name}”?`)) return;
    setBusy(true);
    const res = await deleteViewAction({ slug, viewId: view.id });
    setBusy(false);
    setError(res.ok ? null : res.error);
    if (res.ok && current) router.push(`/desk/${slug}/claims`);
  }
  const button = "rounded border border-stone-400 px-1 text-xs disabled:opacity-50";
  return (
    <span className="ml-2 inline-flex gap-1">
      {canShare && (
        <button type="button" disabled={busy} onClick={rename} className={button}>
          Rename<span className="sr-only"> {view.name}</span>
        </button>
      )}
      {canShare && (
        <button type="button" disabled={busy} onClick={share} className={button}>
          {view.shared ? "Unshare" : "Share"}
          <span className="sr-only"> {view.name}</span>
        </button>
      )}
      {canDelete && (
        <button type="button" disabled={busy} onClick={remove} className={button}>
          Delete<span className="sr-only"> {view.name}</span>
        </button>
      )}
      <Outcome msg={{ error }} as="span" className="text-xs" />
    </span>
  );
}
