"use client";
// The inbox: the member's notifications, unread first marked, with mark read and mark all read.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { markAllReadAction, markReadAction } from "@/actions/notifications";
import { Outcome } from "@/components/ui/form-action";

export interface NotificationRow {
  id: string;
  summary: string;
  claimId: string | null;
  readAt: string | null;
  createdAt: string;
}

export function NotificationList({ slug, items }: { slug: string; items: NotificationRow[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const unread = items.filter((i) => !i.readAt).length;
  async function run(p: Promise<{ ok: boolean; error?: string }>) {
    const res = await p;
    if (res.ok) router.refresh();
    else setError(res.error ?? "could not mark read");
  }
  if (!items.length) return <p className="mt-4">Nothing yet: assignments, reviews and mentions will appear here.</p>;
  return (
    <>
      <div className="mt-3 flex items-center gap-3 text-sm">
        <span data-testid="unread-count">{unread} unread</span>
        <button
          type="button"
          disabled={!unread}
          onClick={() => run(markAllReadAction({ slug }))}
          className="rounded border border-stone-500 px-2 disabled:opacity-50"
        >
          Mark all read
        </button>
        <Outcome msg={{ error }} as="span" />
      </div>
      <ul className="mt-3 divide-y divide-stone-200" data-testid="notifications">
        {items.map((n) => (
          <li
            key={n.id}
            className={`flex items-start gap-3 py-2 text-sm ${n.readAt ? "text-stone-600" : "font-medium"}`}
          >
            <span className="flex-1">
              {!n.readAt && <span className="sr-only">Unread: </span>}
              {n.claimId ? <Link href={`/desk/${slug}/claims/${n.claimId}`}>{n.summary}</Link> : n.summary}
              <time dateTime={n.createdAt} className="block text-xs font-normal text-stone-500">
                {n.createdAt.slice(0, 16).replace("T", " ")} UTC
              </time>
            </span>
            {!n.readAt && (
              <button
                type="button"
                onClick={() => run(markReadAction({ slug, ids: [n.id] }))}
                className="rounded border border-stone-400 px-2 text-xs font-normal"
              >
                Mark read
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
