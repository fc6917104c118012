import type { Metadata } from "next";
import { label } from "@/lib/labels";
import Link from "next/link";
import { deskPage, type DeskPageProps } from "@/lib/http/desk-page";
import { listDocuments } from "@/lib/documents";
import { orNotFound } from "@/lib/http/pages";
import { DeskTable } from "@/components/layout/DeskTable";

export const metadata: Metadata = { title: "Documents" };

export default async function DocumentsPage({ params }: DeskPageProps) {
  const { workspace } = await params;
  const { actor, db } = await deskPage(workspace, "/documents");
  const { items: docs } = await orNotFound(listDocuments(db, actor, workspace, { limit: 200 }));
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Documents</h1>
        <Link
          href={`/desk/${workspace}/documents/import`}
          className="rounded bg-stone-900 px-3 py-1.5 text-white no-underline"
        >
          Import a document
        </Link>
      </div>
      {docs.length === 0 ? (
        <p className="mt-4">No documents yet.</p>
      ) : (
        <DeskTable columns={["Title", "Format", "Version", "Citations", "Claims", "Updated"]}>
          {docs.map((d) => (
            <tr key={d.id} className="border-b border-stone-200">
              <td className="py-2">
                <Link href={`/desk/${workspace}/documents/${d.id}`}>{d.title}</Link>
              </td>
              <td>{label("DocumentFormat", d.format)}</td>
              <td>{d.version}</td>
              <td>{d.citations}</td>
              <td>{d.claims}</td>
              <td>{d.updatedAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </DeskTable>
      )}
    </>
  );
}
