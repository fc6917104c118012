import { deskMember } from "@/lib/http/desk-page";
import { listMyWorkspaces } from "@/lib/workspaces";
import { unreadNotificationCount } from "@/lib/notifications";
import { Suspense } from "react";
import { DeskNav } from "@/components/desk/DeskNav";
import { UndoBanner } from "@/components/trash/UndoBanner";

export const dynamic = "force-dynamic";

export default async function DeskLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ workspace: string }>;
}) {
  const { workspace: slug } = await params;
  const { actor, db, access } = await deskMember(slug, "");
  const [workspaces, unread] = await Promise.all([
    listMyWorkspaces(db, actor),
    unreadNotificationCount(db, actor, slug),
  ]);
  return (
    <div className="min-h-screen">
      <DeskNav
        slug={slug}
        name={access.workspace.name}
        role={access.role ?? "owner"}
        user={actor.email ?? ""}
        workspaces={workspaces.map((w) => ({ slug: w.slug, name: w.name }))}
        unread={unread}
      />
      <Suspense fallback={null}>
        <UndoBanner slug={slug} />
      </Suspense>
      <main id="main" className="mx-auto max-w-6xl p-4 sm:p-6">
        {children}
      </main>
    </div>
  );
}
