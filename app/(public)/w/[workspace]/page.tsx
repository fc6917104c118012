import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/server";
import { getPublicWorkspace } from "@/lib/workspaces";
import { publishedClaimCount } from "@/lib/publishing";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ workspace: string }> }): Promise<Metadata> {
  const ws = await getPublicWorkspace(await getDb(), (await params).workspace);
  return { title: ws?.name ?? "Not found" };
}

export default async function PublicHome({ params }: { params: Promise<{ workspace: string }> }) {
  const db = await getDb();
  const ws = await getPublicWorkspace(db, (await params).workspace);
  if (!ws) notFound();
  const count = await publishedClaimCount(db, ws.id);
  return (
    <main className="mx-auto max-w-3xl p-8">
      <h1 className="text-3xl font-semibold">{ws.name}</h1>
      {ws.description && <p className="mt-2 text-stone-700">{ws.description}</p>}
      {count === 0 ? (
        <p className="mt-6">Nothing is published yet.</p>
      ) : (
        <p className="mt-6">{count} published verdicts.</p>
      )}
    </main>
  );
}
