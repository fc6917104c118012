import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/server";
import { workspaceAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { CLAIM_STATUSES, CLAIM_TYPES, listClaimants, listClaims, searchClaimants } from "@/lib/claims";
import { DUE_FILTERS } from "@/lib/claims/schemas";
import { listDocuments } from "@/lib/documents";
import { orBadQuery, orNotFound } from "@/lib/http/pages";
import { activeRatings } from "@/lib/review";
import { getView, listViews } from "@/lib/views";
import { listMembers } from "@/lib/workspaces";
import { ClaimsTable } from "@/components/claims/ClaimsTable";
import { SavedViewList } from "@/components/views/SavedViewList";
import { SaveViewForm } from "@/components/views/SaveViewForm";

export const metadata: Metadata = { title: "Claims" };

type Search = Record<string, string | undefined>;

const DUE_LABELS: Record<(typeof DUE_FILTERS)[number], string> = {
  overdue: "overdue",
  week: "due this week",
  none: "no due date",
};

export default async function ClaimsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Search>;
}) {
  const { workspace } = await params;
  const sp = await searchParams;
  const actor = await requireUser(`/desk/${workspace}/claims`);
  const db = await getDb();
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
  const select = "rounded border border-stone-400 px-1 py-0.5";
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
      <form className="mt-4 flex flex-wrap items-end gap-2 text-sm" aria-label="Filter claims">
        <label>
          Search
          <input
            name="q"
            defaultValue={shown.q}
            className={`ml-1 ${select}`}
            placeholder='e.g. "Kerry Committee" cocaine'
          />
        </label>
        <select name="status" defaultValue={shown.status ?? ""} aria-label="Status" className={select}>
          <option value="">any status</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <select name="type" defaultValue={shown.type ?? ""} aria-label="Type" className={select}>
          <option value="">any type</option>
          {CLAIM_TYPES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <select
          name="document"
          defaultValue={shown.document ?? ""}
          aria-label="Document"
          className={`max-w-48 ${select}`}
        >
          <option value="">any document</option>
          {docs.items.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <select
          name="claimant"
          defaultValue={shown.claimant ?? ""}
          aria-label="Claimant"
          className={`max-w-48 ${select}`}
        >
          <option value="">any claimant</option>
          {claimants.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <select name="verdict" defaultValue={shown.verdict ?? ""} aria-label="Verdict" className={select}>
          <option value="">any verdict</option>
          {ratings.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
        <select
          name="assignee"
          defaultValue={shown.assignee ?? ""}
          aria-label="Assignee"
          className={`max-w-48 ${select}`}
        >
          <option value="">anyone assigned</option>
          {members.map((m) => (
            <option key={m.user.id} value={m.user.id}>
              {m.user.name ?? m.user.email}
            </option>
          ))}
        </select>
        <select name="due" defaultValue={shown.due ?? ""} aria-label="Due" className={select}>
          <option value="">any due date</option>
          {DUE_FILTERS.map((d) => (
            <option key={d} value={d}>
              {DUE_LABELS[d]}
            </option>
          ))}
        </select>
        <input name="tag" defaultValue={shown.tag} placeholder="tag" aria-label="Tag" className={`w-28 ${select}`} />
        <select name="sort" defaultValue={sp.sort ?? "updated"} aria-label="Sort" className={select}>
          <option value="updated">recently updated</option>
          <option value="created">recently created</option>
          <option value="worthiness">check-worthiness</option>
        </select>
        <button className="rounded bg-stone-900 px-3 py-1 text-white">Apply</button>
        <Link href={`/desk/${workspace}/claims`}>Clear</Link>
      </form>
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
        <section aria-labelledby="claimant-hits-heading" className="mt-4 text-sm">
          <h2 id="claimant-hits-heading" className="font-semibold">
            Claimants matching “{current.q}”
          </h2>
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
        </section>
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
