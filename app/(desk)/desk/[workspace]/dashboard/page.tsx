import type { Metadata } from "next";
import { label, plural } from "@/lib/labels";
import Link from "next/link";
import { deskPage, type DeskPageProps } from "@/lib/http/desk-page";
import { deskDashboard } from "@/lib/dashboard";
import { orNotFound } from "@/lib/http/pages";
import { StackedBars } from "@/components/dashboard/StackedBars";
import { WeeklyLines } from "@/components/dashboard/WeeklyLines";
import { Section } from "@/components/layout/Section";

export const metadata: Metadata = { title: "Dashboard" };

const day = (d: Date) => d.toISOString().slice(0, 10);

// Owners and editors only: for anyone else lib refuses and the page is a 404.
export default async function DashboardPage({ params }: DeskPageProps) {
  const { workspace } = await params;
  const { actor, db } = await deskPage(workspace, "/dashboard");
  const d = await orNotFound(deskDashboard(db, actor, workspace));
  const claim = (id: string) => `/desk/${workspace}/claims/${id}`;
  const created = d.createdPerWeek.map((w) => w.count);
  const published = d.publishedPerWeek.map((w) => w.count);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return (
    <>
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      <p className="mt-1 text-sm text-stone-600">The last {d.weeks.length} weeks, weeks starting on Monday (UTC).</p>
      <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-stone-600">Median time from draft to publication</dt>
          <dd className="text-xl font-semibold" data-testid="median-days">
            {d.medianDaysToPublish === null ? "—" : plural(d.medianDaysToPublish, "day")}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">Published in these weeks</dt>
          <dd className="text-xl font-semibold">{d.publishedInWindow}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">Overdue</dt>
          <dd className="text-xl font-semibold">{d.overdue.length}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">Published with nothing contesting them</dt>
          <dd className="text-xl font-semibold">{d.uncontestedTotal}</dd>
        </div>
      </dl>

      <Section id="throughput" title="Claims created and published per week" className="mt-8">
        <WeeklyLines
          id="throughput-chart"
          title="Claims created and published per week"
          desc={`${plural(sum(created), "claim")} created and ${sum(published)} first published over ${plural(d.weeks.length, "week")}.`}
          weeks={d.weeks}
          series={[
            { name: "Created", strokeClass: "stroke-sky-700", values: created },
            { name: "Published", strokeClass: "stroke-emerald-700", dashed: true, values: published },
          ]}
        />
      </Section>

      <Section id="verdicts" title="Verdicts over time" className="mt-8">
        {d.verdicts.kinds.length === 0 ? (
          <p className="text-sm">Nothing was published in these weeks.</p>
        ) : (
          <StackedBars
            id="verdicts-chart"
            title="Verdicts of claims published per week"
            desc={d.verdicts.kinds
              .map((k, i) => `${k.label}: ${sum(d.verdicts.perWeek.map((w) => w.counts[i]))}`)
              .join("; ")}
            weeks={d.weeks}
            kinds={d.verdicts.kinds}
            counts={d.verdicts.perWeek.map((w) => w.counts)}
          />
        )}
      </Section>

      <Section id="open-work" title="Open work by state and assignee" className="mt-8">
        {d.openWork.length === 0 ? (
          <p className="text-sm">No open claims.</p>
        ) : (
          <table className="mt-2 text-sm">
            <thead>
              <tr>
                <th scope="col" className="pr-6 text-left">
                  State
                </th>
                <th scope="col" className="pr-6 text-left">
                  Assignee
                </th>
                <th scope="col" className="text-right">
                  Claims
                </th>
              </tr>
            </thead>
            <tbody>
              {d.openWork.map((r) => (
                <tr key={`${r.status}-${r.assigneeId}`}>
                  <td className="pr-6">{label("ClaimStatus", r.status)}</td>
                  <td className="pr-6">
                    {r.assigneeId ? (
                      <Link href={`/desk/${workspace}/claims?status=${r.status}&assignee=${r.assigneeId}`}>
                        {r.assignee}
                      </Link>
                    ) : (
                      r.assignee
                    )}
                  </td>
                  <td className="text-right">{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>

      <Section id="overdue" title="Overdue" className="mt-8">
        {d.overdue.length === 0 ? (
          <p className="text-sm">Nothing is overdue.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {d.overdue.map((o) => (
              <li key={o.id}>
                <Link href={claim(o.id)}>{o.headline}</Link> — {o.status.replace("_", " ")}, {o.assignee}, due{" "}
                {day(o.dueAt)}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="uncontested" title="Published without contesting evidence" className="mt-8">
        {d.uncontested.length === 0 ? (
          <p className="text-sm">Every published claim has contesting evidence linked.</p>
        ) : (
          <>
            <ul className="mt-2 list-disc pl-5 text-sm" data-testid="uncontested">
              {d.uncontested.map((u) => (
                <li key={u.id}>
                  <Link href={claim(u.id)}>{u.headline}</Link> — published {day(u.publishedAt)}
                </li>
              ))}
            </ul>
            {d.uncontestedTotal > d.uncontested.length && (
              <p className="mt-1 text-sm text-stone-600">
                Showing the latest {d.uncontested.length} of {d.uncontestedTotal}.
              </p>
            )}
          </>
        )}
      </Section>
    </>
  );
}
