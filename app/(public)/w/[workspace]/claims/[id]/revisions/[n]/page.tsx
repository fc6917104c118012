import { label } from "@/lib/labels";
import Link from "next/link";
import { publicPaths, type PublicRevision } from "@/lib/publishing";
import { DateText } from "@/components/public/format";
import { Markdown } from "@/components/public/Markdown";
import { RevisionChanges } from "@/components/public/RevisionChanges";
import { TextDiff } from "@/components/public/TextDiff";
import { VerdictBadge } from "@/components/public/VerdictBadge";
import { loadRevision, requireRecord } from "../../../../_lib/data";
import { EvidenceGroups, QuotedPassage, RevisionNote } from "../../../../_lib/claim-parts";
import { recordMetadata } from "../../../../_lib/meta";
import { Section } from "@/components/layout/Section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workspace: string; id: string; n: string }> };

export const generateMetadata = ({ params }: Props) =>
  recordMetadata(params, loadRevision, (r, ws) => ({
    type: "article",
    path: publicPaths(ws.slug).revision(r.claim.id, r.revision.number),
    title: `Revision ${r.revision.number}: ${r.revision.headline}`,
    description: r.revision.text ?? r.revision.headline,
  }));

export default async function RevisionPage({ params }: Props) {
  const { ws, record: r } = await requireRecord(params, loadRevision);
  const p = publicPaths(ws.slug);
  const rev = r.revision;
  return (
    <article className="max-w-3xl">
      <p className="text-sm text-stone-700">
        <Link href={p.claim(r.claim.id)}>Fact check</Link> · <Link href={p.revisions(r.claim.id)}>revisions</Link> ·
        revision {rev.number} of {r.latest}
      </p>
      <h1 className="mt-1 text-3xl font-semibold">{rev.headline}</h1>
      <p className="mt-2 rounded border border-stone-300 bg-stone-50 p-3 text-sm" data-testid="revision-status">
        This is revision {rev.number} as published on <DateText date={rev.publishedAt} />
        {rev.authorName && <>, written by {rev.authorName}</>}
        {rev.reviewerName && <> and reviewed by {rev.reviewerName}</>}.{" "}
        {r.claim.retracted ? (
          "This fact check has since been retracted."
        ) : rev.number < r.latest ? (
          <Link href={p.claim(r.claim.id)}>A later revision is the current one.</Link>
        ) : (
          "It is the current revision."
        )}
      </p>
      {r.notes.map((x) => (
        <RevisionNote key={x.id} note={x} className="mt-3 text-sm" />
      ))}

      <Changes r={r} />

      <Section id="claim-heading" title="The claim" heading="xl" className="mt-8">
        {rev.text ? (
          <blockquote className="mt-2 border-l-4 border-stone-400 pl-4 text-lg" data-testid="revision-statement">
            {rev.text}
          </blockquote>
        ) : (
          <p className="mt-2">The statement of this early revision was not recorded.</p>
        )}
        {rev.anchorExact && (
          <QuotedPassage
            anchor={rev}
            caption={
              <>
                As quoted
                {r.claim.document ? (
                  <>
                    {" "}
                    from <Link href={p.document(r.claim.document.id)}>{r.claim.document.title}</Link>
                  </>
                ) : null}
                :
              </>
            }
          />
        )}
        <dl className="mt-4 grid grid-cols-[8rem_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">Claimant</dt>
          <dd>
            {rev.claimantName ? (
              rev.claimantId && rev.claimantId === r.claim.claimantId ? (
                <Link href={p.claimant(rev.claimantId)}>{rev.claimantName}</Link>
              ) : (
                rev.claimantName
              )
            ) : (
              "Not attributed"
            )}
          </dd>
          {rev.reportedByName && (
            <>
              <dt className="font-medium">Reported by</dt>
              <dd>{rev.reportedByName}</dd>
            </>
          )}
          <dt className="font-medium">Claimed</dt>
          <dd>{rev.claimedAt ? <DateText date={rev.claimedAt} /> : "Date unknown"}</dd>
          {rev.tags.length > 0 && (
            <>
              <dt className="font-medium">Topics</dt>
              <dd>{rev.tags.join(", ")}</dd>
            </>
          )}
        </dl>
      </Section>

      <Section
        id="verdict-heading"
        title={<>Verdict in revision {rev.number}</>}
        heading="xl"
        className="mt-8 rounded border border-stone-300 bg-white p-5"
      >
        <p className="mt-3 flex flex-wrap items-center gap-3">
          <VerdictBadge rating={rev.rating} size="lg" />
          {rev.confidence && <span className="text-sm">Confidence: {label("Confidence", rev.confidence)}</span>}
        </p>
        {rev.rationale && (
          <div className="mt-4" data-testid="revision-rationale">
            <h3 className="sr-only">Rationale</h3>
            <Markdown source={rev.rationale} />
          </div>
        )}
      </Section>

      <Section id="evidence-heading" title="Evidence as published" heading="xl" className="mt-8">
        <EvidenceGroups evidence={r.evidence} past />
      </Section>

      <nav aria-label="Revisions" className="mt-8 flex flex-wrap gap-4 text-sm">
        {rev.number > 1 && (
          <Link href={p.revision(r.claim.id, rev.number - 1)} rel="prev">
            Revision {rev.number - 1}
          </Link>
        )}
        <Link href={p.revisions(r.claim.id)}>All revisions</Link>
        {rev.number < r.latest && (
          <Link href={p.revision(r.claim.id, rev.number + 1)} rel="next">
            Revision {rev.number + 1}
          </Link>
        )}
      </nav>
    </article>
  );
}

function Changes({ r }: { r: PublicRevision }) {
  return (
    <Section
      id="changes-heading"
      title={r.previous ? `What changed since revision ${r.previous.number}` : "First publication"}
      heading="xl"
      className="mt-6"
    >
      {!r.previous ? (
        <p className="mt-2 text-sm">
          This is the first published revision{r.revision.number > 1 ? "; the one before it was not recorded" : ""}.
        </p>
      ) : (
        <div className="mt-2 space-y-4">
          {!r.previous.snapshotted && (
            <p className="text-sm">
              Revision {r.previous.number} was published before full snapshots were kept, so only the verdict is
              compared.
            </p>
          )}
          <RevisionChanges changes={r.changes} />
          {r.textDiff && r.textDiff.statement.length > 0 && (
            <div>
              <h3 className="font-semibold">Statement</h3>
              <TextDiff parts={r.textDiff.statement} label="Changes to the statement" />
            </div>
          )}
          {r.textDiff && r.textDiff.rationale.length > 0 && (
            <div>
              <h3 className="font-semibold">Rationale</h3>
              <TextDiff parts={r.textDiff.rationale} label="Changes to the rationale" />
            </div>
          )}
        </div>
      )}
    </Section>
  );
}
