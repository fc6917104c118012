import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/server";
import { requireUser } from "@/lib/auth/session";
import { inbox } from "@/lib/comments";
import { orNotFound } from "@/lib/http/pages";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const actor = await requireUser(`/desk/${workspace}/inbox`);
  const items = await orNotFound(inbox(await getDb(), actor, workspace));
  return (
    <>
      <h1 className="text-2xl font-semibold">Inbox</h1>
      <p className="text-sm text-stone-600">Comments that mention you.</p>
      {items.length === 0 ? (
        <p className="mt-4">Nobody has mentioned you yet.</p>
      ) : (
        <ul className="mt-4 divide-y divide-stone-200" data-testid="inbox">
          {items.map((c) => (
            <li key={c.id} className="py-2 text-sm">
              <Link href={`/desk/${workspace}/claims/${c.claim.id}`}>{c.claim.headline}</Link>
              <p className="text-stone-700">{c.body.slice(0, 300)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
