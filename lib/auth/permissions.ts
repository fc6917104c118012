// Who may do what, in one table. Every server action, API handler and CLI command asks can().
import { Role } from "@/lib/db/generated/enums";

// The roles as the database defines them (prisma/schema.prisma), strongest first.
export const ROLES: readonly Role[] = Object.values(Role);
export { Role };

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
  "claim.delete", // move to the trash and restore (lib/trash); contributors: their own
  "source.delete",
  "claimant.delete",
  "trash.purge", // delete for good what has been in the trash long enough
  "document.update", // title and publication metadata
  "claim.create",
  "claim.update",
  "claim.submit",
  "claim.assign", // assign claims to reviewers
  "claim.review",
  "claim.approve",
  "claim.publish",
  "claim.retract",
  "claim.correct", // open a correction of a published claim
  "claim.merge", // merge a duplicate claim into another (lib/merge)
  "claimant.write", // edit a claimant's name, kind, description, aliases, Wikidata item
  "claimant.merge",
  "source.write",
  "source.rate",
  "source.merge",
  "evidence.write",
  "comment.create",
  "comment.delete", // their own; editors and owners any
  "comment.update", // edit a comment's words: its author only (AUTHOR_ONLY)
  "export.full",
  "view.write", // save claims-list views of one's own
  "view.update", // rename, reshare or refilter a saved view: who saved it only (AUTHOR_ONLY)
  "view.moderate", // delete someone else's shared view
  "dashboard.read",
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
  "claim.delete": WRITERS, // contributors: only their own claims (see OWN_ONLY)
  "source.delete": EDITORS,
  "claimant.delete": EDITORS,
  "trash.purge": ["owner"],
  "document.update": WRITERS,
  "claim.create": WRITERS,
  "claim.update": WRITERS, // contributors: only their own claims (see OWN_ONLY)
  "claim.submit": WRITERS,
  "claim.assign": EDITORS,
  "claim.review": REVIEWERS,
  "claim.approve": REVIEWERS, // never the claim's author or an editor of its statement
  "claim.publish": EDITORS, // and reviewers, for what they approved, where the workspace allows it (see can)
  "claim.retract": EDITORS,
  "claim.correct": WRITERS, // contributors: only their own claims
  // Merges rewrite other people's records (and their public URLs): editors decide them.
  "claim.merge": EDITORS,
  "claimant.write": WRITERS,
  "claimant.merge": EDITORS,
  "source.write": WRITERS,
  "source.rate": EDITORS,
  "source.merge": EDITORS,
  "evidence.write": WRITERS,
  "comment.create": ALL,
  "comment.delete": ALL, // reviewers and contributors: only their own (see OWN_ONLY)
  "comment.update": ALL, // only its author (see AUTHOR_ONLY)
  "export.full": ALL,
  "view.write": ALL,
  "view.update": ALL, // only who saved it (see AUTHOR_ONLY)
  "view.moderate": EDITORS,
  "dashboard.read": EDITORS,
};

/** Read-only tokens may read; write tokens act as an editor, but never manage the workspace. */
const TOKEN_READ: readonly Action[] = ["workspace.read", "export.full"];
const TOKEN_NEVER: readonly Action[] = [
  "workspace.manage",
  "member.manage",
  "token.manage",
  "claim.approve",
  "claim.review",
];

/** Contributors may change only what they created. */
const OWN_ONLY: Partial<Record<Action, Role[]>> = {
  "claim.update": ["contributor"],
  "claim.submit": ["contributor"],
  "claim.correct": ["contributor"],
  "claim.delete": ["contributor"],
  "comment.delete": ["reviewer", "contributor"],
};

/**
 * Only the person who made the resource, whatever their role, and tokens only for their own
 * person: nobody puts words in a commenter's mouth or rewrites a colleague's view. The CLI
 * (system) keeps full access; views also need a person at all (lib/views, `personOf`).
 */
const AUTHOR_ONLY: readonly Action[] = ["comment.update", "view.update"];

export interface ResourceFacts {
  /** The user who created the resource. */
  createdById?: string | null;
  /** Users who authored or changed a claim's reviewed content in this cycle (two-person rule). */
  authorIds?: readonly (string | null)[];
  /** For publishing: who gave the standing approval, and whether reviewers may publish what they approved. */
  approverId?: string | null;
  reviewersMayPublish?: boolean;
}

export function can(subject: Subject, action: Action, resource?: ResourceFacts): boolean {
  switch (subject.kind) {
    case "system":
      return true;
    case "anonymous":
      return false;
    case "token":
      if (TOKEN_NEVER.includes(action)) return false;
      if (AUTHOR_ONLY.includes(action) && resource && (!subject.userId || resource.createdById !== subject.userId))
        return false;
      return subject.scope === "write" ? ROLE_MATRIX[action].includes("editor") : TOKEN_READ.includes(action);
    case "member": {
      // A workspace may let a reviewer publish a claim they approved themselves.
      if (action === "claim.publish" && subject.role === "reviewer")
        return !!resource?.reviewersMayPublish && !!resource.approverId && resource.approverId === subject.userId;
      if (!ROLE_MATRIX[action].includes(subject.role)) return false;
      if (action === "claim.approve" && resource?.authorIds?.includes(subject.userId)) return false;
      if (OWN_ONLY[action]?.includes(subject.role) && resource && resource.createdById !== subject.userId) return false;
      if (AUTHOR_ONLY.includes(action) && resource && resource.createdById !== subject.userId) return false;
      return true;
    }
  }
}

const VERBS: Record<Action, string> = {
  "workspace.read": "use this desk",
  "workspace.manage": "change the workspace settings",
  "member.manage": "manage members",
  "token.manage": "manage API tokens",
  "audit.read": "read the audit log",
  "document.import": "import documents",
  "document.delete": "delete documents",
  "claim.delete": "delete claims",
  "source.delete": "delete sources",
  "claimant.delete": "delete claimants",
  "trash.purge": "empty the trash",
  "document.update": "edit documents",
  "claim.create": "create claims",
  "claim.update": "edit claims",
  "claim.submit": "submit claims for review",
  "claim.assign": "assign reviewers",
  "claim.review": "review claims",
  "claim.approve": "approve claims",
  "claim.publish": "publish",
  "claim.retract": "retract claims",
  "claim.correct": "open corrections",
  "claim.merge": "merge claims",
  "claimant.write": "edit claimants",
  "claimant.merge": "merge claimants",
  "source.merge": "merge sources",
  "comment.delete": "delete comments",
  "comment.update": "edit comments",
  "source.write": "add or edit sources",
  "source.rate": "rate sources",
  "evidence.write": "link evidence",
  "comment.create": "comment",
  "export.full": "export the full dataset",
  "view.write": "save views",
  "view.update": "change saved views",
  "view.moderate": "delete others' shared views",
  "dashboard.read": "see the dashboard",
};
const plural: Record<Role, string> = {
  owner: "Owners",
  editor: "Editors",
  reviewer: "Reviewers",
  contributor: "Contributors",
};
function roleList(roles: readonly Role[]): string {
  const names = roles.map((r) => plural[r]);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)!.toLowerCase()}`;
}

/**
 * Acts outside any workspace, decided by what kind of actor asks rather than by a role: the
 * rows of the table that ROLE_MATRIX cannot hold. lib/backup/restore.ts, lib/users,
 * lib/workspaces and lib/notifications ask `actorMay`; reviews (lib/review/actions.ts) and saved
 * views (lib/views) additionally need a person (a user, or a token acting for one).
 */
export const ACTOR_RULES = {
  /** A backup carries users and memberships of its own: only the CLI restores one. */
  "backup.restore": ["system"],
  /** Accounts outside a workspace; an owner adds people to theirs through member.manage. */
  "user.create": ["system"],
  "workspace.create": ["system", "user"],
  /** A member's own inbox and email choice: the person signed in, never a token or the CLI (lib/notifications). */
  "notification.own": ["user"],
} as const satisfies Record<string, readonly ("system" | "user" | "token" | "anonymous")[]>;
export type ActorAction = keyof typeof ACTOR_RULES;

export function actorMay(kind: "system" | "user" | "token" | "anonymous", action: ActorAction): boolean {
  return (ACTOR_RULES[action] as readonly string[]).includes(kind);
}

const AUTHOR_ONLY_REASON: Partial<Record<Action, string>> = {
  "comment.update": "only its author may edit a comment",
  "view.update": "Only the member who saved this view may change it.",
};

/** Why `can` says no, as one sentence a person understands; null when it says yes. */
export function refusalReason(subject: Subject, action: Action, resource?: ResourceFacts): string | null {
  if (can(subject, action, resource)) return null;
  if (subject.kind !== "anonymous" && AUTHOR_ONLY.includes(action) && can(subject, action))
    return AUTHOR_ONLY_REASON[action]!;
  switch (subject.kind) {
    case "anonymous":
      return "Sign in first.";
    case "token":
      return TOKEN_NEVER.includes(action)
        ? `API tokens cannot ${VERBS[action]}; a person must.`
        : `This API token is read-only; it cannot ${VERBS[action]}.`;
    case "system":
      return null;
    case "member": {
      if (action === "claim.approve" && ROLE_MATRIX[action].includes(subject.role))
        return "You wrote or changed this content, so another reviewer must approve it.";
      if (action === "claim.publish" && subject.role === "reviewer") {
        return resource?.reviewersMayPublish
          ? "Reviewers publish only what they approved themselves; an editor publishes this one."
          : "Editors publish in this workspace.";
      }
      if (OWN_ONLY[action]?.includes(subject.role)) return "Contributors change only the claims they created.";
      const roles = ROLE_MATRIX[action].filter((r) => r !== "owner" || ROLE_MATRIX[action].length === 1);
      return `${roleList(roles)} ${VERBS[action]} in this workspace; you are ${subject.role === "owner" || subject.role === "editor" ? "an" : "a"} ${subject.role}.`;
    }
  }
}
