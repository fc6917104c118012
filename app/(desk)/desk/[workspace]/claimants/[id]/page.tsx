import type { Metadata } from "next";
import { label } from "@/lib/labels";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { deskRecord, type DeskPageProps } from "@/lib/http/desk-page";
import { getClaimant, listClaims } from "@/lib/claims";
import { ClaimantEditForm } from "@/components/claims/ClaimantEditForm";
import { MergePanel } from "@/components/merge/MergePanel";
import { MergedBanner } from "@/components/merge/MergedBanner";
import { DeleteRecord } from "@/components/layout/DeleteRecord";
import { Section } from "@/components/layout/Section";

export const metadata: Metadata = { title: "Claimant" };

export default async function ClaimantPage({
  params,
  searchParams,
}: DeskPageProps<{ id: string }, { merged?: string }>) {
  const { workspace, id } = await params;
  const { merged } = await searchParams;
  const { actor, db, access, record: c } = await deskRecord(workspace, "claimants", id, getClaimant);
  const claims = await listClaims(db, actor, workspace, { claimantId: c.id, limit: 50 });
  return (
    <>
      {typeof merged === "string" && <MergedBanner slug={workspace} entity="claimant" mergedId={merged} />}
      <p className="text-sm text-stone-600">
        Claimant · {label("ClaimantKind", c.kind)} · version {c.version}
      </p>
      <h1 className="text-2xl font-semibold" data-testid="claimant-name">
        {c.name}
      </h1>
      {can(access.subject, "claimant.delete") && (
        <DeleteRecord slug={workspace} type="claimant" id={c.id} version={c.version} label={c.name} />
      )}
      <dl className="mt-3 grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1 text-sm">
        <dt>Also known as</dt>
        <dd data-testid="claimant-aliases">{c.aliases.join("; ") || "—"}</dd>
        <dt>Wikidata</dt>
        <dd>
          {c.wikidataId ? (
            <a href={`https://www.wikidata.org/wiki/${c.wikidataId}`} rel="noopener noreferrer nofollow">
              {c.wikidataId}
            </a>
          ) : (
            "—"
          )}
        </dd>
        <dt>Claims</dt>
        <dd>
          {c._count.claims} made, {c._count.reportedClaims} reported
        </dd>
      </dl>
      {c.description && <p className="mt-3 max-w-2xl text-sm">{c.description}</p>}
      {can(access.subject, "claimant.write") && (
        <ClaimantEditForm
          slug={workspace}
          id={c.id}
          version={c.version}
          fields={{
            name: c.name,
            kind: c.kind,
            description: c.description,
            aliases: c.aliases,
            wikidataId: c.wikidataId,
          }}
        />
      )}
      {can(access.subject, "claimant.merge") && (
        <MergePanel slug={workspace} entity="claimant" id={c.id} name={c.name} />
      )}
      <Section id="claimant-claims" title="Claims" className="mt-6">
        <ul className="list-disc pl-5 text-sm" data-testid="claimant-claims">
          {claims.items.map((cl) => (
            <li key={cl.id}>
              <Link href={`/desk/${workspace}/claims/${cl.id}`}>{cl.headline}</Link> ({label("ClaimStatus", cl.status)})
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
