import Link from "next/link";
import { getDb } from "@/lib/db/server";
import { cachedPages, isRetraction, parseCorrectionsQuery, publicPaths, type RawQuery } from "@/lib/publishing";
import { DateText, plural } from "@/components/public/format";
import { Pager, QueryProblem } from "@/components/public/Pager";
import { requireWorkspace } from "../_lib/data";
import { workspaceMetadata } from "../_lib/meta";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<RawQuery> };

export const generateMetadata = ({ params }: Props) =>
  workspaceMetadata(
    params,
    (ws) => ({
      path: publicPaths(ws.slug).corrections(),
      title: `Corrections and retractions — ${ws.name}`,
      description: `Every correction and retraction ${ws.name} has published, newest first.`,
    }),
    (meta, ws) => ({
      ...meta,
      alternates: {
        ...meta.alternates,
        types: {
          "application/atom+xml": [
            { url: publicPaths(ws.slug).correctionsFeed, title: `${ws.name}: corrections and retractions` },
          ],
        },
      },
    }),
  );

export default async function CorrectionsPage({ params, searchParams }: Props) {
  const ws = await requireWorkspace((await params).workspace);
  const p = publicPaths(ws.slug);
  const q = parseCorrectionsQuery(await searchParams);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-semibold">Corrections and retractions</h1>
      <p className="mt-2 text-sm text-stone-700">
        When we change a published verdict, its evidence or its rationale, or withdraw a check, it is listed here,
        newest first. Each correction links to the revision it published, where you can see exactly what changed.{" "}
        <a href={p.correctionsFeed}>Follow this log as an Atom feed</a>.
      </p>
      {q.ok ? (
        <Log slug={ws.slug} page={q.input.page} data={await cachedPages.corrections(await getDb(), ws, q.input.page)} />
      ) : (
        <QueryProblem errors={q.errors} reset={p.corrections()} />
      )}
    </div>
  );
}

type LogData = Awaited<ReturnType<typeof cachedPages.corrections>>;

function Log({ slug, page, data }: { slug: string; page: number; data: LogData }) {
  const p = publicPaths(slug);
  if (data.total === 0) return <p className="mt-6">No corrections or retractions have been published.</p>;
  if (!data.items.length) {
    return (
      <p className="mt-6" data-testid="no-results">
        There is no page {page}: the log has {plural(data.pages, "page")}.{" "}
        <Link href={p.corrections()}>Go to the first page</Link>.
      </p>
    );
  }
  return (
    <>
      <p className="mt-4 text-sm text-stone-700">{plural(data.total, "entry", "entries")}</p>
      <ol className="mt-2 divide-y divide-stone-200" data-testid="corrections">
        {data.items.map((x) => (
          <li key={x.id} className="py-4" data-kind={x.kind}>
            <p className="flex flex-wrap items-baseline gap-2">
              <span
                className={`rounded px-1.5 text-xs font-semibold uppercase ${isRetraction(x) ? "bg-red-800 text-white" : "bg-stone-200 text-stone-900"}`}
              >
                {isRetraction(x) ? "Retraction" : "Correction"}
              </span>
              <Link href={p.claim(x.claim.id)} className="font-medium">
                {x.claim.headline}
              </Link>
            </p>
            <p className="mt-1 text-sm">
              <DateText date={x.createdAt} />: {x.whatChanged}
            </p>
            <p className="mt-1 text-sm text-stone-700">Why: {x.why}</p>
            <p className="mt-1 text-sm">
              {x.revisionNumber && !isRetraction(x) ? (
                <Link href={p.revision(x.claim.id, x.revisionNumber)}>
                  See revision {x.revisionNumber} and what changed
                </Link>
              ) : (
                <Link href={`${p.claim(x.claim.id)}#correction-${x.id}`}>See the notice on the fact check</Link>
              )}
              {" · "}
              <Link href={p.revisions(x.claim.id)}>All revisions</Link>
            </p>
          </li>
        ))}
      </ol>
      <Pager page={page} pages={data.pages} href={(n) => p.corrections({ page: n > 1 ? n : undefined })} />
    </>
  );
}
