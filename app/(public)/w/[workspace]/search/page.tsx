import Link from "next/link";
import { getDb } from "@/lib/db/server";
import { cachedPages, publicClaimantSearch, publicPaths, safeHref, type SearchHit } from "@/lib/publishing";
import { Highlighted } from "@/components/ui/Highlighted";
import { plural } from "@/components/public/format";
import { SearchForm } from "@/components/public/SearchForm";
import { VerdictBadge } from "@/components/public/VerdictBadge";
import { requireWorkspace } from "../_lib/data";
import { workspaceMetadata } from "../_lib/meta";
import { Section } from "@/components/layout/Section";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = ({ params }: Props) =>
  workspaceMetadata(
    params,
    (ws) => ({ title: `Search ${ws.name}`, path: publicPaths(ws.slug).search() }),
    // Result pages are not indexed: they duplicate the claim pages the sitemap lists.
    (meta) => ({ ...meta, robots: { index: false, follow: true } }),
  );

const KIND = { claim: "Claim", document: "Document", source: "Source" } as const;

export default async function SearchPage({ params, searchParams }: Props) {
  const ws = await requireWorkspace((await params).workspace);
  const db = await getDb();
  const sp = await searchParams;
  const [result, claimants] = await Promise.all([cachedPages.search(db, ws, sp), publicClaimantSearch(db, ws, sp)]);
  const facets = await cachedPages.facets(db, ws, result.input);
  const { input, hits, total, capped, pages } = result;
  const p = publicPaths(ws.slug);
  const searched = !!(input.q || input.rating || input.claimant || input.tag || input.document);
  const pageHref = (page: number) =>
    p.search({
      q: input.q,
      rating: input.rating,
      claimant: input.claimant,
      tag: input.tag,
      document: input.document,
      page: page > 1 ? page : undefined,
    });
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-semibold">Search</h1>
      <p className="mt-1 text-sm text-stone-700">
        Published claims, the documents they come from and the sources behind them.
      </p>
      <div className="mt-6">
        <SearchForm slug={ws.slug} values={input} facets={facets} />
      </div>
      {claimants.length > 0 && (
        <Section id="claimant-hits-heading" title="Claimants" heading="xl" className="mt-8">
          <ul className="mt-2 space-y-1" data-testid="claimant-hits">
            {claimants.map((c) => (
              <li key={c.id}>
                <Link href={p.claimant(c.id)} className="font-medium">
                  {c.name}
                </Link>
                <span className="text-sm text-stone-700">
                  {" "}
                  · {plural(c.claims, "claim")}
                  {c.description ? ` · ${c.description}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="results-heading" title="Results" heading="xl" className="mt-8">
        {!searched ? (
          <p className="mt-2">Type some words or choose a filter to search.</p>
        ) : total === 0 ? (
          <p className="mt-2" data-testid="no-results">
            No results{input.q ? <> for “{input.q}”</> : null}. Try fewer or different words, or remove a filter.
          </p>
        ) : (
          <>
            <p className="mt-1 text-sm text-stone-700">
              {capped ? `More than ${plural(total, "result")}` : plural(total, "result")}
              {input.q && <> for “{input.q}”</>}
              {capped && " (the most recent are shown; add words or filters to narrow)"}
              {pages > 1 && ` · page ${input.page} of ${pages}`}
            </p>
            <ol className="mt-3 divide-y divide-stone-200" data-testid="results">
              {hits.map((h) => (
                <li key={`${h.kind}-${h.id}`} className="py-3">
                  <Hit slug={ws.slug} hit={h} />
                </li>
              ))}
            </ol>
          </>
        )}
        {pages > 1 && (
          <nav aria-label="Pagination" className="mt-4 flex gap-4 text-sm">
            {input.page > 1 && (
              <Link href={pageHref(input.page - 1)} rel="prev">
                Previous page
              </Link>
            )}
            {input.page < pages && (
              <Link href={pageHref(input.page + 1)} rel="next">
                Next page
              </Link>
            )}
          </nav>
        )}
      </Section>
    </div>
  );
}

function Hit({ slug, hit }: { slug: string; hit: SearchHit }) {
  const p = publicPaths(slug);
  const href = hit.kind === "claim" ? p.claim(hit.id) : hit.kind === "document" ? p.document(hit.id) : undefined;
  return (
    <>
      <p className="flex flex-wrap items-baseline gap-2">
        <span className="text-xs font-semibold tracking-wide text-stone-600 uppercase">{KIND[hit.kind]}</span>
        {hit.kind === "claim" && (
          <VerdictBadge
            rating={hit.ratingLabel ? { label: hit.ratingLabel, color: hit.ratingColor ?? "" } : null}
            size="sm"
          />
        )}
        {href ? (
          <Link href={href} className="font-medium">
            {hit.title}
          </Link>
        ) : (
          <span className="font-medium">{hit.title}</span>
        )}
      </p>
      {hit.snippet && (
        <p className="mt-1 text-sm text-stone-800 [&_mark]:bg-yellow-200 [&_mark]:text-stone-900">
          <Highlighted snippet={hit.snippet} />
        </p>
      )}
      {hit.kind === "claim" && hit.claimantId && (
        <p className="mt-1 text-sm text-stone-700">
          <Link href={p.claimant(hit.claimantId)}>{hit.claimantName}</Link>
          {hit.documentId && (
            <>
              {" "}
              · <Link href={p.document(hit.documentId, hit.id)}>in the document</Link>
            </>
          )}
        </p>
      )}
      {hit.kind === "source" && <SourceLinks sourceUrl={hit.sourceUrl} />}
    </>
  );
}

function SourceLinks({ sourceUrl }: { sourceUrl: string | null }) {
  const href = safeHref(sourceUrl);
  return href ? (
    <p className="mt-1 text-sm">
      <a href={href} rel="nofollow noopener noreferrer">
        Open the source
      </a>
    </p>
  ) : null;
}
