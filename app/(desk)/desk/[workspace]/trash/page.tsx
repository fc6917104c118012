import type { Metadata } from "next";
import { label } from "@/lib/labels";
import { deskPage, type DeskPageProps } from "@/lib/http/desk-page";
import { orNotFound } from "@/lib/http/pages";
import { listTrash } from "@/lib/trash";
import { RestoreButton } from "@/components/trash/RestoreButton";
import { DeskTable } from "@/components/layout/DeskTable";

export const metadata: Metadata = { title: "Trash" };

export default async function TrashPage({ params }: DeskPageProps) {
  const { workspace } = await params;
  const { actor, db } = await deskPage(workspace, "/trash");
  const items = await orNotFound(listTrash(db, actor, workspace));
  return (
    <>
      <h1 className="text-2xl font-semibold">Trash</h1>
      <p className="mt-1 text-sm text-stone-700">
        Deleted records stay here until restored, or until the trash is emptied (
        <code>corroborate trash purge --older-than 30d</code>).
      </p>
      {items.length === 0 ? (
        <p className="mt-4">The trash is empty.</p>
      ) : (
        <DeskTable
          columns={[
            "What",
            "Record",
            "Deleted by",
            "When",
            <span key="restore" className="sr-only">
              Restore
            </span>,
          ]}
        >
          {items.map((t) => (
            <tr key={`${t.type}:${t.id}`} className="border-b border-stone-200" data-testid={`trash-${t.id}`}>
              <td className="py-1">{label("Entity", t.type)}</td>
              <td>{t.label}</td>
              <td>{t.deletedByName ?? "system"}</td>
              <td>
                <time dateTime={t.deletedAt.toISOString()}>
                  {t.deletedAt.toISOString().slice(0, 16).replace("T", " ")}
                </time>
              </td>
              <td>
                <RestoreButton slug={workspace} type={t.type} id={t.id} />
              </td>
            </tr>
          ))}
        </DeskTable>
      )}
    </>
  );
}
