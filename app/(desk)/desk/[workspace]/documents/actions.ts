"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db/server";
import { currentActor } from "@/lib/auth/session";
import { publishDocumentVersion } from "@/lib/documents";
import { actionResult } from "@/lib/http/action";

export async function publishVersionAction(slug: string, documentId: string) {
  const db = await getDb();
  const actor = await currentActor();
  const res = await actionResult(() => publishDocumentVersion(db, actor, slug, documentId));
  if (res.ok) revalidatePath(`/desk/${slug}/documents/${documentId}`);
  return res;
}
