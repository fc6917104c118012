import Link from "next/link";
import { label } from "@/lib/labels";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/server";
import { requireUser } from "@/lib/auth/session";
import { listMyWorkspaces } from "@/lib/workspaces";

export const dynamic = "force-dynamic";

export default async function DeskIndex() {
  const actor = await requireUser("/desk");
  const workspaces = await listMyWorkspaces(await getDb(), actor);
  if (workspaces.length === 1) redirect(`/desk/${workspaces[0].slug}/documents`);
  return (
    <main className="mx-auto max-w-2xl p-8">
      <h1 className="text-2xl font-semibold">Your workspaces</h1>
      {workspaces.length === 0 ? (
        <p className="mt-4">You are not a member of any workspace yet. Ask a workspace owner to add you.</p>
      ) : (
        <ul className="mt-4 list-disc pl-5">
          {workspaces.map((w) => (
            <li key={w.slug}>
              <Link href={`/desk/${w.slug}/documents`}>{w.name}</Link>{" "}
              <span className="text-stone-600">({label("Role", w.role)})</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
