import type { Metadata } from "next";
import { label } from "@/lib/labels";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { requestPublicOrigin } from "@/lib/platform/request-origin";
import { absoluteUrl, markdownToText, publicClaimReview, publicPaths } from "@/lib/publishing";
import { BalanceChart } from "@/components/public/BalanceChart";
import {
  AboutCheck,
  Corrections,
  RelatedClaims,
  RetractionNotice,
  VerdictSection,
} from "@/components/public/ClaimSections";
import { EvidenceList } from "@/components/public/EvidenceList";
import { DateText, formatDate } from "@/components/public/format";
import { JsonLd } from "@/components/public/JsonLd";
import { loadClaim, loadMergeRedirect, loadWorkspace, requireWorkspace } from "../../_lib/data";
import { NOT_FOUND_METADATA, pageMetadata } from "../../_lib/meta";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workspace: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace, id } = await params;
  const [ws, claim] = await Promise.all([loadWorkspace(workspace), loadClaim(workspace, id)]);
  if (!ws || !claim) return NOT_FOUND_METADATA;
  const verdict = claim.retracted ? "Retracted" : (claim.rating?.label ?? "Checked");
  return pageMetadata({
    slug: ws.slug,
    siteName: ws.name,
    type: "article",
    path: publicPaths(ws.slug).claim(claim.id),
    title: `${verdict}: ${claim.headline}`,
    description: claim.rationale ? markdownToText(claim.rationale, 200) : claim.text,
  });
}

export default async function ClaimPage({ params }: Props) {
  const { workspace, id } = await params;
  const ws = await requireWorkspace(workspace);
  const claim = await loadClaim(workspace, id);
  if (!claim) {
    // A merged claim's URL leads to the one it was merged into (lib/publishing/merged.ts).
    const to = await loadMergeRedirect(workspace, "claim", id);
    if (to) permanentRedirect(publicPaths(ws.slug).claim(to));
    notFound();
  }
  const p = publicPaths(ws.slug);
  const origin = await requestPublicOrigin();
  const permalink = absoluteUrl(p.claim(claim.id), origin);
  const citation = `${ws.name}. “${claim.headline}” — ${claim.retracted ? "retracted fact check" : `fact check, rated ${claim.rating?.label ?? "unrated"}`}. Published ${formatDate(claim.publishedAt)}${claim.dateModified ? `, updated ${formatDate(claim.dateModified)}` : ""}. ${permalink}`;
  return (
    <article>
      {!claim.retracted && <JsonLd data={publicClaimReview(origin, ws, claim)!} />}
      {claim.retracted && <RetractionNotice claim={claim} />}
      <p className="text-sm text-stone-700">Fact check · {label("ClaimType", claim.claimType)}</p>
      <h1 className="mt-1 text-3xl font-semibold">{claim.headline}</h1>

      <section aria-labelledby="claim-heading" className="mt-6">
        <h2 id="claim-heading" className="sr-only">
          The claim
        </h2>
        <blockquote className="border-l-4 border-stone-400 pl-4 text-lg">{claim.text}</blockquote>
        {claim.document && claim.anchorExact && (
          <figure className="mt-4 text-sm">
            <figcaption className="text-stone-700">
              As it appears in{" "}
              {claim.document.deletedAt ? (
                claim.document.title
              ) : (
                <Link href={p.document(claim.document.id)}>{claim.document.title}</Link>
              )}
              :
            </figcaption>
            <blockquote className="mt-1 rounded bg-white p-3">
              …{claim.anchorPrefix}
              <mark className="bg-yellow-200 text-stone-900">{claim.anchorExact}</mark>
              {claim.anchorSuffix}…
            </blockquote>
            {claim.located ? (
              <Link href={p.document(claim.document.id, claim.id)}>See this passage in the document</Link>
            ) : (
              !claim.retracted && <p>This passage is not in the current version of the document.</p>
            )}
          </figure>
        )}
        <dl className="mt-4 grid grid-cols-[8rem_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">Claimant</dt>
          <dd>
            {claim.claimant ? (
              <Link href={p.claimant(claim.claimant.id)}>{claim.claimant.name}</Link>
            ) : (
              "Not attributed"
            )}
          </dd>
          {claim.reportedBy && (
            <>
              <dt className="font-medium">Reported by</dt>
              <dd>{claim.reportedBy.name}</dd>
            </>
          )}
          <dt className="font-medium">Claimed</dt>
          <dd>{claim.claimedAt ? <DateText date={claim.claimedAt} /> : "Date unknown"}</dd>
          {claim.tags.length > 0 && (
            <>
              <dt className="font-medium">Topics</dt>
              <dd className="flex flex-wrap gap-2">
                {claim.tags.map((t) => (
                  <Link key={t} href={p.search({ tag: t })}>
                    {t}
                  </Link>
                ))}
              </dd>
            </>
          )}
        </dl>
      </section>

      <VerdictSection claim={claim} />

      <section aria-labelledby="evidence-heading" className="mt-10">
        <h2 id="evidence-heading" className="text-xl font-semibold">
          Evidence
        </h2>
        <div className="mt-3 max-w-xl">
          <BalanceChart balance={claim.balance} />
        </div>
        <h3 className="mt-6 text-lg font-semibold">Supporting evidence ({claim.evidence.supports.length})</h3>
        <EvidenceList items={claim.evidence.supports} empty="No supporting evidence is linked." />
        <h3 className="mt-6 text-lg font-semibold">Contesting evidence ({claim.evidence.contests.length})</h3>
        <EvidenceList items={claim.evidence.contests} empty="No contesting evidence is linked." />
        {claim.evidence.context.length > 0 && (
          <>
            <h3 className="mt-6 text-lg font-semibold">Context ({claim.evidence.context.length})</h3>
            <EvidenceList items={claim.evidence.context} empty="" />
          </>
        )}
      </section>

      <RelatedClaims slug={ws.slug} claim={claim} />
      <Corrections claim={claim} />
      {claim.revision && (
        <p className="mt-3 text-sm">
          <Link href={p.revisions(claim.id)} className="underline">
            All revisions
          </Link>{" "}
          of this check, each as it was published, with what changed.
        </p>
      )}
      <AboutCheck claim={claim} permalink={permalink} citation={citation} />
    </article>
  );
}
