// The claim workflow as one table: draft → in_review ⇄ changes_requested → approved → published,
// and retracted. A correction of a published claim runs the same cycle (draft → … → approved →
// published) in `correctionStatus` while the claim stays published; the state the table reads is
// lib/review/content.ts's workflowState. Every other (state, action) pair is refused. Pure.
import type { Action as Permission } from "@/lib/auth/permissions";
import { ClaimStatus } from "@/lib/db/generated/enums";

/** The claim states, as the database defines them (prisma/schema.prisma): listed nowhere else. */
export const STATES: readonly ClaimStatus[] = Object.values(ClaimStatus);
export type ClaimState = ClaimStatus;
export const WORKFLOW_ACTIONS = [
  "submit",
  "request_changes",
  "approve",
  "publish",
  "retract",
  "dissent",
  "correct",
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

interface Transition {
  from: readonly ClaimState[];
  to: (from: ClaimState) => ClaimState;
  permission: Permission;
}

export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  submit: { from: ["draft", "changes_requested"], to: () => "in_review", permission: "claim.submit" },
  request_changes: { from: ["in_review"], to: () => "changes_requested", permission: "claim.review" },
  approve: { from: ["in_review"], to: () => "approved", permission: "claim.approve" },
  publish: { from: ["approved"], to: () => "published", permission: "claim.publish" },
  retract: { from: ["published"], to: () => "retracted", permission: "claim.retract" },
  dissent: { from: ["approved", "published"], to: (s) => s, permission: "claim.review" },
  // Opens a correction draft; the claim itself stays published.
  correct: { from: ["published"], to: () => "draft", permission: "claim.correct" },
};

export type TransitionCheck = { ok: true; to: ClaimState; permission: Permission } | { ok: false; reason: string };

export function checkTransition(state: ClaimState, action: WorkflowAction): TransitionCheck {
  const t = TRANSITIONS[action];
  if (!t.from.includes(state)) {
    const allowed = t.from.map((s) => s.replace("_", " ")).join(" or ");
    return {
      ok: false,
      reason: `cannot ${action.replace("_", " ")} a claim that is ${state.replace("_", " ")} (only when ${allowed})`,
    };
  }
  return { ok: true, to: t.to(state), permission: t.permission };
}
