import Link from "next/link";
import { getDb } from "@/lib/db/server";
import { cachedPages, parseDocumentsQuery, publicPaths, type RawQuery } from "@/lib/publishing";
import { DocumentSummaryList } from "@/components/public/DocumentSummaryList";
import { plural } from "@/components/public/format";
import { Pager, QueryProblem } from "@/components/public/Pager";
import { requireWorkspace } from "../_lib/data";
import { workspaceMetadata } from "../_lib/meta";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<RawQuery> };

export const generateMetadata = ({ params }: Props) =>
  workspaceMetadata(params, (ws) => ({
    title: `Documents — ${ws.name}`,
    description: `Every document ${ws.name} has checked, with the verdicts on its claims.`,
    path: publicPaths(ws.slug).documents(),
  }));

/** Every public document by title, a page at a time (the home page lists the first few). */
export default async function DocumentsPage({ params, searchParams }: Props) {
  const ws = await requireWorkspace((await params).workspace);
  const p = publicPaths(ws.slug);
  const q = parseDocumentsQuery(await searchParams);
  if (!q.ok)
    return (
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold">Documents</h1>
        <QueryProblem errors={q.errors} reset={p.documents()} />
      </div>
    );
  const data = await cachedPages.documents(await getDb(), ws, q.input.page);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-semibold">Documents</h1>
      <p className="mt-2 text-sm text-stone-700">
        {data.total === 0
          ? "No document has a published check yet."
          : `${plural(data.total, "document")} with published checks, by title.`}
      </p>
      {data.total > 0 && !data.documents.length ? (
        <p className="mt-6" data-testid="no-results">
          There is no page {data.page}: the index has {plural(data.pages, "page")}.{" "}
          <Link href={p.documents()}>Go to the first page</Link>.
        </p>
      ) : (
        <DocumentSummaryList slug={ws.slug} documents={data.documents} ratings={data.byRating} />
      )}
      <Pager page={data.page} pages={data.pages} href={(page) => p.documents({ page: page > 1 ? page : undefined })} />
    </div>
  );
}
