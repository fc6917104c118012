import type { Metadata } from "next";
import { getDb } from "@/lib/db/server";
import { requireUser } from "@/lib/auth/session";
import { listClaims } from "@/lib/claims";
import { orNotFound } from "@/lib/http/pages";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const actor = await requireUser(`/desk/${workspace}/claims`);
  const claims = await orNotFound(listClaims(await getDb(), actor, workspace));
  return (
    <>
      <h1 className="text-2xl font-semibold">Claims</h1>
      {claims.length === 0 ? (
        <p className="mt-4">No claims yet. Open a document to start breaking it into claims.</p>
      ) : (
        <ul className="mt-4 divide-y divide-stone-200">
          {claims.map((c) => (
            <li key={c.id} className="py-2">
              <span className="font-medium">{c.headline}</span>{" "}
              <span className="text-sm text-stone-600">
                {c.claimant?.name ?? "no claimant"} · {c.status}
                {c.rating ? ` · ${c.rating.label}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
