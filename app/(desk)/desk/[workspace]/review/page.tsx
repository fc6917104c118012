import type { Metadata } from "next";
import Link from "next/link";
import { deskPage, type DeskPageProps, type DeskQuery } from "@/lib/http/desk-page";
import { orNotFound } from "@/lib/http/pages";
import { reviewQueue } from "@/lib/review";

export const metadata: Metadata = { title: "Review queue" };

const TABS = [
  { status: "in_review", label: "Waiting for review" },
  { status: "changes_requested", label: "Changes requested" },
  { status: "approved", label: "Approved, waiting to publish" },
];

export default async function ReviewPage({ params, searchParams }: DeskPageProps<object, DeskQuery>) {
  const { workspace } = await params;
  const sp = await searchParams;
  const { actor, db } = await deskPage(workspace, "/review");
  const status = sp.status ?? "in_review";
  const view = sp.view ?? "all";
  const q = await orNotFound(reviewQueue(db, actor, workspace, { status, view }));
  const link = (p: Record<string, string>) =>
    `/desk/${workspace}/review?${new URLSearchParams({ status, view, ...p })}`;
  return (
    <>
      <h1 className="text-2xl font-semibold">Review queue</h1>
      <nav aria-label="Queue" className="mt-3 flex flex-wrap gap-4 text-sm">
        {TABS.map((t) => (
          <Link
            key={t.status}
            href={link({ status: t.status })}
            aria-current={t.status === status ? "page" : undefined}
            className={t.status === status ? "font-semibold" : undefined}
          >
            {t.label} ({q.counts[t.status] ?? 0})
          </Link>
        ))}
      </nav>
      <nav aria-label="Filter" className="mt-2 flex gap-4 text-sm">
        <Link href={link({ view: "all" })} className={view === "all" ? "font-semibold" : undefined}>
          All
        </Link>
        <Link href={link({ view: "mine" })} className={view === "mine" ? "font-semibold" : undefined}>
          Assigned to me ({q.assignedToMe})
        </Link>
        <Link href={link({ view: "unassigned" })} className={view === "unassigned" ? "font-semibold" : undefined}>
          Unassigned
        </Link>
      </nav>
      {q.items.length === 0 ? (
        <p className="mt-4">Nothing here.</p>
      ) : (
        <ul className="mt-4 divide-y divide-stone-200" data-testid="queue">
          {q.items.map((c) => (
            <li key={c.id} className="py-2">
              <Link href={`/desk/${workspace}/claims/${c.id}`}>{c.headline}</Link>
              <span className="block text-xs text-stone-600">
                {c.claimant?.name ?? "no claimant"}
                {c.document ? ` · ${c.document.title}` : ""} · waiting since {c.updatedAt.toISOString().slice(0, 10)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
