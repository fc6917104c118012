// Who may do what, in one table. Every server action, API handler and CLI command asks can().
export const ROLES = ["owner", "editor", "reviewer", "contributor"] as const;
export type Role = (typeof ROLES)[number];

/** A resolved subject: a member's role, an API token's scope, anonymous, or the CLI (system). */
export type Subject =
  | { kind: "member"; role: Role; userId: string }
  | { kind: "token"; scope: "read" | "write"; userId: string | null }
  | { kind: "anonymous" }
  | { kind: "system" };

export const ACTIONS = [
  "workspace.read", // the desk: drafts, reviews, comments
  "workspace.manage", // settings, rating scales
  "member.manage",
  "token.manage",
  "audit.read",
  "document.import",
  "document.delete",
  "claim.create",
  "claim.update",
  "claim.submit",
  "claim.assign", // assign claims to reviewers
  "claim.review",
  "claim.approve",
  "claim.publish",
  "claim.retract",
  "source.write",
  "source.rate",
  "evidence.write",
  "comment.create",
  "comment.delete", // their own; editors and owners any
  "export.full",
] as const;
export type Action = (typeof ACTIONS)[number];

const ALL: readonly Role[] = ROLES;
const WRITERS: readonly Role[] = ["owner", "editor", "contributor"];
const REVIEWERS: readonly Role[] = ["owner", "editor", "reviewer"];
const EDITORS: readonly Role[] = ["owner", "editor"];

export const ROLE_MATRIX: Record<Action, readonly Role[]> = {
  "workspace.read": ALL,
  "workspace.manage": ["owner"],
  "member.manage": ["owner"],
  "token.manage": ["owner"],
  "audit.read": EDITORS,
  "document.import": WRITERS,
  "document.delete": EDITORS,
  "claim.create": WRITERS,
  "claim.update": WRITERS, // contributors: only their own claims (see OWN_ONLY)
  "claim.submit": WRITERS,
  "claim.assign": EDITORS,
  "claim.review": REVIEWERS,
  "claim.approve": REVIEWERS, // never the claim's author or an editor of its statement
  "claim.publish": EDITORS,
  "claim.retract": EDITORS,
  "source.write": WRITERS,
  "source.rate": EDITORS,
  "evidence.write": WRITERS,
  "comment.create": ALL,
  "comment.delete": ALL, // reviewers and contributors: only their own (see OWN_ONLY)
  "export.full": ALL,
};

/** Read-only tokens may read; write tokens act as an editor, but never manage the workspace. */
const TOKEN_READ: readonly Action[] = ["workspace.read", "export.full"];
const TOKEN_NEVER: readonly Action[] = ["workspace.manage", "member.manage", "token.manage", "claim.approve", "claim.review"];

/** Contributors may change only what they created. */
const OWN_ONLY: Partial<Record<Action, Role[]>> = { "claim.update": ["contributor"], "claim.submit": ["contributor"], "comment.delete": ["reviewer", "contributor"] };

export interface ResourceFacts {
  /** The user who created the resource. */
  createdById?: string | null;
  /** Users who authored or edited a claim's statement (two-person rule). */
  authorIds?: readonly (string | null)[];
}

export function can(subject: Subject, action: Action, resource?: ResourceFacts): boolean {
  switch (subject.kind) {
    case "system":
      return true;
    case "anonymous":
      return false;
    case "token":
      if (TOKEN_NEVER.includes(action)) return false;
      return subject.scope === "write" ? ROLE_MATRIX[action].includes("editor") : TOKEN_READ.includes(action);
    case "member": {
      if (!ROLE_MATRIX[action].includes(subject.role)) return false;
      if (action === "claim.approve" && resource?.authorIds?.includes(subject.userId)) return false;
      if (OWN_ONLY[action]?.includes(subject.role) && resource && resource.createdById !== subject.userId) return false;
      return true;
    }
  }
}
