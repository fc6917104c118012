import Link from "next/link";
import { getDb } from "@/lib/db/server";
import { cachedPages, parseClaimantsQuery, publicPaths, type RawQuery } from "@/lib/publishing";
import { plural } from "@/components/public/format";
import { Pager, QueryProblem } from "@/components/public/Pager";
import { Swatch } from "@/components/public/VerdictBadge";
import { CaptionedTable } from "@/components/layout/CaptionedTable";
import { requireWorkspace } from "../_lib/data";
import { workspaceMetadata } from "../_lib/meta";

export const dynamic = "force-dynamic";

const COLUMNS: [string, string][] = [
  ["Claimant", "py-2 pr-4"],
  ["Checked claims", "py-2 pr-4 text-right"],
  ["Verdicts", "py-2"],
];

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<RawQuery> };

export const generateMetadata = ({ params }: Props) =>
  workspaceMetadata(params, (ws) => ({
    title: `Claimants — ${ws.name}`,
    description: `Everyone whose claims ${ws.name} has checked, with the verdicts on them.`,
    path: publicPaths(ws.slug).claimants(),
  }));

/** The claimants with public claims, most-checked first, a page at a time. */
export default async function ClaimantsPage({ params, searchParams }: Props) {
  const ws = await requireWorkspace((await params).workspace);
  const p = publicPaths(ws.slug);
  const q = parseClaimantsQuery(await searchParams);
  if (!q.ok)
    return (
      <div className="max-w-4xl">
        <h1 className="text-3xl font-semibold">Claimants</h1>
        <QueryProblem errors={q.errors} reset={p.claimants()} />
      </div>
    );
  const { claimants, total, page, pages } = await cachedPages.claimants(await getDb(), ws, q.input.page);
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-semibold">Claimants</h1>
      <p className="mt-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="caveat">
        These counts describe the claims we chose to check, not the people or organizations who made them: they are not
        a representative sample of what anyone has said.
      </p>
      {total > 0 && (
        <p className="mt-4 text-sm text-stone-700">
          {plural(total, "claimant")} with published checks, most-checked first.
        </p>
      )}
      {total === 0 ? (
        <p className="mt-6">No claimant has a published check yet.</p>
      ) : !claimants.length ? (
        <p className="mt-6" data-testid="no-results">
          There is no page {page}: the index has {plural(pages, "page")}.{" "}
          <Link href={p.claimants()}>Go to the first page</Link>.
        </p>
      ) : (
        <CaptionedTable
          caption="Claimants with the number of their checked claims and the verdicts on them"
          columns={COLUMNS}
          margin="mt-6"
          testId="claimants"
        >
          {claimants.map((c) => (
            <tr key={c.id} className="border-b border-stone-200 align-top" data-claimant={c.id}>
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                <Link href={p.claimant(c.id)} className="font-medium">
                  {c.name}
                </Link>
                <span className="block text-xs text-stone-600">
                  {c.kind === "organization" ? "organization" : "person"}
                </span>
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">
                {c.claims}
                {c.retracted > 0 && (
                  <span className="block text-xs text-stone-600">+ {plural(c.retracted, "retracted check")}</span>
                )}
              </td>
              <td className="py-2">
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {c.byRating
                    .filter((r) => r.count > 0)
                    .map((r) => (
                      <li key={r.rating?.id ?? "none"}>
                        <Swatch color={r.rating?.color ?? "#6b7280"} />{" "}
                        {r.rating ? (
                          <Link href={p.verdicts({ claimant: c.id, rating: r.rating.id })}>{r.rating.label}</Link>
                        ) : (
                          "Not rated"
                        )}
                        : {r.count}
                      </li>
                    ))}
                </ul>
              </td>
            </tr>
          ))}
        </CaptionedTable>
      )}
      <Pager page={page} pages={pages} href={(n) => p.claimants({ page: n > 1 ? n : undefined })} />
    </div>
  );
}
