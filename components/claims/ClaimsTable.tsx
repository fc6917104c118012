"use client";
import Link from "next/link";
import { label, plural } from "@/lib/labels";
import { useState } from "react";
import { bulkAssignAction, bulkSubmitAction, bulkTagAction } from "@/actions/claims";
import { Highlighted } from "@/components/ui/Highlighted";
import { Outcome } from "@/components/ui/form-action";
import { Options } from "@/components/ui/options";

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
  /** ISO dates of the assignment's due dates, for the Due column. */
  writerDueAt?: string | null;
  reviewerDueAt?: string | null;
}

/** A select's value: "" leaves the field as it is, "none" clears it. */
const pick = (form: FormData, k: string) => {
  const v = String(form.get(k) ?? "");
  return v === "" ? undefined : v === "none" ? null : v;
};

export function ClaimsTable({
  slug,
  claims,
  reviewers,
  writers = [],
}: {
  slug: string;
  claims: Row[];
  reviewers: { id: string; label: string }[];
  writers?: { id: string; label: string }[];
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
    setMsg(res.ok ? { ok: `Tagged ${plural(res.data.updated, "claim")}.` } : { error: res.error });
  }
  async function assign(form: FormData) {
    const res = await bulkAssignAction({
      slug,
      input: {
        claimIds,
        writerId: pick(form, "writer"),
        reviewerId: pick(form, "reviewer"),
        writerDueAt: String(form.get("writerDue") || "") || undefined,
        reviewerDueAt: String(form.get("reviewerDue") || "") || undefined,
      },
    });
    setMsg(res.ok ? { ok: `Assigned ${plural(res.data.updated, "claim")}.` } : { error: res.error });
  }
  async function submit() {
    const res = await bulkSubmitAction({ slug, input: { claimIds } });
    setMsg(
      res.ok
        ? {
            ok: `Submitted ${res.data.submitted} for review.${res.data.refused.length ? ` Not submitted: ${res.data.refused.map((r) => r.reason).join("; ")}` : ""}`,
          }
        : { error: res.error },
    );
  }
  const today = new Date().toISOString().slice(0, 10);

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
        <form action={assign} aria-label="Bulk assign" className="flex flex-wrap gap-1">
          {writers.length > 0 && (
            <select name="writer" aria-label="Writer" className="rounded border border-stone-400">
              <option value="">Keep the writer</option>
              <option value="none">no writer</option>
              <Options items={writers.map((r) => ({ value: r.id, label: r.label }))} />
            </select>
          )}
          <input type="date" name="writerDue" aria-label="Writer due" className="rounded border border-stone-400" />
          <select name="reviewer" aria-label="Reviewer" className="rounded border border-stone-400">
            <option value="">Keep the reviewer</option>
            <option value="none">unassigned</option>
            <Options items={reviewers.map((r) => ({ value: r.id, label: r.label }))} />
          </select>
          <input type="date" name="reviewerDue" aria-label="Reviewer due" className="rounded border border-stone-400" />
          <button disabled={!picked.size} className="rounded border border-stone-500 px-2 disabled:opacity-50">
            Assign {picked.size || ""}
          </button>
        </form>
        <button
          type="button"
          onClick={submit}
          disabled={!picked.size}
          className="rounded border border-stone-500 px-2 disabled:opacity-50"
        >
          Submit {picked.size || ""} for review
        </button>
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
            <th>Due</th>
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
                  {label("ClaimType", c.claimType)}
                  {c.document ? ` · ${c.document}` : ""}
                  {c.anchorStatus === "orphaned" ? " · orphaned anchor" : ""}
                </span>
              </td>
              <td>{c.claimant ?? "—"}</td>
              <td>{label("ClaimStatus", c.status)}</td>
              <td>{c.tags.join(", ")}</td>
              <td className="whitespace-nowrap">
                {[c.writerDueAt, c.reviewerDueAt].filter(Boolean).map((d) => (
                  <span key={d} className={`block ${d!.slice(0, 10) < today ? "font-semibold text-red-800" : ""}`}>
                    {d!.slice(0, 10)}
                    {d!.slice(0, 10) < today ? " overdue" : ""}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
