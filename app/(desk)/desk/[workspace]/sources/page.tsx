import type { Metadata } from "next";
import { getDb } from "@/lib/db/server";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/http/pages";
import { listSources } from "@/lib/sources";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const actor = await requireUser(`/desk/${workspace}/sources`);
  const { items: sources } = await orNotFound(listSources(await getDb(), actor, workspace));
  return (
    <>
      <h1 className="text-2xl font-semibold">Sources</h1>
      <p className="mt-1 text-sm text-stone-600">{sources.length} sources in this workspace</p>
      <table className="mt-4 w-full text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th className="py-2">Title</th>
            <th>Authors</th>
            <th>Publisher</th>
            <th>Date</th>
            <th>Citations</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id} className="border-b border-stone-200 align-top">
              <td className="py-2">{s.title}</td>
              <td>{s.authors.join("; ")}</td>
              <td>{s.publisher}</td>
              <td>{s.date}</td>
              <td>{s._count.citations}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
