import type { Metadata } from "next";
import { getDb } from "@/lib/db/server";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/pages";
import { reviewQueue } from "@/lib/review";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const actor = await requireUser(`/desk/${workspace}/review`);
  const queue = await orNotFound(reviewQueue(await getDb(), actor, workspace));
  return (
    <>
      <h1 className="text-2xl font-semibold">Review queue</h1>
      {queue.length === 0 ? (
        <p className="mt-4">Nothing is waiting for review.</p>
      ) : (
        <ul className="mt-4 divide-y divide-stone-200">
          {queue.map((c) => (
            <li key={c.id} className="py-2">
              {c.headline} <span className="text-sm text-stone-600">{c.claimant?.name}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
