import { describe, expect, it } from "vitest";
import { can, refusalReason, ROLES, type Role } from "@/lib/auth/permissions";
import { checkTransition, STATES, WORKFLOW_ACTIONS, type ClaimState, type WorkflowAction } from "@/lib/review/workflow";

// Hand-written expectations: which (state, action) pairs move the claim, and where to.
const MOVES: Partial<Record<`${ClaimState}:${WorkflowAction}`, ClaimState>> = {
  "draft:submit": "in_review",
  "changes_requested:submit": "in_review",
  "in_review:request_changes": "changes_requested",
  "in_review:approve": "approved",
  "approved:publish": "published",
  "published:retract": "retracted",
  "approved:dissent": "approved",
  "published:dissent": "published",
  "published:correct": "draft", // a correction draft opens; the claim stays published
};
// Who may take each action (author = the claim's author, for the two-person rule).
const ROLE_MAY: Record<WorkflowAction, Role[]> = {
  submit: ["owner", "editor", "contributor"],
  request_changes: ["owner", "editor", "reviewer"],
  approve: ["owner", "editor", "reviewer"],
  publish: ["owner", "editor"],
  retract: ["owner", "editor"],
  dissent: ["owner", "editor", "reviewer"],
  correct: ["owner", "editor", "contributor"],
};

function decide(state: ClaimState, action: WorkflowAction, role: Role, isAuthor: boolean) {
  const t = checkTransition(state, action);
  if (!t.ok) return { ok: false as const, reason: t.reason };
  const me = "me";
  const allowed = can({ kind: "member", role, userId: me }, t.permission, {
    createdById: isAuthor ? me : "someone-else",
    authorIds: action === "approve" ? [isAuthor ? me : "someone-else"] : undefined,
  });
  return allowed ? { ok: true as const, to: t.to } : { ok: false as const, reason: "role" };
}

describe("workflow: every (state, action, role) triple", () => {
  for (const state of STATES) {
    for (const action of WORKFLOW_ACTIONS) {
      for (const role of ROLES) {
        for (const isAuthor of [false, true]) {
          const expectedTo = MOVES[`${state}:${action}`];
          // Two-person rule: no approving your own claim; contributors submit only their own.
          const roleOk =
            ROLE_MAY[action].includes(role) &&
            !(action === "approve" && isAuthor) &&
            !((action === "submit" || action === "correct") && role === "contributor" && !isAuthor);
          it(`${state} × ${action} × ${role}${isAuthor ? " (author)" : ""} → ${expectedTo && roleOk ? expectedTo : "refused"}`, () => {
            const r = decide(state, action, role, isAuthor);
            if (expectedTo && roleOk) expect(r).toEqual({ ok: true, to: expectedTo });
            else {
              expect(r.ok).toBe(false);
              if (!expectedTo)
                expect((r as { reason: string }).reason).toMatch(
                  new RegExp(`^cannot ${action.replace("_", " ")} a claim that is`),
                );
            }
          });
        }
      }
    }
  }
});

describe("workflow refusals read clearly", () => {
  it("names the states where the action is possible", () => {
    expect(checkTransition("draft", "publish")).toEqual({
      ok: false,
      reason: "cannot publish a claim that is draft (only when approved)",
    });
    expect(checkTransition("retracted", "submit")).toEqual({
      ok: false,
      reason: "cannot submit a claim that is retracted (only when draft or changes requested)",
    });
  });
});

describe("publishing rights", () => {
  const reviewer = { kind: "member" as const, role: "reviewer" as const, userId: "r1" };
  it("reviewers publish only what they approved, and only where the workspace allows it", () => {
    expect(can(reviewer, "claim.publish", { approverId: "r1", reviewersMayPublish: false })).toBe(false);
    expect(can(reviewer, "claim.publish", { approverId: "r1", reviewersMayPublish: true })).toBe(true);
    expect(can(reviewer, "claim.publish", { approverId: "r2", reviewersMayPublish: true })).toBe(false);
    expect(
      can({ kind: "member", role: "editor", userId: "e" }, "claim.publish", {
        approverId: "r1",
        reviewersMayPublish: false,
      }),
    ).toBe(true);
  });
  it("refusals say why in words", () => {
    expect(refusalReason(reviewer, "claim.publish", { approverId: "r1" })).toBe("Editors publish in this workspace.");
    expect(refusalReason(reviewer, "claim.approve", { authorIds: ["r1"] })).toBe(
      "You wrote or changed this content, so another reviewer must approve it.",
    );
    expect(refusalReason({ kind: "member", role: "contributor", userId: "c" }, "claim.approve")).toBe(
      "Editors and reviewers approve claims in this workspace; you are a contributor.",
    );
    expect(
      refusalReason({ kind: "member", role: "editor", userId: "e" }, "claim.approve", { authorIds: ["x"] }),
    ).toBeNull();
  });
});
