import { label } from "@/lib/labels";
import Link from "next/link";
import { publicPaths } from "@/lib/publishing";
import { DateText, plural } from "@/components/public/format";
import { VerdictBadge } from "@/components/public/VerdictBadge";
import { loadRevisions, requireRecord } from "../../../_lib/data";
import { RevisionNote } from "../../../_lib/claim-parts";
import { recordMetadata } from "../../../_lib/meta";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workspace: string; id: string }> };

export const generateMetadata = ({ params }: Props) =>
  recordMetadata(params, loadRevisions, (c, ws) => ({
    path: publicPaths(ws.slug).revisions(c.id),
    title: `Revisions: ${c.headline}`,
    description: `Every published revision of this fact check (${plural(c.revisions.length, "revision")}), with the corrections that came with them.`,
  }));

export default async function RevisionsPage({ params }: Props) {
  const { ws, record: c } = await requireRecord(params, loadRevisions);
  const p = publicPaths(ws.slug);
  return (
    <article className="max-w-3xl">
      <p className="text-sm text-stone-700">
        <Link href={p.claim(c.id)}>Fact check</Link> · revisions{c.retracted && " · retracted"}
      </p>
      <h1 className="mt-1 text-3xl font-semibold">{c.headline}</h1>
      <p className="mt-2 text-sm text-stone-700">
        Each revision is the check exactly as it was published. A correction publishes a new revision after a second
        person reviews it; earlier revisions stay here unchanged.
      </p>
      {c.revisions.length === 0 ? (
        <p className="mt-6">No revision of this check has been recorded.</p>
      ) : (
        <ol className="mt-6 divide-y divide-stone-200" data-testid="revisions">
          {c.revisions.map((r) => (
            <li key={r.number} className="py-4" data-revision={r.number}>
              <p className="flex flex-wrap items-baseline gap-2">
                <Link href={p.revision(c.id, r.number)} className="font-semibold">
                  Revision {r.number}
                </Link>
                <span className="text-sm text-stone-700">
                  published <DateText date={r.publishedAt} />
                </span>
                <VerdictBadge rating={r.rating} size="sm" />
                {r.confidence && (
                  <span className="text-sm">confidence: {label("Confidence", r.confidence).toLowerCase()}</span>
                )}
              </p>
              <p className="mt-1 text-sm text-stone-700">
                {r.authorName ? <>Written by {r.authorName}</> : "Author not recorded"}
                {r.reviewerName && <> · reviewed by {r.reviewerName}</>}
              </p>
              {r.corrections.map((x) => (
                <RevisionNote key={x.id} note={x} className="mt-2 text-sm" />
              ))}
            </li>
          ))}
        </ol>
      )}
      <p className="mt-6 text-sm">
        <Link href={p.claim(c.id)}>Back to the fact check</Link> · <Link href={p.corrections()}>All corrections</Link>
      </p>
    </article>
  );
}
