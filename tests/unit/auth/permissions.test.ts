import { describe, expect, it } from "vitest";
import { ACTIONS, can, refusalReason, ROLES, type Action, type Role, type Subject } from "@/lib/auth/permissions";

// The expected matrix, written out by hand: a change to ROLE_MATRIX must change this table too.
const Y = true,
  N = false;
const EXPECTED: Record<Action, Record<Role, boolean>> = {
  "workspace.read": { owner: Y, editor: Y, reviewer: Y, contributor: Y },
  "workspace.manage": { owner: Y, editor: N, reviewer: N, contributor: N },
  "member.manage": { owner: Y, editor: N, reviewer: N, contributor: N },
  "token.manage": { owner: Y, editor: N, reviewer: N, contributor: N },
  "audit.read": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "document.import": { owner: Y, editor: Y, reviewer: N, contributor: Y },
  "document.delete": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "claim.delete": { owner: Y, editor: Y, reviewer: N, contributor: Y }, // contributors: their own
  "source.delete": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "claimant.delete": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "trash.purge": { owner: Y, editor: N, reviewer: N, contributor: N },
  "document.update": { owner: Y, editor: Y, reviewer: N, contributor: Y },
  "claim.create": { owner: Y, editor: Y, reviewer: N, contributor: Y },
  "claim.update": { owner: Y, editor: Y, reviewer: N, contributor: Y },
  "claim.submit": { owner: Y, editor: Y, reviewer: N, contributor: Y },
  "claim.assign": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "claim.review": { owner: Y, editor: Y, reviewer: Y, contributor: N },
  "claim.approve": { owner: Y, editor: Y, reviewer: Y, contributor: N },
  "claim.publish": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "claim.retract": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "claim.correct": { owner: Y, editor: Y, reviewer: N, contributor: Y },
  "claim.merge": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "claimant.write": { owner: Y, editor: Y, reviewer: N, contributor: Y },
  "claimant.merge": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "source.merge": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "source.write": { owner: Y, editor: Y, reviewer: N, contributor: Y },
  "source.rate": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "evidence.write": { owner: Y, editor: Y, reviewer: N, contributor: Y },
  "comment.create": { owner: Y, editor: Y, reviewer: Y, contributor: Y },
  "comment.delete": { owner: Y, editor: Y, reviewer: Y, contributor: Y }, // reviewers, contributors: their own
  "comment.update": { owner: Y, editor: Y, reviewer: Y, contributor: Y }, // its author only
  "export.full": { owner: Y, editor: Y, reviewer: Y, contributor: Y },
  "view.write": { owner: Y, editor: Y, reviewer: Y, contributor: Y },
  "view.update": { owner: Y, editor: Y, reviewer: Y, contributor: Y }, // who saved it only
  "view.moderate": { owner: Y, editor: Y, reviewer: N, contributor: N },
  "dashboard.read": { owner: Y, editor: Y, reviewer: N, contributor: N },
};

const member = (role: Role, userId = "u1"): Subject => ({ kind: "member", role, userId });

describe("can(): role × action", () => {
  it("covers every action", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });
  for (const action of ACTIONS) {
    for (const role of ROLES) {
      it(`${role} ${EXPECTED[action][role] ? "may" : "may not"} ${action}`, () => {
        expect(can(member(role), action)).toBe(EXPECTED[action][role]);
      });
    }
  }
});

describe("can(): resource rules", () => {
  it("refuses approval by the claim's author or an editor of its statement (two-person rule)", () => {
    expect(can(member("reviewer", "alice"), "claim.approve", { authorIds: ["alice"] })).toBe(false);
    expect(can(member("owner", "alice"), "claim.approve", { authorIds: ["bob", "alice"] })).toBe(false);
    expect(can(member("reviewer", "carol"), "claim.approve", { authorIds: ["alice", "bob"] })).toBe(true);
  });
  it("lets contributors update only their own claims, editors any", () => {
    expect(can(member("contributor", "alice"), "claim.update", { createdById: "alice" })).toBe(true);
    expect(can(member("contributor", "alice"), "claim.update", { createdById: "bob" })).toBe(false);
    expect(can(member("editor", "alice"), "claim.update", { createdById: "bob" })).toBe(true);
  });
  it("lets reviewers and contributors delete only their own comments, editors and owners any", () => {
    expect(can(member("reviewer", "alice"), "comment.delete", { createdById: "alice" })).toBe(true);
    expect(can(member("contributor", "alice"), "comment.delete", { createdById: "bob" })).toBe(false);
    expect(can(member("editor", "alice"), "comment.delete", { createdById: "bob" })).toBe(true);
  });
  it("lets only the author edit a comment or change a saved view, whatever their role; tokens only their person's", () => {
    for (const action of ["comment.update", "view.update"] as const) {
      expect(can(member("contributor", "alice"), action, { createdById: "alice" })).toBe(true);
      expect(can(member("owner", "alice"), action, { createdById: "bob" })).toBe(false);
      expect(can({ kind: "token", scope: "write", userId: "alice" }, action, { createdById: "alice" })).toBe(true);
      expect(can({ kind: "token", scope: "write", userId: "alice" }, action, { createdById: "bob" })).toBe(false);
      expect(can({ kind: "token", scope: "write", userId: null }, action, { createdById: "bob" })).toBe(false);
      expect(can({ kind: "system" }, action, { createdById: "bob" })).toBe(true);
    }
    expect(refusalReason(member("owner", "alice"), "comment.update", { createdById: "bob" })).toBe(
      "only its author may edit a comment",
    );
    expect(refusalReason(member("editor", "alice"), "view.update", { createdById: "bob" })).toBe(
      "Only the member who saved this view may change it.",
    );
  });
});

describe("can(): other subjects", () => {
  it("anonymous may do nothing in the desk", () => {
    for (const a of ACTIONS) expect(can({ kind: "anonymous" }, a)).toBe(false);
  });
  it("the CLI (system) may do everything", () => {
    for (const a of ACTIONS) expect(can({ kind: "system" }, a)).toBe(true);
  });
  it("read tokens only read; write tokens act as editors but never manage or review", () => {
    const read: Subject = { kind: "token", scope: "read", userId: null };
    const write: Subject = { kind: "token", scope: "write", userId: null };
    expect(ACTIONS.filter((a) => can(read, a))).toEqual(["workspace.read", "export.full"]);
    expect(can(write, "claim.create")).toBe(true);
    expect(can(write, "claim.publish")).toBe(true);
    for (const a of ["workspace.manage", "member.manage", "token.manage", "claim.approve", "claim.review"] as const) {
      expect(can(write, a)).toBe(false);
    }
  });
});
