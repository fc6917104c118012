import type { Metadata } from "next";
import { label } from "@/lib/labels";
import Link from "next/link";
import { deskPage, type DeskPageProps } from "@/lib/http/desk-page";
import { listClaimants } from "@/lib/claims";
import { orNotFound } from "@/lib/http/pages";

export const metadata: Metadata = { title: "Claimants" };

export default async function ClaimantsPage({ params, searchParams }: DeskPageProps<object, { q?: string }>) {
  const { workspace } = await params;
  const { q } = await searchParams;
  const { actor, db } = await deskPage(workspace, "/claimants");
  const rows = await orNotFound(listClaimants(db, actor, workspace, typeof q === "string" ? q : undefined));
  return (
    <>
      <h1 className="text-2xl font-semibold">Claimants</h1>
      <form className="mt-3 flex gap-2 text-sm" role="search">
        <label htmlFor="claimant-q" className="sr-only">
          Name contains
        </label>
        <input
          id="claimant-q"
          name="q"
          defaultValue={typeof q === "string" ? q : ""}
          placeholder="Name contains…"
          className="rounded border border-stone-400 p-1"
        />
        <button className="rounded border border-stone-500 px-2">Filter</button>
      </form>
      <table className="mt-4 w-full text-left text-sm" data-testid="claimant-list">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Also known as</th>
            <th scope="col">Claims</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} className="border-t border-stone-200">
              <td>
                <Link href={`/desk/${workspace}/claimants/${c.id}`}>{c.name}</Link>
              </td>
              <td>{label("ClaimantKind", c.kind)}</td>
              <td>{c.aliases.join("; ")}</td>
              <td>{c._count.claims}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
