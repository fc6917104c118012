import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/server";
import { requireUser } from "@/lib/auth/session";
import { CLAIM_STATUSES, CLAIM_TYPES, listClaimants, listClaims } from "@/lib/claims";
import { listDocuments } from "@/lib/documents";
import { orBadQuery } from "@/lib/http/pages";
import { listMembers } from "@/lib/workspaces";
import { ClaimsTable } from "@/components/claims/ClaimsTable";

export const metadata: Metadata = { title: "Claims" };

type Search = Record<string, string | undefined>;

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
  // lib parses the filters; a bad one (`?status=bogus`) is shown, not thrown.
  const filters = {
    q: sp.q || undefined,
    status: sp.status || undefined,
    claimType: sp.type || undefined,
    documentId: sp.document || undefined,
    claimantId: sp.claimant || undefined,
    tag: sp.tag || undefined,
    sort: sp.sort || undefined,
    cursor: sp.cursor || undefined,
    limit: 50,
  };
  const listed = await orBadQuery(listClaims(db, actor, workspace, filters));
  const page = listed.data ?? { items: [], nextCursor: null };
  const [claimants, docs, members] = await Promise.all([
    listClaimants(db, actor, workspace),
    listDocuments(db, actor, workspace, { limit: 200 }),
    listMembers(db, actor, workspace),
  ]);
  const next = new URLSearchParams(
    Object.entries({ ...sp, cursor: page.nextCursor ?? "" }).filter(([, v]) => v) as [string, string][],
  );
  const select = "rounded border border-stone-400 px-1 py-0.5";
  return (
    <>
      <h1 className="text-2xl font-semibold">Claims</h1>
      <form className="mt-4 flex flex-wrap items-end gap-2 text-sm" aria-label="Filter claims">
        <label>
          Search
          <input
            name="q"
            defaultValue={sp.q}
            className={`ml-1 ${select}`}
            placeholder='e.g. "Kerry Committee" cocaine'
          />
        </label>
        <select name="status" defaultValue={sp.status ?? ""} aria-label="Status" className={select}>
          <option value="">any status</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <select name="type" defaultValue={sp.type ?? ""} aria-label="Type" className={select}>
          <option value="">any type</option>
          {CLAIM_TYPES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <select name="document" defaultValue={sp.document ?? ""} aria-label="Document" className={`max-w-48 ${select}`}>
          <option value="">any document</option>
          {docs.items.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <select name="claimant" defaultValue={sp.claimant ?? ""} aria-label="Claimant" className={`max-w-48 ${select}`}>
          <option value="">any claimant</option>
          {claimants.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <input name="tag" defaultValue={sp.tag} placeholder="tag" aria-label="Tag" className={`w-28 ${select}`} />
        <select name="sort" defaultValue={sp.sort ?? "updated"} aria-label="Sort" className={select}>
          <option value="updated">recently updated</option>
          <option value="created">recently created</option>
          <option value="worthiness">check-worthiness</option>
        </select>
        <button className="rounded bg-stone-900 px-3 py-1 text-white">Apply</button>
        <Link href={`/desk/${workspace}/claims`}>Clear</Link>
      </form>
      {listed.problem && (
        <p role="alert" className="mt-3 rounded bg-amber-50 p-2 text-sm text-amber-900">
          These filters cannot be applied ({listed.problem}). Change them or{" "}
          <Link href={`/desk/${workspace}/claims`} className="underline">
            clear them
          </Link>
          .
        </p>
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
