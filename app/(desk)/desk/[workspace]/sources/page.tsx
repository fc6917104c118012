import type { Metadata } from "next";
import { LINK_STATE_SHORT, RELIABILITY_LABELS, label, options as labelled } from "@/lib/labels";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { deskMember, type DeskPageProps, type DeskQuery } from "@/lib/http/desk-page";
import { orNotFound } from "@/lib/http/pages";
import { listSources, SOURCE_TYPES } from "@/lib/sources";
import { LinkCheckButton } from "@/components/sources/LinkCheckButton";
import { SourceForm } from "@/components/sources/SourceForm";
import { FilterForm, FilterSelect } from "@/components/ui/FilterSelect";
import { DeskTable } from "@/components/layout/DeskTable";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ params, searchParams }: DeskPageProps<object, DeskQuery>) {
  const { workspace } = await params;
  const sp = await searchParams;
  const { actor, db, access } = await deskMember(workspace, "/sources");
  const page = await orNotFound(
    listSources(db, actor, workspace, {
      q: sp.q || undefined,
      type: sp.type || undefined,
      reliability: sp.reliability || undefined,
      cursor: sp.cursor || undefined,
      limit: 100,
    }),
  );
  return (
    <>
      <h1 className="text-2xl font-semibold">Sources</h1>
      {can(access.subject, "source.write") && <LinkCheckButton slug={workspace} />}
      <FilterForm label="Filter sources" q={sp.q} placeholder="title, author, publisher">
        <FilterSelect name="type" label="Type" value={sp.type} any="any type" options={labelled("SourceType")} />
        <FilterSelect
          name="reliability"
          label="Reliability"
          value={sp.reliability}
          any="any reliability"
          options={[5, 4, 3, 2, 1].map((r) => ({ value: String(r), label: `${r} – ${RELIABILITY_LABELS[r]}` }))}
        />
      </FilterForm>
      <DeskTable columns={["Title", "Authors", "Publisher", "Type", "Reliability", "Cited", "Evidence", "Link"]}>
        {page.items.map((s) => (
          <tr key={s.id} className="border-b border-stone-200 align-top">
            <td className="py-2">
              <Link href={`/desk/${workspace}/sources/${s.id}`}>{s.title}</Link>
            </td>
            <td>{s.authors.join("; ")}</td>
            <td>{s.publisher}</td>
            <td>{label("SourceType", s.type)}</td>
            <td>{s.reliability ? `${s.reliability} – ${RELIABILITY_LABELS[s.reliability]}` : "unrated"}</td>
            <td>{s._count.citations}</td>
            <td>{s._count.evidence}</td>
            <td>{s.url ? LINK_STATE_SHORT[s.link] : "no URL"}</td>
          </tr>
        ))}
      </DeskTable>
      {page.nextCursor && (
        <p className="mt-3">
          <Link
            href={`/desk/${workspace}/sources?${new URLSearchParams({ ...(sp as Record<string, string>), cursor: page.nextCursor })}`}
          >
            Next page →
          </Link>
        </p>
      )}
      <SourceForm slug={workspace} types={[...SOURCE_TYPES]} />
    </>
  );
}
