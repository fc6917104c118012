"use client";
import Link from "next/link";
import { useState } from "react";
import { bulkAssignAction, bulkTagAction } from "@/actions/claims";
import { Highlighted } from "@/components/ui/Highlighted";
import { Outcome } from "@/components/ui/form-action";

interface Row {
  id: string;
  headline: string;
  snippet: string | null;
  status: string;
  claimType: string;
  tags: string[];
  claimant: string | null;
  document: string | null;
  anchorStatus: string;
}

export function ClaimsTable({
  slug,
  claims,
  reviewers,
}: {
  slug: string;
  claims: Row[];
  reviewers: { id: string; label: string }[];
}) {
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [msg, setMsg] = useState<{ ok?: string; error?: string }>({});
  const toggle = (id: string) =>
    setPicked((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const claimIds = [...picked];

  async function tag(form: FormData) {
    const split = (k: string) =>
      String(form.get(k) ?? "")
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean);
    const res = await bulkTagAction({ slug, input: { claimIds, add: split("add"), remove: split("remove") } });
    setMsg(res.ok ? { ok: `Tagged ${res.data.updated} claims.` } : { error: res.error });
  }
  async function assign(form: FormData) {
    const res = await bulkAssignAction({
      slug,
      input: { claimIds, reviewerId: String(form.get("reviewer") || "") || null },
    });
    setMsg(res.ok ? { ok: `Assigned ${res.data.updated} claims.` } : { error: res.error });
  }

  if (!claims.length) return <p className="mt-6">No claims match. Open a document to start breaking it into claims.</p>;
  return (
    <>
      <div className="mt-4 flex flex-wrap gap-4 text-sm">
        <form action={tag} aria-label="Bulk tag" className="flex gap-1">
          <input
            name="add"
            placeholder="add tags"
            aria-label="Tags to add"
            className="w-32 rounded border border-stone-400 px-1"
          />
          <input
            name="remove"
            placeholder="remove tags"
            aria-label="Tags to remove"
            className="w-32 rounded border border-stone-400 px-1"
          />
          <button disabled={!picked.size} className="rounded border border-stone-500 px-2 disabled:opacity-50">
            Tag {picked.size || ""}
          </button>
        </form>
        <form action={assign} aria-label="Bulk assign" className="flex gap-1">
          <select name="reviewer" aria-label="Reviewer" className="rounded border border-stone-400">
            <option value="">unassigned</option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
          <button disabled={!picked.size} className="rounded border border-stone-500 px-2 disabled:opacity-50">
            Assign {picked.size || ""}
          </button>
        </form>
        <Outcome msg={msg} as="span" />
      </div>
      <table className="mt-3 w-full text-left text-sm">
        <thead>
          <tr className="border-b border-stone-300">
            <th className="w-8 py-2">
              <input
                type="checkbox"
                aria-label="Select all"
                checked={picked.size === claims.length}
                onChange={(e) => setPicked(new Set(e.target.checked ? claims.map((c) => c.id) : []))}
              />
            </th>
            <th>Claim</th>
            <th>Claimant</th>
            <th>Status</th>
            <th>Tags</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.id} className="border-b border-stone-200 align-top">
              <td className="py-2">
                <input
                  type="checkbox"
                  aria-label={`Select ${c.headline}`}
                  checked={picked.has(c.id)}
                  onChange={() => toggle(c.id)}
                />
              </td>
              <td className="py-2">
                <Link href={`/desk/${slug}/claims/${c.id}`}>{c.headline}</Link>
                {c.snippet && (
                  <p className="text-xs text-stone-700">
                    <Highlighted snippet={c.snippet} />
                  </p>
                )}
                <span className="block text-xs text-stone-600">
                  {c.claimType}
                  {c.document ? ` · ${c.document}` : ""}
                  {c.anchorStatus === "orphaned" ? " · orphaned anchor" : ""}
                </span>
              </td>
              <td>{c.claimant ?? "—"}</td>
              <td>{c.status}</td>
              <td>{c.tags.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
