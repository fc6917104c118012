import type { Metadata } from "next";
import { label, plural } from "@/lib/labels";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { deskRecord, type DeskPageProps } from "@/lib/http/desk-page";
import { documentClaims, listClaimants } from "@/lib/claims";
import { getDocumentForReader, getDocumentMetadata } from "@/lib/documents";
import { DocumentMetadataForm } from "@/components/documents/DocumentMetadataForm";
import { readerPart } from "@/lib/documents/reader-part";
import { orNotFound } from "@/lib/http/pages";
import { ClaimReader } from "@/components/claims/ClaimReader";
import { SourceList } from "@/components/documents/SourceList";
import { ReaderPartNav } from "@/components/documents/ReaderPartNav";
import { PublishVersionButton } from "@/components/documents/PublishVersionButton";
import { DeleteRecord } from "@/components/layout/DeleteRecord";

export const metadata: Metadata = { title: "Reader" };

export default async function ReaderPage({
  params,
  searchParams,
}: DeskPageProps<{ id: string }, { reattach?: string; part?: string; claim?: string }>) {
  const { workspace, id } = await params;
  const { reattach, part: partParam, claim: claimParam } = await searchParams;
  const { actor, db, access, record: doc } = await deskRecord(workspace, "documents", id, getDocumentForReader);
  const meta = await orNotFound(getDocumentMetadata(db, actor, workspace, id));
  const [{ anchored, orphaned }, claimants] = await Promise.all([
    documentClaims(db, actor, workspace, id, doc.versionId),
    listClaimants(db, actor, workspace),
  ]);
  // A long document is read in parts of bounded size; `?claim=` opens the part holding that claim.
  const view = readerPart(
    doc,
    anchored.map((c) => ({ id: c.id, start: c.anchorStart!, end: c.anchorEnd! })),
    {
      part: typeof partParam === "string" ? partParam : undefined,
      claim: typeof claimParam === "string" ? claimParam : undefined,
    },
  );
  const nav = (label: string) => (
    <ReaderPartNav base={`/desk/${workspace}/documents/${id}`} parts={view.parts} current={view.part.n} label={label} />
  );
  const order = [...new Set(doc.citations.map((c) => c.sourceId))];
  const sources = order.map((sid) => doc.sources.find((s) => s.id === sid)!).filter(Boolean);
  return (
    <article>
      <h1 className="text-3xl font-semibold">{doc.title}</h1>
      {can(access.subject, "document.delete") && (
        <DeleteRecord slug={workspace} type="document" id={doc.id} label={doc.title} />
      )}
      <p className="mt-1 text-sm text-stone-600">
        {label("DocumentFormat", doc.format)} · version {doc.version} · {plural(doc.citations.length, "citation")} ·{" "}
        {plural(sources.length, "source")} · {plural(anchored.length, "claim")}
      </p>
      {can(access.subject, "document.update") && (
        <DocumentMetadataForm slug={workspace} id={doc.id} version={meta.version} fields={meta} />
      )}
      {doc.publishedVersion !== null &&
        doc.publishedVersion !== doc.version &&
        can(access.subject, "claim.publish") && (
          <PublishVersionButton
            slug={workspace}
            documentId={doc.id}
            version={doc.version}
            publishedVersion={doc.publishedVersion}
          />
        )}
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
      {orphaned.length > 0 && (
        <section aria-label="Orphaned claims" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-sm">
          <h2 className="font-semibold">Claims that lost their place in the new version ({orphaned.length})</h2>
          <ul className="mt-1 space-y-1">
            {orphaned.map((c) => (
              <li key={c.id}>
                <Link href={`/desk/${workspace}/claims/${c.id}`}>{c.headline}</Link> ·{" "}
                <Link href={`/desk/${workspace}/documents/${id}?reattach=${c.id}`}>re-attach</Link>
                <span className="block text-stone-700">
                  was: …{c.anchorPrefix}
                  <mark>{c.anchorExact}</mark>
                  {c.anchorSuffix}…
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="mt-6">
        {nav("Document parts")}
        <ClaimReader
          slug={workspace}
          documentId={doc.id}
          versionId={doc.versionId}
          initialSelected={view.selected}
          blocks={view.blocks}
          claims={anchored.map((c) => ({
            id: c.id,
            headline: c.headline,
            status: c.status,
            claimant: c.claimant?.name ?? null,
            start: c.anchorStart!,
            end: c.anchorEnd!,
            here: view.claimsHere.has(c.id),
          }))}
          claimants={claimants.map((c) => ({ id: c.id, name: c.name }))}
          canCreate={can(access.subject, "claim.create")}
          reattach={(() => {
            const o = orphaned.find((c) => c.id === reattach);
            return o ? { id: o.id, version: o.version, headline: o.headline } : undefined;
          })()}
        />
        {nav("Document parts, at the end")}
      </div>
      <section aria-label="Sources" className="mt-10">
        <h2 className="text-lg font-semibold">Sources</h2>
        <SourceList sources={sources} />
      </section>
    </article>
  );
}
