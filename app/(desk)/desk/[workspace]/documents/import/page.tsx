import type { Metadata } from "next";
import { authorize } from "@/lib/auth/access";
import { deskPage, type DeskPageProps } from "@/lib/http/desk-page";
import { orNotFound } from "@/lib/http/pages";
import { ImportForm } from "@/components/documents/ImportForm";
import { maxImportBytes } from "@/lib/documents/input";
import { importAction } from "@/actions/documents";

export const metadata: Metadata = { title: "Import a document" };

export default async function ImportPage({ params }: DeskPageProps) {
  const { workspace } = await params;
  const { actor, db } = await deskPage(workspace, "/documents/import");
  await orNotFound(authorize(db, actor, workspace, "document.import"));
  return (
    <>
      <h1 className="text-2xl font-semibold">Import a document</h1>
      <p className="mt-1 text-sm text-stone-600">
        Wikitext with &lt;ref&gt; citations, an essay with numbered endnotes, Markdown with footnotes, or plain text.
        Re-importing a title creates a new version.
      </p>
      <ImportForm slug={workspace} action={importAction} maxBytes={maxImportBytes()} />
    </>
  );
}
