import Link from "next/link";
import { getDb } from "@/lib/db/server";
import {
  cachedPages,
  parseVerdictsQuery,
  publicPaths,
  type PublicVerdicts,
  type RawQuery,
  type VerdictsInput,
} from "@/lib/publishing";
import { ClaimList } from "@/components/public/ClaimList";
import { plural } from "@/components/public/format";
import { Pager, QueryProblem } from "@/components/public/Pager";
import { RatingBars } from "@/components/public/RatingBars";
import { Select, type Facets } from "@/components/public/SearchForm";
import { requireWorkspace } from "../_lib/data";
import { workspaceMetadata } from "../_lib/meta";
import { Section } from "@/components/layout/Section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<RawQuery> };

export const generateMetadata = ({ params, searchParams }: Props) =>
  workspaceMetadata(
    params,
    (ws) => ({
      title: `Verdicts — ${ws.name}`,
      description: `Every verdict ${ws.name} has published, by rating, claimant, topic and document.`,
      path: publicPaths(ws.slug).verdicts(),
    }),
    // Filtered lists repeat the claim pages; only the unfiltered first page is indexed.
    async (meta) =>
      Object.keys(await searchParams).length ? { ...meta, robots: { index: false, follow: true } } : meta,
  );

export default async function VerdictsPage({ params, searchParams }: Props) {
  const ws = await requireWorkspace((await params).workspace);
  const p = publicPaths(ws.slug);
  const q = parseVerdictsQuery(await searchParams);
  const db = await getDb();
  const facets = await cachedPages.facets(
    db,
    ws,
    q.ok ? { claimant: q.input.claimant, document: q.input.document, tag: q.input.topic } : {},
  );
  return (
    <div>
      <h1 className="text-3xl font-semibold">Verdicts</h1>
      <p className="mt-2 max-w-3xl text-sm text-stone-700">
        Every published verdict, newest first. Filter by verdict, claimant, topic or document; retracted checks are left
        out (see <Link href={p.corrections()}>corrections</Link>).
      </p>
      <Filters slug={ws.slug} facets={facets} values={q.ok ? q.input : {}} />
      {q.ok ? (
        <Results slug={ws.slug} data={await cachedPages.verdicts(db, ws, q.input)} />
      ) : (
        <QueryProblem errors={q.errors} reset={p.verdicts()} />
      )}
    </div>
  );
}

function Filters({ slug, facets, values }: { slug: string; facets: Facets; values: Partial<VerdictsInput> }) {
  return (
    <form
      aria-label="Filter verdicts"
      action={publicPaths(slug).verdicts()}
      method="get"
      className="mt-6 flex flex-wrap items-end gap-4 rounded border border-stone-300 bg-white p-4 text-sm"
    >
      <Select name="rating" label="Verdict" options={facets.ratings} value={values.rating} />
      <Select name="claimant" label="Claimant" options={facets.claimants} value={values.claimant} />
      <Select name="topic" label="Topic" options={facets.tags} value={values.topic} />
      <Select name="document" label="Document" options={facets.documents} value={values.document} />
      <button type="submit" className="rounded bg-stone-800 px-4 py-1.5 text-white">
        Show
      </button>
    </form>
  );
}

function Results({ slug, data }: { slug: string; data: PublicVerdicts }) {
  const p = publicPaths(slug);
  const { input, labels } = data;
  const filters = { claimant: input.claimant, topic: input.topic, document: input.document };
  const described = [
    input.rating && `rated ${labels.rating ?? "(unknown verdict)"}`,
    input.claimant && `by ${labels.claimant ?? "(unknown claimant)"}`,
    input.topic && `on “${input.topic}”`,
    input.document && `in ${labels.document ?? "(unknown document)"}`,
  ].filter(Boolean);
  return (
    <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_20rem]">
      <Section
        id="verdicts-heading"
        title={
          <>
            {plural(data.total, "verdict")}
            {described.length > 0 && <> {described.join(", ")}</>}
          </>
        }
        heading="xl"
      >
        {described.length > 0 && (
          <p className="mt-1 text-sm">
            <Link href={p.verdicts()}>Clear the filters</Link>
          </p>
        )}
        {data.claims.length ? (
          <ClaimList slug={slug} claims={data.claims} />
        ) : (
          <p className="mt-2" data-testid="no-results">
            {data.total > 0 ? (
              <>
                There is no page {input.page}.{" "}
                <Link href={p.verdicts({ ...filters, rating: input.rating })}>Go to the first page</Link>.
              </>
            ) : (
              "No published verdict matches these filters."
            )}
          </p>
        )}
        <Pager
          page={input.page}
          pages={data.pages}
          href={(n) => p.verdicts({ ...filters, rating: input.rating, page: n > 1 ? n : undefined })}
        />
      </Section>
      <aside aria-label="Verdicts by rating">
        <RatingBars
          items={data.counts}
          caption={described.length ? "By verdict, for the other filters" : "By verdict"}
          href={(rid) => p.verdicts({ ...filters, rating: rid })}
        />
      </aside>
    </div>
  );
}
