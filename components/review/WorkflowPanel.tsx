"use client";
// The claim's workflow in the desk: submit, review (verdict, confidence, rationale), publish,
// correct and retract — only the buttons the current state and role allow; lib decides anyway.
import { useState } from "react";
import { publishAction, retractAction, reviewAction, submitAction } from "@/app/(desk)/desk/[workspace]/review/actions";

interface Props {
  slug: string;
  claimId: string;
  status: string;
  allowed: { submit: boolean; review: boolean; publish: boolean; retract: boolean };
  ratings: { id: string; label: string }[];
  hasApprovedCorrection: boolean;
}

export function WorkflowPanel(p: Props) {
  const [msg, setMsg] = useState<{ ok?: string; error?: string }>({});
  const done = (ok: string) => (res: { ok: boolean; error?: string }) => setMsg(res.ok ? { ok } : { error: res.error });

  async function review(form: FormData) {
    const decision = String(form.get("decision"));
    done(decision === "approve" ? "Approved." : form.get("dissent") ? "Dissent recorded." : "Changes requested.")(
      await reviewAction(p.slug, p.claimId, {
        decision,
        ratingId: String(form.get("ratingId") || "") || undefined,
        confidence: String(form.get("confidence") || "") || undefined,
        rationale: String(form.get("rationale") ?? ""),
        dissent: form.get("dissent") === "on",
      }),
    );
  }

  return (
    <section aria-label="Workflow" className="mt-6 space-y-3 rounded border border-stone-300 bg-white p-4 text-sm">
      <h2 className="text-lg font-semibold">Review and publication</h2>
      <p>Status: <strong data-testid="claim-status">{p.status.replace("_", " ")}</strong></p>
      {p.allowed.submit && (
        <button type="button" className="rounded bg-stone-900 px-3 py-1 text-white" onClick={async () => done("Submitted for review.")(await submitAction(p.slug, p.claimId))}>
          Submit for review
        </button>
      )}
      {p.allowed.review && (
        <form action={review} aria-label="Review" className="space-y-2">
          <div className="flex flex-wrap gap-3">
            <label>Decision<select name="decision" className="ml-1 rounded border border-stone-400"><option value="approve">approve</option><option value="request_changes">request changes</option></select></label>
            <label>Verdict<select name="ratingId" className="ml-1 rounded border border-stone-400"><option value="">—</option>{p.ratings.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}</select></label>
            <label>Confidence<select name="confidence" className="ml-1 rounded border border-stone-400"><option value="">—</option><option>low</option><option>medium</option><option>high</option></select></label>
            {["approved", "published"].includes(p.status) && <label><input type="checkbox" name="dissent" /> record as dissent</label>}
          </div>
          <label className="block">Rationale (Markdown)<textarea name="rationale" rows={4} className="mt-1 block w-full rounded border border-stone-400 p-1" /></label>
          <button className="rounded bg-stone-900 px-3 py-1 text-white">Record review</button>
        </form>
      )}
      {p.allowed.publish && (p.status === "approved" || p.hasApprovedCorrection) && (
        <form action={async (f) => done(p.status === "approved" ? "Published." : "Correction published.")(await publishAction(p.slug, p.claimId, String(f.get("why") ?? "") || undefined))} aria-label="Publish" className="space-y-2">
          {p.status === "published" && <label className="block">Why the verdict changed (public)<input name="why" className="mt-1 block w-full rounded border border-stone-400 p-1" /></label>}
          <button className="rounded bg-green-800 px-3 py-1 text-white">{p.status === "approved" ? "Publish" : "Publish correction"}</button>
        </form>
      )}
      {p.allowed.retract && p.status === "published" && (
        <form action={async (f) => done("Retracted.")(await retractAction(p.slug, p.claimId, String(f.get("why") ?? "")))} aria-label="Retract" className="flex gap-2">
          <input name="why" aria-label="Reason for retraction" placeholder="reason (public)" className="flex-1 rounded border border-stone-400 p-1" />
          <button className="rounded border border-red-700 px-3 py-1 text-red-800">Retract</button>
        </form>
      )}
      {msg.ok && <p role="status" className="text-green-800">{msg.ok}</p>}
      {msg.error && <p role="alert" className="rounded bg-red-50 p-2 text-red-800">{msg.error}</p>}
    </section>
  );
}
