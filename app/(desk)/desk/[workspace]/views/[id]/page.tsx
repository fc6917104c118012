import { redirect } from "next/navigation";
import { deskPage, type DeskPageProps } from "@/lib/http/desk-page";
import { orNotFound } from "@/lib/http/pages";
import { getView } from "@/lib/views";

// A saved view's own address: the claims list showing it (someone else's private view is a 404).
export default async function SavedViewPage({ params }: DeskPageProps<{ id: string }>) {
  const { workspace, id } = await params;
  const { actor, db } = await deskPage(workspace, `/views/${id}`);
  const view = await orNotFound(getView(db, actor, workspace, id));
  redirect(`/desk/${workspace}/claims?view=${encodeURIComponent(view.id)}`);
}
