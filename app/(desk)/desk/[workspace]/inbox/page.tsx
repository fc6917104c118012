import type { Metadata } from "next";
import { deskPage, type DeskPageProps } from "@/lib/http/desk-page";
import { orNotFound } from "@/lib/http/pages";
import { listNotifications } from "@/lib/notifications";
import { NotificationList } from "@/components/notifications/NotificationList";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ params }: DeskPageProps) {
  const { workspace } = await params;
  const { actor, db } = await deskPage(workspace, "/inbox");
  const { items } = await orNotFound(listNotifications(db, actor, workspace, { limit: 200 }));
  return (
    <>
      <h1 className="text-2xl font-semibold">Inbox</h1>
      <p className="text-sm text-stone-600">
        Mentions, assignments, review requests and decisions, publications and comments on claims you work on.
      </p>
      <NotificationList
        slug={workspace}
        items={items.map((n) => ({
          id: n.id,
          summary: n.summary,
          claimId: n.claimId,
          readAt: n.readAt?.toISOString() ?? null,
          createdAt: n.createdAt.toISOString(),
        }))}
      />
    </>
  );
}
