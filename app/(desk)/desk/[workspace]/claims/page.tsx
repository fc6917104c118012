import type { Metadata } from "next";
import { options as labelled } from "@/lib/labels";
import Link from "next/link";
import { workspaceAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { deskPage, type DeskPageProps } from "@/lib/http/desk-page";
import { listClaimants, listClaims, searchClaimants } from "@/lib/claims";
import { DUE_FILTERS } from "@/lib/claims/schemas";
import { listDocuments } from "@/lib/documents";
import { orBadQuery, orNotFound } from "@/lib/http/pages";
import { activeRatings } from "@/lib/review";
import { getView, listViews } from "@/lib/views";
import { listMembers } from "@/lib/workspaces";
import { ClaimsTable } from "@/components/claims/ClaimsTable";
import { SavedViewList } from "@/components/views/SavedViewList";
import { SaveViewForm } from "@/components/views/SaveViewForm";
import { FILTER_CONTROL, FilterForm, FilterSelect, type FilterSelectProps } from "@/components/ui/FilterSelect";
import { Section } from "@/components/layout/Section";

export const metadata: Metadata = { title: "Claims" };

type Search = Record<string, string | undefined>;

const DUE_LABELS: Record<(typeof DUE_FILTERS)[number], string> = {
  overdue: "overdue",
  week: "due this week",
  none: "no due date",
};

export default async function ClaimsPage({ params, searchParams }: DeskPageProps<object, Search>) {
  const { workspace } = await params;
  const sp = await searchParams;
  const { actor, db } = await deskPage(workspace, "/claims");
  // A saved view (`?view=<id>`) brings its own filters; someone else's private view is a 404.
  const view = sp.view ? await orNotFound(getView(db, actor, workspace, sp.view)) : null;
  // lib parses the filters; a bad one (`?status=bogus`) is shown, not thrown.
  const current: Record<string, string | undefined> = view
    ? (view.filters as Record<string, string | undefined>)
    : {
        q: sp.q || undefined,
        status: sp.status || undefined,
        verdict: sp.verdict || undefined,
        assigneeId: sp.assignee || undefined,
        due: sp.due || undefined,
        claimType: sp.type || undefined,
        documentId: sp.document || undefined,
        claimantId: sp.claimant || undefined,
        tag: sp.tag || undefined,
      };
  const filters = { ...current, sort: sp.sort || undefined, cursor: sp.cursor || undefined, limit: 50 };
  const listed = await orBadQuery(listClaims(db, actor, workspace, filters));
  const page = listed.data ?? { items: [], nextCursor: null };
  const [claimants, docs, members, ratings, views, access, claimantHits] = await Promise.all([
    listClaimants(db, actor, workspace),
    listDocuments(db, actor, workspace, { limit: 200 }),
    listMembers(db, actor, workspace),
    activeRatings(db, actor, workspace),
    listViews(db, actor, workspace),
    workspaceAccess(db, actor, workspace),
    // A search names people and organizations too: the claimants it matches head the results.
    current.q && !sp.cursor ? searchClaimants(db, actor, workspace, current.q) : Promise.resolve([]),
  ]);
  const filtering = Object.values(current).some(Boolean);
  // The form shows the filters in force, whether they came from the URL or a saved view.
  const shown = {
    q: current.q,
    status: current.status,
    verdict: current.verdict,
    assignee: current.assigneeId,
    due: current.due,
    type: current.claimType,
    document: current.documentId,
    claimant: current.claimantId,
    tag: current.tag,
  };
  const next = new URLSearchParams(
    Object.entries({ ...sp, cursor: page.nextCursor ?? "" }).filter(([, v]) => v) as [string, string][],
  );
  const option = (value: string, label: string) => ({ value, label });
  const filter = (
    [name, label, any]: [string, string, string],
    value: string | undefined,
    options: FilterSelectProps["options"],
    wide = false,
  ): FilterSelectProps => ({ name, label, any, value, options, wide });
  const people = members.map((m) => option(m.user.id, m.user.name ?? m.user.email));
  const titles = docs.items.map((d) => option(d.id, d.title));
  const names = claimants.map((c) => option(c.id, c.name));
  const verdicts = ratings.map((r) => option(r.id, r.label));
  const dues = DUE_FILTERS.map((d) => option(d, DUE_LABELS[d]));
  const selects = [
    filter(["status", "Status", "any status"], shown.status, labelled("ClaimStatus")),
    filter(["type", "Type", "any type"], shown.type, labelled("ClaimType")),
    filter(["document", "Document", "any document"], shown.document, titles, true),
    filter(["claimant", "Claimant", "any claimant"], shown.claimant, names, true),
    filter(["verdict", "Verdict", "any verdict"], shown.verdict, verdicts),
    filter(["assignee", "Assignee", "anyone assigned"], shown.assignee, people, true),
    filter(["due", "Due", "any due date"], shown.due, dues),
  ];
  const sorts = [
    ["updated", "recently updated"],
    ["created", "recently created"],
    ["worthiness", "check-worthiness"],
  ];
  return (
    <>
      <h1 className="text-2xl font-semibold">
        Claims
        {view && (
          <>
            {": "}
            <span data-testid="current-view">{view.name}</span>{" "}
            <span className="text-base font-normal text-stone-600">
              ({view.count ?? 0} {view.count === 1 ? "claim" : "claims"})
            </span>
          </>
        )}
      </h1>
      <SavedViewList
        slug={workspace}
        views={views.items}
        currentId={view?.id ?? null}
        mayModerate={can(access.subject, "view.moderate")}
      />
      <FilterForm
        label="Filter claims"
        q={shown.q}
        placeholder='e.g. "Kerry Committee" cocaine'
        clearHref={`/desk/${workspace}/claims`}
      >
        {selects.map((f) => (
          <FilterSelect key={f.name} {...f} />
        ))}
        <input
          name="tag"
          defaultValue={shown.tag}
          placeholder="tag"
          aria-label="Tag"
          className={`w-28 ${FILTER_CONTROL}`}
        />
        <FilterSelect
          name="sort"
          label="Sort"
          value={sp.sort ?? "updated"}
          options={sorts.map(([v, l]) => option(v, l))}
        />
      </FilterForm>
      {filtering && !view && listed.data && <SaveViewForm slug={workspace} filters={current} />}
      {view && !view.usable && (
        <p role="alert" className="mt-3 rounded bg-amber-50 p-2 text-sm text-amber-900">
          This view was saved with filters the list no longer understands, so every claim is shown. Save it again with
          the filters you want.
        </p>
      )}
      {listed.problem && (
        <p role="alert" className="mt-3 rounded bg-amber-50 p-2 text-sm text-amber-900">
          These filters cannot be applied ({listed.problem}). Change them or{" "}
          <Link href={`/desk/${workspace}/claims`} className="underline">
            clear them
          </Link>
          .
        </p>
      )}
      {claimantHits.length > 0 && (
        <Section
          id="claimant-hits-heading"
          title={<>Claimants matching “{current.q}”</>}
          heading="plain"
          className="mt-4 text-sm"
        >
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" data-testid="claimant-hits">
            {claimantHits.map((c) => (
              <li key={c.id}>
                <Link href={`/desk/${workspace}/claimants/${c.id}`}>{c.name}</Link>{" "}
                <Link href={`/desk/${workspace}/claims?claimant=${c.id}`} className="text-stone-700">
                  ({c.claims} {c.claims === 1 ? "claim" : "claims"})
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <ClaimsTable
        slug={workspace}
        claims={page.items.map((c) => ({
          id: c.id,
          headline: c.headline,
          snippet: c.snippet,
          status: c.status,
          claimType: c.claimType,
          tags: c.tags,
          claimant: c.claimant?.name ?? null,
          document: c.document?.title ?? null,
          anchorStatus: c.anchorStatus,
          writerDueAt: c.writerDueAt?.toISOString() ?? null,
          reviewerDueAt: c.reviewerDueAt?.toISOString() ?? null,
        }))}
        reviewers={members
          .filter((m) => m.role !== "contributor")
          .map((m) => ({ id: m.user.id, label: m.user.name ?? m.user.email }))}
        writers={members
          .filter((m) => m.role !== "reviewer")
          .map((m) => ({ id: m.user.id, label: m.user.name ?? m.user.email }))}
      />
      {page.nextCursor && (
        <p className="mt-4">
          <Link href={`/desk/${workspace}/claims?${next}`}>Next page →</Link>
        </p>
      )}
    </>
  );
}
