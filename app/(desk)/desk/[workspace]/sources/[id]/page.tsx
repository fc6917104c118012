import type { Metadata } from "next";
import { RELIABILITY_LABELS, label, plural } from "@/lib/labels";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { deskRecord, type DeskPageProps } from "@/lib/http/desk-page";
import { MergePanel } from "@/components/merge/MergePanel";
import { MergedBanner } from "@/components/merge/MergedBanner";
import { getSource } from "@/lib/sources";
import { sourceCaptures } from "@/lib/capture";
import { CapturePanel } from "@/components/sources/CapturePanel";
import { ReliabilityForm } from "@/components/sources/ReliabilityForm";
import { SourceEditForm } from "@/components/sources/SourceEditForm";
import { DeleteRecord } from "@/components/layout/DeleteRecord";
import { SOURCE_TYPES } from "@/lib/sources";
import { Section } from "@/components/layout/Section";

export const metadata: Metadata = { title: "Source" };

export default async function SourcePage({ params, searchParams }: DeskPageProps<{ id: string }, { merged?: string }>) {
  const { workspace, id } = await params;
  const { actor, db, access, record: s } = await deskRecord(workspace, "sources", id, getSource);
  const { merged } = await searchParams;
  const href = s.url && /^https?:\/\//.test(s.url) ? s.url : undefined;
  const cap = await sourceCaptures(db, actor, workspace, id);
  return (
    <>
      {typeof merged === "string" && <MergedBanner slug={workspace} entity="source" mergedId={merged} />}
      <p className="text-sm text-stone-600">
        {label("SourceType", s.type)}
        {s.isPrimary ? " · primary" : ""} · version {s.version}
      </p>
      <h1 className="text-2xl font-semibold">{s.title}</h1>
      {can(access.subject, "source.delete") && (
        <DeleteRecord slug={workspace} type="source" id={s.id} version={s.version} label={s.title} />
      )}
      <dl className="mt-3 grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1 text-sm">
        {s.authors.length > 0 && (
          <>
            <dt>Authors</dt>
            <dd>{s.authors.join("; ")}</dd>
          </>
        )}
        {s.chapter && (
          <>
            <dt>Chapter</dt>
            <dd>{s.chapter}</dd>
          </>
        )}
        {s.publisher && (
          <>
            <dt>Publisher</dt>
            <dd>{s.publisher}</dd>
          </>
        )}
        {s.date && (
          <>
            <dt>Date</dt>
            <dd>{s.date}</dd>
          </>
        )}
        {href && (
          <>
            <dt>URL</dt>
            <dd>
              <a href={href} rel="noopener noreferrer nofollow">
                {s.url}
              </a>
            </dd>
          </>
        )}
        {s.archiveUrl && (
          <>
            <dt>Archive</dt>
            <dd>
              {s.archiveUrl} {s.archiveDate}
            </dd>
          </>
        )}
        {(s.isbn || s.doi) && (
          <>
            <dt>Identifiers</dt>
            <dd>{[s.isbn && `ISBN ${s.isbn}`, s.doi && `DOI ${s.doi}`].filter(Boolean).join(" · ")}</dd>
          </>
        )}
        <dt>Reliability</dt>
        <dd data-testid="reliability">
          {s.reliability ? `${s.reliability} – ${RELIABILITY_LABELS[s.reliability]}` : "unrated"}
          {s.reliabilityRationale ? ` — ${s.reliabilityRationale}` : ""}
        </dd>
      </dl>
      {can(access.subject, "source.write") && (
        <SourceEditForm slug={workspace} id={s.id} version={s.version} fields={s} types={[...SOURCE_TYPES]} />
      )}
      {can(access.subject, "source.rate") && (
        <ReliabilityForm slug={workspace} sourceId={s.id} version={s.version} current={s.reliability} />
      )}
      {can(access.subject, "source.merge") && <MergePanel slug={workspace} entity="source" id={s.id} name={s.title} />}
      <CapturePanel
        slug={workspace}
        sourceId={s.id}
        canCapture={can(access.subject, "source.write")}
        hasUrl={!!href}
        captures={cap.captures}
        state={cap.status.state}
        detail={cap.status.detail}
        snapshot={cap.snapshot}
        excerpts={cap.excerpts}
      />
      <Section id="evidence-for" title={<>Evidence for {plural(s.evidence.length, "claim link")}</>} className="mt-6">
        <ul className="list-disc pl-5 text-sm" data-testid="source-claims">
          {s.evidence.map((e) => (
            <li key={e.id}>
              <Link href={`/desk/${workspace}/claims/${e.claim.id}`}>{e.claim.headline}</Link> —{" "}
              {label("Stance", e.stance)} ({label("Strength", e.strength)}){e.locator ? `, ${e.locator}` : ""}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="cited-by" title="Cited by" className="mt-6">
        <ul className="list-disc pl-5 text-sm">
          {s.documents.map((d) => (
            <li key={d.id}>
              <Link href={`/desk/${workspace}/documents/${d.id}`}>{d.title}</Link> ({d.citations}×)
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
