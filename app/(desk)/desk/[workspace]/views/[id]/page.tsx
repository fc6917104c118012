import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/server";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/pages";
import { getView } from "@/lib/views";

// A saved view's own address: the claims list showing it (someone else's private view is a 404).
export default async function SavedViewPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace, id } = await params;
  const actor = await requireUser(`/desk/${workspace}/views/${id}`);
  const view = await orNotFound(getView(await getDb(), actor, workspace, id));
  redirect(`/desk/${workspace}/claims?view=${encodeURIComponent(view.id)}`);
}
