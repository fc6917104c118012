"use client";
// The claim's workflow in the desk: the author's proposed verdict, review, publication,
// corrections and retraction. Only what the signed-in member can do now is a control; for the
// rest one line says why not (lib/review workflowOptions). Forms submit without resetting, so a
// refusal never clears what was typed, and its field errors show beside the fields.
import { useState, type FormEvent } from "react";
import { label } from "@/lib/labels";
import {
  openCorrectionAction,
  publishAction,
  retractAction,
  reviewAction,
  saveProposalAction,
  submitAction,
} from "@/actions/review";
import { RatingSelect, VerdictFields } from "./VerdictFields";
import { FieldError, Outcome, type FormState } from "@/components/ui/form-action";
import type { ActionResult, FieldErrors } from "@/lib/http/action";

interface Option {
  action: string;
  allowed: boolean;
  reason: string | null;
}
interface Props {
  slug: string;
  claimId: string;
  status: string;
  state: string;
  inCorrection: boolean;
  version: number;
  canPropose: boolean;
  proposal: { ratingId: string | null; confidence: string | null; rationale: string | null };
  approval: { verdict: string | null; confidence: string | null } | null;
  options: Option[];
  ratings: { id: string; label: string }[];
}

const field = "mt-1 block w-full rounded border border-stone-400 p-1";

// lib names the proposal's fields as stored (proposedRatingId …) and a refused rating "verdict";
// the forms name them ratingId, confidence and rationale.
const FORM_FIELD: Record<string, string> = {
  proposedRatingId: "ratingId",
  proposedConfidence: "confidence",
  proposedRationale: "rationale",
  verdict: "ratingId",
};

/** An action's field errors under the names of the panel's form fields. */
export function panelFieldErrors(errors: FieldErrors | undefined): FieldErrors | undefined {
  if (!errors) return undefined;
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(errors)) (out[FORM_FIELD[k] ?? k] ??= []).push(...v);
  return out;
}

type Form = "proposal" | "review" | "dissent" | "publish" | "correct" | "retract";
const button = "rounded bg-stone-900 px-3 py-1 text-white";

export function WorkflowPanel(p: Props) {
  const [msg, setMsg] = useState<{ ok?: string; error?: string; form?: Form; refused?: FormState<unknown> }>({});
  /** The refusal to show beside `form`'s fields, if the last action came from it. */
  const refusal = (form: Form): FormState<unknown> => (msg.form === form ? (msg.refused ?? null) : null);
  // Submitting hands the claim to reviewers and freezes its content: a second, explicit step.
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const opt = (a: string) => p.options.find((o) => o.action === a);
  const data = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    return (k: string) => String(form.get(k) ?? "").trim();
  };
  const done = (form: Form, ok: string) => (res: ActionResult<unknown>) =>
    setMsg(
      res.ok ? { ok } : { error: res.error, form, refused: { ...res, fieldErrors: panelFieldErrors(res.fieldErrors) } },
    );
  const ids = { slug: p.slug, claimId: p.claimId };
  /** A form's submit: read its fields, call the action, show the outcome (field errors beside `form`'s fields). */
  const submitTo =
    (form: Form, ok: string, call: (get: (k: string) => string) => Promise<ActionResult<unknown>>) =>
    async (e: FormEvent<HTMLFormElement>) =>
      done(form, ok)(await call(data(e)));
  const proposalOf = (get: (k: string) => string) => ({
    ratingId: get("ratingId") || undefined,
    confidence: get("confidence") || undefined,
    rationale: get("rationale"),
  });
  const submitter = (e: FormEvent<HTMLFormElement>) =>
    ((e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value;

  const stateLabel = p.inCorrection
    ? `${label("ClaimStatus", "published")} · correction ${label("ClaimStatus", p.state).toLowerCase()}`
    : label("ClaimStatus", p.status);
  const reasons = [...new Set(p.options.filter((o) => !o.allowed).map((o) => o.reason!))];
  const review = opt("approve") ?? opt("request_changes");
  return (
    <section aria-label="Workflow" className="mt-6 space-y-4 rounded border border-stone-300 bg-white p-4 text-sm">
      <h2 className="text-lg font-semibold">Review and publication</h2>
      <p>
        Status: <strong data-testid="claim-status">{stateLabel}</strong>
        {p.approval && (
          <>
            {" "}
            · approved as {p.approval.verdict} (
            {label("Confidence", p.approval.confidence).toLowerCase() || "no stated"} confidence)
          </>
        )}
      </p>

      {p.canPropose && (
        <form
          aria-label="Proposed verdict"
          className="space-y-2"
          onSubmit={async (e) => {
            const which = submitter(e);
            const get = data(e);
            setConfirmSubmit(false);
            const proposal = proposalOf(get);
            if (which === "submit")
              done(
                "proposal",
                p.inCorrection ? "Correction submitted for review." : "Submitted for review.",
              )(await submitAction({ ...ids, input: proposal }));
            else
              done(
                "proposal",
                "Proposal saved.",
              )(
                await saveProposalAction({
                  ...ids,
                  input: {
                    version: p.version,
                    proposedRatingId: proposal.ratingId ?? null,
                    proposedConfidence: proposal.confidence ?? null,
                    proposedRationale: proposal.rationale || null,
                  },
                }),
              );
          }}
        >
          <h3 className="font-medium">{p.inCorrection ? "Corrected verdict" : "Proposed verdict"}</h3>
          <VerdictFields ratings={p.ratings} proposal={p.proposal} refused={refusal("proposal")} />
          <label className="block">
            Rationale (Markdown)
            <textarea name="rationale" rows={4} defaultValue={p.proposal.rationale ?? ""} className={field} />
            <FieldError state={refusal("proposal")} name="rationale" />
          </label>
          <div className="flex gap-2">
            <button name="do" value="save" className="rounded border border-stone-500 px-3 py-1">
              Save proposal
            </button>
            {opt("submit")?.allowed && !confirmSubmit && (
              <button type="button" className={button} onClick={() => setConfirmSubmit(true)}>
                Submit for review
              </button>
            )}
          </div>
          {confirmSubmit && (
            <div role="group" aria-label="Confirm submission" className="rounded bg-amber-50 p-2">
              <p>
                Submit this claim for review? Reviewers are told, and its text and evidence cannot change while it is in
                review.
              </p>
              <div className="mt-2 flex gap-2">
                {/* Focused when shown, so Enter or Space confirms from the keyboard. */}
                <button name="do" value="submit" className={button} autoFocus>
                  Yes, submit for review
                </button>
                <button
                  type="button"
                  className="rounded border border-stone-500 px-3 py-1"
                  onClick={() => setConfirmSubmit(false)}
                >
                  Cancel
                </button>
              </div>
            </div>
          )}
        </form>
      )}

      {review?.allowed || opt("request_changes")?.allowed ? (
        <form
          aria-label="Review"
          className="space-y-2"
          onSubmit={async (e) => {
            const get = data(e);
            const decision = get("decision");
            done(
              "review",
              decision === "approve" ? "Approved." : "Changes requested.",
            )(
              await reviewAction({
                ...ids,
                input: {
                  decision,
                  version: p.version,
                  ratingId: get("ratingId") || undefined,
                  confidence: get("confidence") || undefined,
                  rationale: get("rationale"),
                },
              }),
            );
          }}
        >
          <h3 className="font-medium">Review</h3>
          <VerdictFields ratings={p.ratings} proposal={p.proposal} refused={refusal("review")}>
            <label>
              Decision
              <select name="decision" className="ml-1 rounded border border-stone-400">
                {opt("approve")?.allowed && <option value="approve">{label("ReviewDecision", "approve")}</option>}
                <option value="request_changes">{label("ReviewDecision", "request_changes")}</option>
              </select>
            </label>
          </VerdictFields>
          <label className="block">
            Your rationale (Markdown; required to request changes or to approve something other than the proposal)
            <textarea name="rationale" rows={3} className={field} />
            <FieldError state={refusal("review")} name="rationale" />
          </label>
          <button className={button}>Record review</button>
        </form>
      ) : null}

      {opt("dissent")?.allowed && (
        <form
          aria-label="Dissent"
          className="space-y-2"
          onSubmit={submitTo("dissent", "Dissent recorded.", (get) =>
            reviewAction({
              ...ids,
              input: {
                decision: "request_changes",
                dissent: true,
                rationale: get("rationale"),
                ratingId: get("ratingId") || undefined,
              },
            }),
          )}
        >
          <h3 className="font-medium">Record a dissent</h3>
          <label className="block">
            Verdict you would give
            <RatingSelect ratings={p.ratings} />
            <FieldError state={refusal("dissent")} name="ratingId" />
          </label>
          <label className="block">
            Why (Markdown)
            <textarea name="rationale" rows={2} className={field} />
            <FieldError state={refusal("dissent")} name="rationale" />
          </label>
          <button className="rounded border border-stone-500 px-3 py-1">Record dissent</button>
        </form>
      )}

      {opt("publish")?.allowed && (
        <form
          aria-label="Publish"
          className="space-y-2"
          onSubmit={submitTo("publish", p.inCorrection ? "Correction published." : "Published.", (get) =>
            publishAction({ ...ids, input: { why: get("why") || undefined } }),
          )}
        >
          {p.inCorrection && (
            <label className="block">
              Why the correction was made (public)
              <input name="why" className={field} />
              <FieldError state={refusal("publish")} name="why" />
            </label>
          )}
          <button className="rounded bg-green-800 px-3 py-1 text-white">
            {p.inCorrection ? "Publish correction" : "Publish"}
          </button>
        </form>
      )}

      {opt("correct")?.allowed && (
        <button
          type="button"
          className="rounded border border-stone-500 px-3 py-1"
          onClick={async () =>
            done(
              "correct",
              "Correction opened: change the verdict or evidence, then submit it for review.",
            )(await openCorrectionAction(ids))
          }
        >
          Open a correction
        </button>
      )}

      {opt("retract")?.allowed && (
        <form
          aria-label="Retract"
          className="flex gap-2"
          onSubmit={submitTo("retract", "Retracted.", (get) => retractAction({ ...ids, input: { why: get("why") } }))}
        >
          <input
            name="why"
            aria-label="Reason for retraction"
            placeholder="reason (public)"
            className="flex-1 rounded border border-stone-400 p-1"
          />
          <button className="rounded border border-red-700 px-3 py-1 text-red-800">Retract</button>
          <FieldError state={refusal("retract")} name="why" />
        </form>
      )}

      {reasons.length > 0 && (
        <ul
          className="space-y-1 text-stone-700"
          aria-label="Why some actions are not available"
          data-testid="workflow-reasons"
        >
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <Outcome msg={msg} errorClassName="rounded bg-red-50 p-2 text-red-800" />
    </section>
  );
}
