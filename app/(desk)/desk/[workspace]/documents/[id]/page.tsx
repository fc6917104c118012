import type { Metadata } from "next";
import { getDb } from "@/lib/db/server";
import { requireUser } from "@/lib/auth/session";
import { getDocumentForReader } from "@/lib/documents";
import { layoutBlocks } from "@/lib/documents/blocks";
import { orNotFound } from "@/lib/http/pages";
import { DocumentText } from "@/components/documents/DocumentText";
import { SourceList } from "@/components/documents/SourceList";

export const metadata: Metadata = { title: "Reader" };

export default async function ReaderPage({ params }: { params: Promise<{ workspace: string; id: string }> }) {
  const { workspace, id } = await params;
  const actor = await requireUser(`/desk/${workspace}/documents/${id}`);
  const doc = await orNotFound(getDocumentForReader(await getDb(), actor, workspace, id));
  const blocks = layoutBlocks(
    doc.text,
    doc.sections,
    doc.quotations,
    doc.citations.map((c) => ({ id: c.id, position: c.start, sourceId: c.sourceId, label: c.label })),
  );
  const order = [...new Map(doc.citations.map((c) => [c.sourceId, c.sourceId])).keys()];
  const sources = order.map((sid) => doc.sources.find((s) => s.id === sid)!).filter(Boolean);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <article>
        <h1 className="text-3xl font-semibold">{doc.title}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {doc.format} · version {doc.version} · {doc.citations.length} citations · {sources.length} sources
        </p>
        {doc.flags.length > 0 && (
          <section aria-label="Flags" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            <h2 className="font-semibold">Editorial flags</h2>
            <ul className="list-disc pl-5">
              {doc.flags.map((f, i) => (
                <li key={i}>
                  {f.kind}
                  {f.section ? ` — in “${f.section}”` : ""}
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="mt-6">
          <DocumentText blocks={blocks} sourceHref={(sid) => `#source-${sid}`} />
        </div>
      </article>
      <aside aria-label="Sources" className="lg:sticky lg:top-4 lg:max-h-[90vh] lg:overflow-y-auto">
        <h2 className="text-lg font-semibold">Sources</h2>
        <SourceList sources={sources} />
      </aside>
    </div>
  );
}
