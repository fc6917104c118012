import { label } from "@/lib/labels";
import Link from "next/link";
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
import { DateText, formatDate } from "@/components/public/format";
import { JsonLd } from "@/components/public/JsonLd";
import { loadClaim, requireRecord } from "../../_lib/data";
import { EvidenceGroups, QuotedPassage } from "../../_lib/claim-parts";
import { recordMetadata } from "../../_lib/meta";
import { Section } from "@/components/layout/Section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workspace: string; id: string }> };

export const generateMetadata = ({ params }: Props) =>
  recordMetadata(params, loadClaim, (claim, ws) => ({
    type: "article",
    path: publicPaths(ws.slug).claim(claim.id),
    title: `${claim.retracted ? "Retracted" : (claim.rating?.label ?? "Checked")}: ${claim.headline}`,
    description: claim.rationale ? markdownToText(claim.rationale, 200) : claim.text,
  }));

export default async function ClaimPage({ params }: Props) {
  const { ws, record: claim } = await requireRecord(params, loadClaim, "claim");
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

      <Section id="claim-heading" title="The claim" heading="hidden" className="mt-6">
        <blockquote className="border-l-4 border-stone-400 pl-4 text-lg">{claim.text}</blockquote>
        {claim.document && claim.anchorExact && (
          <QuotedPassage
            anchor={claim}
            caption={
              <>
                As it appears in{" "}
                {claim.document.deletedAt ? (
                  claim.document.title
                ) : (
                  <Link href={p.document(claim.document.id)}>{claim.document.title}</Link>
                )}
                :
              </>
            }
          >
            {claim.located ? (
              <Link href={p.document(claim.document.id, claim.id)}>See this passage in the document</Link>
            ) : (
              !claim.retracted && <p>This passage is not in the current version of the document.</p>
            )}
          </QuotedPassage>
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
      </Section>

      <VerdictSection claim={claim} />

      <Section id="evidence-heading" title="Evidence" heading="xl" className="mt-10">
        <div className="mt-3 max-w-xl">
          <BalanceChart balance={claim.balance} />
        </div>
        <EvidenceGroups evidence={claim.evidence} />
      </Section>

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
