import Link from "next/link";
import { label } from "@/lib/labels";
import type { PublicClaim } from "@/lib/publishing/claim";
import { isRetraction } from "@/lib/publishing/visibility";
import { publicPaths } from "@/lib/publishing/urls";
import { DateText } from "./format";
import { Markdown } from "./Markdown";
import { VerdictBadge } from "./VerdictBadge";

const RELATION: Record<string, [string, string]> = {
  // [seen from the claim that holds the relation, seen from the other claim]
  supports: ["supports", "is supported by"],
  contradicts: ["contradicts", "is contradicted by"],
  refines: ["refines", "is refined by"],
  duplicates: ["duplicates", "is duplicated by"],
};

export function RetractionNotice({ claim }: { claim: PublicClaim }) {
  return (
    <section
      aria-labelledby="retraction-heading"
      className="mb-6 rounded border-2 border-red-800 bg-red-50 p-4"
      data-testid="retraction"
    >
      <h2 id="retraction-heading" className="text-lg font-bold text-red-900">
        Retracted
      </h2>
      <p className="mt-1">
        We have withdrawn this fact check. It no longer counts in our listings, search or totals.
        {claim.retraction && (
          <>
            {" "}
            Retracted on <DateText date={claim.retraction.createdAt} />: {claim.retraction.why}
          </>
        )}
      </p>
    </section>
  );
}

export function VerdictSection({ claim }: { claim: PublicClaim }) {
  return (
    <section aria-labelledby="verdict-heading" className="mt-8 rounded border border-stone-300 bg-white p-5">
      <h2 id="verdict-heading" className="text-xl font-semibold">
        {claim.retracted ? "Verdict (retracted)" : "Verdict"}
      </h2>
      <p className="mt-3 flex flex-wrap items-center gap-3">
        <span className={claim.retracted ? "line-through" : undefined}>
          <VerdictBadge rating={claim.rating} size="lg" />
        </span>
        {claim.confidence && <span className="text-sm">Confidence: {label("Confidence", claim.confidence)}</span>}
      </p>
      {claim.rating?.description && <p className="mt-2 text-sm text-stone-700">{claim.rating.description}</p>}
      {claim.rationale && (
        <div className="mt-4">
          <h3 className="sr-only">Rationale</h3>
          <Markdown source={claim.rationale} />
        </div>
      )}
      {claim.dissents.map((d) => (
        <aside key={d.id} aria-label="Dissent" className="mt-4 border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">
            Dissent
            {d.rating && (
              <>
                {" "}
                — a reviewer would rate it <VerdictBadge rating={d.rating} size="sm" />
              </>
            )}
          </p>
          <Markdown source={d.rationale} className="mt-2" topHeading={4} />
        </aside>
      ))}
    </section>
  );
}

export function RelatedClaims({ slug, claim }: { slug: string; claim: PublicClaim }) {
  if (!claim.related.length) return null;
  const p = publicPaths(slug);
  return (
    <section aria-labelledby="related-heading" className="mt-10">
      <h2 id="related-heading" className="text-xl font-semibold">
        Related claims
      </h2>
      <ul className="mt-3 space-y-2 text-sm">
        {claim.related.map((r) => (
          <li key={`${r.direction}-${r.type}-${r.claim.id}`}>
            This claim {RELATION[r.type]?.[r.direction === "outgoing" ? 0 : 1] ?? r.type}{" "}
            <Link href={p.claim(r.claim.id)}>{r.claim.headline}</Link>{" "}
            {r.claim.status === "retracted" ? (
              <span>(retracted)</span>
            ) : (
              <VerdictBadge rating={r.claim.rating} size="sm" />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Corrections({ claim }: { claim: PublicClaim }) {
  return (
    <section aria-labelledby="corrections-heading" className="mt-10">
      <h2 id="corrections-heading" className="text-xl font-semibold">
        Corrections
      </h2>
      {claim.corrections.length === 0 ? (
        <p className="mt-2 text-sm">No corrections.</p>
      ) : (
        <ol className="mt-3 space-y-3 text-sm">
          {claim.corrections.map((c) => (
            <li key={c.id} id={`correction-${c.id}`} className="scroll-mt-8 target:bg-yellow-100">
              <p>
                <strong>{isRetraction(c) ? "Retraction" : "Correction"}</strong>, <DateText date={c.createdAt} />:{" "}
                {c.whatChanged}
              </p>
              <p className="text-stone-700">Why: {c.why}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function AboutCheck({
  claim,
  permalink,
  citation,
}: {
  claim: PublicClaim;
  permalink: string;
  citation: string;
}) {
  const rev = claim.revision;
  return (
    <section aria-labelledby="about-heading" className="mt-10 text-sm">
      <h2 id="about-heading" className="text-xl font-semibold">
        About this check
      </h2>
      <dl className="mt-3 grid grid-cols-[minmax(0,10rem)_minmax(0,1fr)] gap-x-4 gap-y-1">
        {rev?.authorName && (
          <>
            <dt className="font-medium">Written by</dt>
            <dd>{rev.authorName}</dd>
          </>
        )}
        {rev?.reviewerName && (
          <>
            <dt className="font-medium">Reviewed by</dt>
            <dd>{rev.reviewerName}</dd>
          </>
        )}
        <dt className="font-medium">Published</dt>
        <dd>
          <DateText date={claim.publishedAt} />
        </dd>
        {claim.dateModified && claim.dateModified.getTime() - claim.publishedAt.getTime() > 60_000 && (
          <>
            <dt className="font-medium">Last updated</dt>
            <dd>
              <DateText date={claim.dateModified} />
            </dd>
          </>
        )}
        {rev && (
          <>
            <dt className="font-medium">Revision</dt>
            <dd>
              {rev.number}, <DateText date={rev.publishedAt} />
            </dd>
          </>
        )}
        <dt className="font-medium">Permalink</dt>
        <dd className="wrap-anywhere">
          <a href={permalink}>{permalink}</a>
        </dd>
      </dl>
      <h3 className="mt-4 font-semibold">Cite this check</h3>
      <p
        className="mt-1 rounded border border-stone-300 bg-white p-3 font-mono text-xs break-words"
        data-testid="citation"
      >
        {citation}
      </p>
    </section>
  );
}
