import type { Metadata } from "next";
import Link from "next/link";
import { workspaceActivity } from "@/lib/audit";
import { deskPage, type DeskPageProps } from "@/lib/http/desk-page";
import { orNotFound } from "@/lib/http/pages";
import { DeskTable } from "@/components/layout/DeskTable";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({ params, searchParams }: DeskPageProps<object, { cursor?: string }>) {
  const { workspace } = await params;
  const { cursor } = await searchParams;
  const { actor, db } = await deskPage(workspace, "/activity");
  const page = await orNotFound(workspaceActivity(db, actor, workspace, { cursor }));
  return (
    <>
      <h1 className="text-2xl font-semibold">Activity</h1>
      <DeskTable columns={["When", "Who", "What", "Record"]}>
        {page.items.map((e) => (
          <tr key={e.id} className="border-b border-stone-200">
            <td className="py-1">{e.at.toISOString().slice(0, 19).replace("T", " ")}</td>
            <td>{e.actorLabel}</td>
            <td>{e.what}</td>
            <td>
              {e.record.kind}:{" "}
              {e.record.link ? (
                <Link href={`/desk/${workspace}/${e.record.link.area}/${e.record.link.id}`}>{e.record.name}</Link>
              ) : (
                e.record.name
              )}
            </td>
          </tr>
        ))}
      </DeskTable>
      {page.nextCursor && (
        <p className="mt-3">
          <Link href={`/desk/${workspace}/activity?cursor=${page.nextCursor}`}>Older →</Link>
        </p>
      )}
    </>
  );
}
