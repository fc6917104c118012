import Link from "next/link";
import { getDb } from "@/lib/db/server";
import { cachedPages, publicPaths } from "@/lib/publishing";
import { plural } from "@/components/public/format";
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

type Props = { params: Promise<{ workspace: string }> };

export const generateMetadata = ({ params }: Props) =>
  workspaceMetadata(params, (ws) => ({
    title: `Claimants — ${ws.name}`,
    description: `Everyone whose claims ${ws.name} has checked, with the verdicts on them.`,
    path: publicPaths(ws.slug).claimants,
  }));

export default async function ClaimantsPage({ params }: Props) {
  const ws = await requireWorkspace((await params).workspace);
  const claimants = await cachedPages.claimants(await getDb(), ws);
  const p = publicPaths(ws.slug);
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-semibold">Claimants</h1>
      <p className="mt-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="caveat">
        These counts describe the claims we chose to check, not the people or organizations who made them: they are not
        a representative sample of what anyone has said.
      </p>
      {claimants.length === 0 ? (
        <p className="mt-6">No claimant has a published check yet.</p>
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
    </div>
  );
}
