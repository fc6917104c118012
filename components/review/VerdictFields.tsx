// The verdict and confidence a proposal, a review or a dissent names (WorkflowPanel's forms).
import type { ReactNode } from "react";
import { FieldError, type FormState } from "@/components/ui/form-action";
import { LabelSelect, Options } from "@/components/ui/options";

const select = "ml-1 rounded border border-stone-400";

export function RatingSelect(p: { ratings: { id: string; label: string }[]; defaultValue?: string }) {
  return (
    <select name="ratingId" defaultValue={p.defaultValue} className={select}>
      <option value="">—</option>
      <Options items={p.ratings.map((r) => ({ value: r.id, label: r.label }))} />
    </select>
  );
}

/** Verdict and confidence side by side, preset to the proposal; `children` come first in the row. */
export function VerdictFields(p: {
  ratings: { id: string; label: string }[];
  proposal: { ratingId: string | null; confidence: string | null };
  children?: ReactNode;
  /** The form's last refusal, whose field errors show beside the verdict and confidence. */
  refused?: FormState<unknown>;
}) {
  return (
    <div className="flex flex-wrap gap-3">
      {p.children}
      <label>
        Verdict
        <RatingSelect ratings={p.ratings} defaultValue={p.proposal.ratingId ?? ""} />
        <FieldError state={p.refused ?? null} name="ratingId" />
      </label>
      <label>
        Confidence
        <LabelSelect kind="Confidence" name="confidence" defaultValue={p.proposal.confidence ?? ""} className={select}>
          <option value="">—</option>
        </LabelSelect>
        <FieldError state={p.refused ?? null} name="confidence" />
      </label>
    </div>
  );
}
