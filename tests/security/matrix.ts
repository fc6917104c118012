// THE permission table: every API route method, every server action and the CLI, with who may
// do it. permissions.test.ts executes every cell for real and fails when app/ gains a route,
// method or server action that has no row here.
import crypto from "node:crypto";
import { systemActor, type Actor } from "@/lib/auth/actor";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import {
  acceptSuggestion,
  addRelation,
  assignableMembers,
  assignClaim,
  bulkAssignReviewer,
  bulkSubmit,
  bulkTagClaims,
  claimVersion,
  createClaim,
  createClaimant,
  dismissSuggestion,
  getClaimant,
  documentSuggestions,
  findSimilarClaims,
  listClaimants,
  listClaims,
  myWork,
  reattachClaim,
  removeRelation,
  updateClaim,
  updateClaimant,
} from "@/lib/claims";
import { captureRaw, listCaptures, requestCapture, requestDocumentCaptures, requestLinkCheck } from "@/lib/capture";
import { suggestClaims } from "@/lib/claims/suggest";
import { addComment, deleteComment } from "@/lib/comments";
import {
  importDocument,
  listDocuments,
  previewImport,
  publishDocumentVersion,
  updateDocumentMetadata,
} from "@/lib/documents";
import { addEvidence, evidenceFromCitation, removeEvidence, restoreEvidence, updateEvidence } from "@/lib/evidence";
import { exportWorkspace } from "@/lib/exports";
import {
  emailFailures,
  emailPreference,
  listNotifications,
  markNotificationsRead,
  setEmailPreference,
  unreadNotificationCount,
} from "@/lib/notifications";
import { readClaim, readClaimEvidence, readClaimRelations, readSource } from "@/lib/publishing/api-reads";
import { mergeClaim, mergeClaimant, mergeSource, unmerge } from "@/lib/merge";
import {
  claimHistory,
  claimTimeline,
  openCorrection,
  publishClaim,
  retractClaim,
  reviewClaim,
  reviewQueue,
  submitClaim,
  updateRating,
} from "@/lib/review";
import { createSource, listSources, rateSource, updateSource } from "@/lib/sources";
import { deskDashboard } from "@/lib/dashboard";
import { createView, deleteView, getView, listViews, updateView } from "@/lib/views";
import { addUser } from "@/lib/users";
import {
  addMember,
  changeMemberRole,
  removeMember,
  updateWorkspaceSettings,
  workspaceSettings,
} from "@/lib/workspaces";
import { makeUser } from "../support/factories";
import { TRASH_ROWS } from "./matrix-trash";
import { SUBJECTS, type Subject, type World } from "./world";

const MEMBERS: Subject[] = ["contributor", "reviewer", "editor", "owner"];
const READ: Subject[] = [...MEMBERS, "readToken"];
/** Lists an anonymous caller may read too: the matrix's workspace is public, so they answer its published data. */
const PUBLIC_READ: Subject[] = [...READ, "anonymous"];
/** An anonymous caller asking a public workspace for an unpublished record (the fixtures are drafts): 404. */
const UNPUBLISHED = { anonymous: 404 } as const;
const WRITERS: Subject[] = ["contributor", "editor", "owner"];
const REVIEWERS: Subject[] = ["reviewer", "editor", "owner"];
/** Editors and owners; contributors only for what they authored (fixtures are someone else's). */
const EDITORS: Subject[] = ["editor", "owner"];
const OWNER: Subject[] = ["owner"];

/** Refusals: who is not signed in (or holds a dead token) 401, a member lacking the role 403,
 * anyone outside the workspace 404 — its existence is not revealed. */
export const DENY: Record<Subject, number> = {
  anonymous: 401,
  revokedToken: 401,
  outsider: 404,
  contributor: 403,
  reviewer: 403,
  editor: 403,
  owner: 403,
  readToken: 403,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type T = any;
export interface Row {
  /** `METHOD /api/...` (the route file's path), `app/...actions.ts#exportName`, or `lib:`/`cli:` extras. */
  key: string;
  allow: readonly Subject[];
  /** Success status of an API row (default 200). */
  ok?: number;
  /** Deny statuses that differ from DENY. */
  deny?: Partial<Record<Subject, number>>;
  /** Writes something: an allowed call must add an audit event, a refused one adds nothing. */
  writes: boolean;
  /** The CLI's status when not the success status: reviews are a person's act, so the CLI's
   * `review` command acts `--as` a member and the bare system actor is refused. */
  cli?: number;
  /** Status when another workspace's owner names this row's record under their own slug (default 404). */
  foreign?: number;
  /** Not executed, with the reason. */
  exempt?: string;
  prepare?: (w: World) => Promise<T>;
  /** The lib function the route or action calls, as `actor`. */
  lib: (w: World, actor: Actor, t: T) => Promise<unknown>;
  /** API rows: the request the real route handler receives (token subjects go through it). */
  http?: { path: (w: World, t: T) => string; body?: (w: World, t: T) => unknown };
}

const uid = () => crypto.randomBytes(4).toString("hex");
/** Two claimants, the first to be merged into the second. */
const claimantPair = async (w: World) => {
  const [a, b] = [
    await createClaimant(w.db, w.author.actor, w.slug, { name: `Claimant ${uid()}` }),
    await createClaimant(w.db, w.author.actor, w.slug, { name: `Claimant ${uid()}` }),
  ];
  return { ...a, into: b.id };
};
const claimPair = async (w: World) => ({ ...(await w.fx.draft()), into: (await w.fx.draft()).id });
const sourcePair = async (w: World) => ({ ...(await w.fx.source()), into: (await w.fx.source()).id });
const currentDoc = (w: World) => w.db.document.findUniqueOrThrow({ where: { id: w.doc.id } });
const api = (w: World, rest = "") => `/api/v1/workspaces/${w.slug}${rest}`;
const claimText = () => `Matrix claim ${uid()}: the agency kept two sets of books.`;
/** A source with a URL, so it can be captured. */
const sharedView = (w: World, owner: Actor) =>
  createView(w.db, owner, w.slug, { name: `Shared ${uid()}`, shared: true, filters: { status: "draft" } });
const webSource = (w: World) =>
  createSource(w.db, w.author.actor, w.slug, {
    title: `Web source ${uid()}`,
    url: `https://example.org/page-${uid()}`,
    force: true,
  });

/** A draft whose author proposed a verdict, so it can be submitted. */
const proposedDraft = async (w: World) => {
  const c = await w.fx.draft();
  return updateClaim(w.db, w.author.actor, w.slug, c.id, {
    version: c.version,
    proposedRatingId: w.ratings[0].id,
    proposedConfidence: "high",
    proposedRationale: "Proposed: the ledgers show it.",
  });
};

export const ROWS: Row[] = [
  ...TRASH_ROWS,
  // --- HTTP API -------------------------------------------------------------------------------
  {
    key: "GET /api/v1/openapi.json",
    allow: SUBJECTS,
    writes: false,
    lib: async () => undefined,
    http: { path: () => "/api/v1/openapi.json" },
  },
  {
    key: "GET /api/health",
    allow: SUBJECTS,
    writes: false,
    lib: async () => undefined,
    http: { path: () => "/api/health" },
  },
  {
    key: "GET /api/ready",
    allow: SUBJECTS,
    writes: false,
    lib: async () => undefined,
    http: { path: () => "/api/ready" },
  },
  {
    key: "GET /api/auth/[...nextauth]",
    allow: SUBJECTS,
    writes: false,
    exempt:
      "next-auth's own sign-in endpoints: no workspace data, covered by tests/integration/platform/accounts.test.ts",
    lib: async () => undefined,
  },
  {
    key: "POST /api/auth/[...nextauth]",
    allow: SUBJECTS,
    writes: false,
    exempt: "next-auth's own sign-in endpoints (rate-limited credentials check)",
    lib: async () => undefined,
  },
  {
    key: "GET /api/v1/workspaces/[slug]/claimants",
    allow: PUBLIC_READ,
    writes: false,
    lib: (w, a) => listClaimants(w.db, a, w.slug),
    http: { path: (w) => api(w, "/claimants") },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/claimants",
    allow: WRITERS,
    ok: 201,
    writes: true,
    prepare: async () => ({ name: `Claimant ${uid()}` }),
    lib: (w, a, t) => createClaimant(w.db, a, w.slug, t),
    http: { path: (w) => api(w, "/claimants"), body: (_w, t) => t },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/claims/similar",
    allow: PUBLIC_READ,
    writes: false,
    lib: (w, a) => findSimilarClaims(w.db, a, w.slug, "funded off the books"),
    http: { path: (w) => api(w, "/claims/similar?text=funded%20off%20the%20books") },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/claims",
    allow: PUBLIC_READ,
    writes: false,
    lib: (w, a) => listClaims(w.db, a, w.slug, {}),
    http: { path: (w) => api(w, "/claims") },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/claims",
    allow: WRITERS,
    ok: 201,
    writes: true,
    prepare: async () => ({ text: claimText() }),
    lib: (w, a, t) => createClaim(w.db, a, w.slug, t),
    http: { path: (w) => api(w, "/claims"), body: (_w, t) => t },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/claims/[id]",
    allow: READ,
    deny: UNPUBLISHED,
    writes: false,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => readClaim(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/claims/${t.id}`) },
  },
  {
    key: "PATCH /api/v1/workspaces/[slug]/claims/[id]",
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => updateClaim(w.db, a, w.slug, t.id, { version: t.version, tags: ["edited"] }),
    http: { path: (w, t) => api(w, `/claims/${t.id}`), body: (_w, t) => ({ version: t.version, tags: ["edited"] }) },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/claims/[id]/relations",
    allow: READ,
    deny: UNPUBLISHED,
    writes: false,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => readClaimRelations(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/claims/${t.id}/relations`) },
  },
  {
    // The path's claim reaches addRelation as input, checked like a body field: 422, as for an
    // id that exists nowhere (nothing tells the two apart).
    key: "POST /api/v1/workspaces/[slug]/claims/[id]/relations",
    allow: WRITERS,
    ok: 201,
    writes: true,
    foreign: 422,
    prepare: async (w) => ({ from: await w.fx.draft(), to: await w.fx.draft() }),
    lib: (w, a, t) => addRelation(w.db, a, w.slug, { fromClaimId: t.from.id, toClaimId: t.to.id, type: "contradicts" }),
    http: {
      path: (w, t) => api(w, `/claims/${t.from.id}/relations`),
      body: (_w, t) => ({ toClaimId: t.to.id, type: "contradicts" }),
    },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/claims/[id]/publish",
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.approved(),
    lib: (w, a, t) => publishClaim(w.db, a, w.slug, t.id, {}),
    http: { path: (w, t) => api(w, `/claims/${t.id}/publish`), body: () => ({}) },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/claims/[id]/retract",
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.published(),
    lib: (w, a, t) => retractClaim(w.db, a, w.slug, t.id, { why: "The source was fabricated." }),
    http: { path: (w, t) => api(w, `/claims/${t.id}/retract`), body: () => ({ why: "The source was fabricated." }) },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/claims/[id]/submit",
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => submitClaim(w.db, a, w.slug, t.id, w.proposal),
    http: { path: (w, t) => api(w, `/claims/${t.id}/submit`), body: (w) => w.proposal },
  },
  // Contributors open corrections of their own claims only; the fixture is someone else's.
  {
    key: "POST /api/v1/workspaces/[slug]/claims/[id]/corrections",
    allow: EDITORS,
    ok: 201,
    writes: true,
    prepare: (w) => w.fx.published(),
    lib: (w, a, t) => openCorrection(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/claims/${t.id}/corrections`), body: () => ({}) },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/claims/[id]/version",
    allow: READ,
    writes: false,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => claimVersion(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/claims/${t.id}/version`) },
  },
  // Saved views belong to a person: read tokens list the shared ones; the CLI (no person) saves none.
  {
    key: "GET /api/v1/workspaces/[slug]/views",
    allow: READ,
    writes: false,
    lib: (w, a) => listViews(w.db, a, w.slug),
    http: { path: (w) => api(w, "/views") },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/views",
    allow: MEMBERS,
    ok: 201,
    cli: 403,
    writes: true,
    prepare: async () => ({ name: `View ${uid()}`, filters: { status: "draft", tag: "drugs" } }),
    lib: (w, a, t) => createView(w.db, a, w.slug, t),
    http: { path: (w) => api(w, "/views"), body: (_w, t) => t },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/views/[id]",
    allow: READ,
    writes: false,
    prepare: (w) => sharedView(w, w.members.owner.actor),
    lib: (w, a, t) => getView(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/views/${t.id}`) },
  },
  // Only the member who saved a view renames it (the fixture is the owner's shared view).
  {
    key: "PATCH /api/v1/workspaces/[slug]/views/[id]",
    allow: OWNER,
    cli: 403,
    writes: true,
    prepare: (w) => sharedView(w, w.members.owner.actor),
    lib: (w, a, t) => updateView(w.db, a, w.slug, t.id, { version: t.version, name: `Renamed ${uid()}` }),
    http: { path: (w, t) => api(w, `/views/${t.id}`), body: (_w, t) => ({ version: t.version, name: `R ${uid()}` }) },
  },
  // Someone else's shared view: owners and editors may delete it.
  {
    key: "DELETE /api/v1/workspaces/[slug]/views/[id]",
    allow: EDITORS,
    ok: 204,
    writes: true,
    prepare: (w) => sharedView(w, w.author.actor),
    lib: (w, a, t) => deleteView(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/views/${t.id}`) },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/documents",
    allow: PUBLIC_READ,
    writes: false,
    lib: (w, a) => listDocuments(w.db, a, w.slug),
    http: { path: (w) => api(w, "/documents") },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/documents",
    allow: WRITERS,
    ok: 201,
    writes: true,
    prepare: async () => ({
      title: `Memo ${uid()}`,
      format: "text",
      text: `Memo\n\nThe ledger ${uid()} was kept offshore.\n`,
    }),
    lib: (w, a, t) => importDocument(w.db, a, { workspace: w.slug, ...t }),
    http: { path: (w) => api(w, "/documents"), body: (_w, t) => t },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/evidence",
    allow: READ,
    deny: UNPUBLISHED,
    writes: false,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => readClaimEvidence(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/evidence?claimId=${t.id}`) },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/evidence",
    allow: WRITERS,
    ok: 201,
    writes: true,
    prepare: async (w) => ({
      claimId: (await w.fx.draft()).id,
      sourceId: (await w.fx.source()).id,
      stance: "supports",
    }),
    lib: (w, a, t) => addEvidence(w.db, a, w.slug, t),
    http: { path: (w) => api(w, "/evidence"), body: (_w, t) => t },
  },
  {
    key: "PATCH /api/v1/workspaces/[slug]/evidence/[id]",
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.evidence(),
    lib: (w, a, t) => updateEvidence(w.db, a, w.slug, t.id, { version: t.version, stance: "contests" }),
    http: {
      path: (w, t) => api(w, `/evidence/${t.id}`),
      body: (_w, t) => ({ version: t.version, stance: "contests" }),
    },
  },
  {
    key: "DELETE /api/v1/workspaces/[slug]/evidence/[id]",
    allow: EDITORS,
    ok: 204,
    writes: true,
    prepare: (w) => w.fx.evidence(),
    lib: (w, a, t) => removeEvidence(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/evidence/${t.id}`) },
  },
  {
    // Anyone who is not a member (anonymous, another workspace's member) gets the public
    // export of a public workspace: published data only (leak.test.ts checks its content).
    key: "GET /api/v1/workspaces/[slug]/export",
    allow: [...READ, "anonymous", "outsider"],
    writes: false,
    lib: (w, a) => exportWorkspace(w.db, a, { workspace: w.slug, format: "json" }),
    http: { path: (w) => api(w, "/export?format=json") },
  },
  {
    key: "DELETE /api/v1/workspaces/[slug]/relations/[id]",
    allow: WRITERS,
    ok: 204,
    writes: true,
    prepare: (w) => w.fx.relation(),
    lib: (w, a, t) => removeRelation(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/relations/${t.id}`) },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/reviews",
    allow: READ,
    writes: false,
    lib: (w, a) => reviewQueue(w.db, a, w.slug),
    http: { path: (w) => api(w, "/reviews") },
  },
  {
    // Reviews are a person's act: no token may record one.
    key: "POST /api/v1/workspaces/[slug]/reviews",
    allow: REVIEWERS,
    ok: 201,
    writes: true,
    cli: 403,
    prepare: (w) => w.fx.inReview(),
    lib: (w, a, t) =>
      reviewClaim(w.db, a, w.slug, t.id, { decision: "request_changes", rationale: "Cite the report." }),
    http: {
      path: (w) => api(w, "/reviews"),
      body: (_w, t) => ({ claimId: t.id, decision: "request_changes", rationale: "Cite the report." }),
    },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/sources/[id]/reliability",
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.source(),
    lib: (w, a, t) =>
      rateSource(w.db, a, w.slug, t.id, { version: t.version, reliability: 4, rationale: "Official record." }),
    http: {
      path: (w, t) => api(w, `/sources/${t.id}/reliability`),
      body: (_w, t) => ({ version: t.version, reliability: 4, rationale: "Official record." }),
    },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/claims/[id]/assign",
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) =>
      assignClaim(w.db, a, w.slug, t.id, {
        version: t.version,
        reviewerId: w.checker.user.id,
        reviewerDueAt: "2030-01-31",
      }),
    http: {
      path: (w, t) => api(w, `/claims/${t.id}/assign`),
      body: (w, t) => ({ version: t.version, reviewerId: w.checker.user.id, reviewerDueAt: "2030-01-31" }),
    },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/notifications",
    allow: READ,
    writes: false,
    lib: (w, a) => listNotifications(w.db, a, w.slug, { unread: "1" }),
    http: { path: (w) => api(w, "/notifications?unread=1") },
  },
  // Tokens read notifications (their person's) but never mark them read: a person does.
  {
    key: "POST /api/v1/workspaces/[slug]/notifications/read",
    allow: MEMBERS,
    // Each member's own: the CLI (no person) has no notifications to mark or email to choose.
    cli: 403,
    writes: false,
    lib: (w, a) => markNotificationsRead(w.db, a, w.slug, { all: true }),
    http: { path: (w) => api(w, "/notifications/read"), body: () => ({ all: true }) },
  },
  // Captures: queued only (no worker runs in this test, so nothing is fetched).
  {
    key: "POST /api/v1/workspaces/[slug]/sources/[id]/captures",
    allow: WRITERS,
    ok: 202,
    writes: true,
    prepare: (w) => webSource(w),
    lib: (w, a, t) => requestCapture(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/sources/${t.id}/captures`) },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/sources/[id]/captures",
    allow: READ,
    writes: false,
    prepare: (w) => webSource(w),
    lib: (w, a, t) => listCaptures(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/sources/${t.id}/captures`) },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/sources/[id]/captures/[captureId]/raw",
    allow: READ,
    writes: false,
    prepare: async (w) => {
      const s = await webSource(w);
      const c = await w.db.sourceCapture.create({
        data: {
          workspaceId: w.ws.id,
          sourceId: s.id,
          status: "done",
          requestedUrl: s.url!,
          raw: new Uint8Array([104, 105]),
          sha256: "b".repeat(64),
          capturedAt: new Date(),
        },
      });
      return { id: s.id, captureId: c.id };
    },
    lib: (w, a, t) => captureRaw(w.db, a, w.slug, t.captureId),
    http: { path: (w, t) => api(w, `/sources/${t.id}/captures/${t.captureId}/raw`) },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/sources/link-check",
    allow: WRITERS,
    ok: 202,
    writes: true,
    prepare: (w) => webSource(w),
    lib: (w, a) => requestLinkCheck(w.db, a, w.slug, { scope: "all" }),
    http: { path: (w) => api(w, `/sources/link-check`), body: () => ({ scope: "all" }) },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/documents/[id]/captures",
    allow: WRITERS,
    ok: 202,
    writes: true,
    lib: (w, a) => requestDocumentCaptures(w.db, a, w.slug, w.doc.id),
    http: { path: (w) => api(w, `/documents/${w.doc.id}/captures`) },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/sources/[id]",
    allow: READ,
    deny: UNPUBLISHED,
    writes: false,
    prepare: (w) => w.fx.source(),
    lib: (w, a, t) => readSource(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/sources/${t.id}`) },
  },
  {
    key: "PATCH /api/v1/workspaces/[slug]/sources/[id]",
    allow: WRITERS,
    writes: true,
    prepare: (w) => w.fx.source(),
    lib: (w, a, t) => updateSource(w.db, a, w.slug, t.id, { version: t.version, publisher: "U.S. Senate" }),
    http: {
      path: (w, t) => api(w, `/sources/${t.id}`),
      body: (_w, t) => ({ version: t.version, publisher: "U.S. Senate" }),
    },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/sources",
    allow: PUBLIC_READ,
    writes: false,
    lib: (w, a) => listSources(w.db, a, w.slug, {}),
    http: { path: (w) => api(w, "/sources") },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/sources",
    allow: WRITERS,
    ok: 201,
    writes: true,
    prepare: async () => ({ title: `Source ${uid()}`, force: true }),
    lib: (w, a, t) => createSource(w.db, a, w.slug, t),
    http: { path: (w) => api(w, "/sources"), body: (_w, t) => t },
  },

  {
    key: "GET /api/v1/workspaces/[slug]/settings",
    allow: READ,
    writes: false,
    lib: (w, a) => workspaceSettings(w.db, a, w.slug),
    http: { path: (w) => api(w, "/settings") },
  },
  {
    key: "PATCH /api/v1/workspaces/[slug]/settings",
    allow: OWNER,
    writes: true,
    lib: (w, a) => updateWorkspaceSettings(w.db, a, w.slug, { publishDissent: false }),
    http: { path: (w) => api(w, "/settings"), body: () => ({ publishDissent: false }) },
  },

  // --- Server actions (they resolve the session, then call exactly this lib function) ----------
  {
    key: `actions/review.ts#submitAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => submitClaim(w.db, a, w.slug, t.id, w.proposal),
  },
  {
    key: `actions/review.ts#saveProposalAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) =>
      updateClaim(w.db, a, w.slug, t.id, {
        version: t.version,
        proposedRatingId: w.ratings[1].id,
        proposedConfidence: "low",
      }),
  },
  {
    key: `actions/review.ts#openCorrectionAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.published(),
    lib: (w, a, t) => openCorrection(w.db, a, w.slug, t.id),
  },
  {
    key: `actions/review.ts#reviewAction`,
    allow: REVIEWERS,
    writes: true,
    cli: 403,
    prepare: (w) => w.fx.inReview(),
    lib: (w, a, t) =>
      reviewClaim(w.db, a, w.slug, t.id, {
        decision: "approve",
        ratingId: w.ratings[1].id,
        confidence: "medium",
        rationale: "Fine.",
      }),
  },
  {
    key: `actions/review.ts#publishAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.approved(),
    lib: (w, a, t) => publishClaim(w.db, a, w.slug, t.id, {}),
  },
  {
    key: `actions/review.ts#retractAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.published(),
    lib: (w, a, t) => retractClaim(w.db, a, w.slug, t.id, { why: "Withdrawn." }),
  },
  {
    key: `actions/settings.ts#addMemberAction`,
    allow: OWNER,
    writes: true,
    prepare: async (w) => (await makeUser(w.db)).user,
    lib: (w, a, t) => addMember(w.db, a, w.slug, { email: t.email, role: "reviewer" }),
  },
  {
    key: "lib:addUser (addMemberAction with a password)",
    allow: OWNER,
    writes: true,
    prepare: async () => `new-${uid()}@example.test`,
    lib: (w, a, t) =>
      addUser(w.db, a, { email: t, password: "a long enough password", workspace: w.slug, role: "contributor" }),
  },
  {
    key: `actions/settings.ts#changeRoleAction`,
    allow: OWNER,
    writes: true,
    prepare: (w) => w.fx.member(),
    lib: (w, a, t) => changeMemberRole(w.db, a, w.slug, { membershipId: t.id, role: "editor" }),
  },
  {
    key: `actions/settings.ts#removeMemberAction`,
    allow: OWNER,
    writes: true,
    prepare: (w) => w.fx.member(),
    lib: (w, a, t) => removeMember(w.db, a, w.slug, t.id),
  },
  {
    key: `actions/settings.ts#updateRatingAction`,
    allow: OWNER,
    writes: true,
    lib: (w, a) => updateRating(w.db, a, w.slug, w.ratings[2].id, { description: `Reworded ${uid()}` }),
  },
  {
    key: `actions/settings.ts#updateSettingsAction`,
    allow: OWNER,
    writes: true,
    lib: (w, a) => updateWorkspaceSettings(w.db, a, w.slug, { publishDissent: false, reviewersMayPublish: false }),
  },
  {
    key: `actions/settings.ts#createTokenAction`,
    allow: OWNER,
    writes: true,
    lib: (w, a) => createApiToken(w.db, a, w.slug, { name: `bot ${uid()}`, scope: "write" }),
  },
  {
    key: `actions/settings.ts#revokeTokenAction`,
    allow: OWNER,
    writes: true,
    prepare: (w) => w.fx.token(),
    lib: (w, a, t) => revokeApiToken(w.db, a, w.slug, t.id),
  },
  {
    key: `actions/claims.ts#createClaimAction`,
    allow: WRITERS,
    writes: true,
    lib: (w, a) => createClaim(w.db, a, w.slug, { text: claimText() }),
  },
  {
    key: `actions/claims.ts#similarClaimsAction`,
    allow: READ,
    writes: false,
    lib: (w, a) => findSimilarClaims(w.db, a, w.slug, "two sets of books"),
  },
  {
    key: `actions/claims.ts#suggestionsAction`,
    allow: READ,
    writes: false,
    lib: (w, a) => documentSuggestions(w.db, a, w.slug, w.doc.id),
  },
  {
    key: `actions/claims.ts#acceptSuggestionAction`,
    allow: WRITERS,
    writes: true,
    lib: (w, a) => {
      const s = suggestClaims(w.text, { minScore: 0 })[0];
      return acceptSuggestion(w.db, a, w.slug, w.doc.id, {
        start: s.start,
        end: s.end,
        documentVersionId: w.doc.currentVersionId!,
      });
    },
  },
  {
    key: `actions/claims.ts#dismissSuggestionAction`,
    allow: WRITERS,
    writes: true,
    lib: (w, a) => dismissSuggestion(w.db, a, w.slug, w.doc.id, `A sentence ${uid()}.`),
  },
  {
    key: `actions/claims.ts#updateClaimAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => updateClaim(w.db, a, w.slug, t.id, { version: t.version, text: claimText() }),
  },
  {
    key: `actions/claims.ts#reattachClaimAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.draft({ anchored: true }),
    lib: (w, a, t) =>
      reattachClaim(w.db, a, w.slug, t.id, {
        version: t.version,
        start: 0,
        end: 8,
        documentVersionId: w.doc.currentVersionId!,
      }),
  },
  {
    key: `actions/claims.ts#addRelationAction`,
    allow: WRITERS,
    writes: true,
    prepare: async (w) => [await w.fx.draft(), await w.fx.draft()],
    lib: (w, a, t) => addRelation(w.db, a, w.slug, { fromClaimId: t[0].id, toClaimId: t[1].id, type: "refines" }),
  },
  {
    key: `actions/claims.ts#removeRelationAction`,
    allow: WRITERS,
    writes: true,
    prepare: (w) => w.fx.relation(),
    lib: (w, a, t) => removeRelation(w.db, a, w.slug, t.id),
  },
  {
    key: `actions/claims.ts#searchClaimsAction`,
    allow: READ,
    writes: false,
    lib: (w, a) => listClaims(w.db, a, w.slug, { q: "books", limit: 10 }),
  },
  {
    key: `actions/claims.ts#bulkTagAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => bulkTagClaims(w.db, a, w.slug, { claimIds: [t.id], add: ["bulk"], remove: [] }),
  },
  {
    key: `actions/claims.ts#bulkAssignAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => bulkAssignReviewer(w.db, a, w.slug, { claimIds: [t.id], reviewerId: w.checker.user.id }),
  },
  {
    key: `actions/claims.ts#bulkSubmitAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => proposedDraft(w),
    lib: (w, a, t) => bulkSubmit(w.db, a, w.slug, { claimIds: [t.id] }),
  },
  {
    key: `actions/claims.ts#assignClaimAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) =>
      assignClaim(w.db, a, w.slug, t.id, {
        version: t.version,
        reviewerId: w.checker.user.id,
        reviewerDueAt: "2030-01-31",
      }),
  },
  // Notifications are each member's own: marking read is not audited; the email choice is.
  {
    key: `actions/notifications.ts#markReadAction`,
    allow: MEMBERS,
    // Each member's own: the CLI (no person) has no notifications to mark or email to choose.
    cli: 403,
    writes: false,
    lib: (w, a) => markNotificationsRead(w.db, a, w.slug, { ids: ["none"] }),
  },
  {
    key: `actions/notifications.ts#markAllReadAction`,
    allow: MEMBERS,
    // Each member's own: the CLI (no person) has no notifications to mark or email to choose.
    cli: 403,
    writes: false,
    lib: (w, a) => markNotificationsRead(w.db, a, w.slug, { all: true }),
  },
  {
    key: `actions/notifications.ts#emailPreferenceAction`,
    allow: MEMBERS,
    // Each member's own: the CLI (no person) has no notifications to mark or email to choose.
    cli: 403,
    writes: true,
    lib: (w, a) => setEmailPreference(w.db, a, w.slug, { emailMode: "daily_digest" }),
  },
  // Discussion is open to every member; tokens (machines) don't comment.
  {
    key: `actions/comments.ts#addCommentAction`,
    allow: MEMBERS,
    writes: true,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => addComment(w.db, a, w.slug, t.id, { body: "Is the date right?" }),
  },
  // A comment is deleted by its author (the fixture's, not the subject's) or an editor or owner.
  {
    key: `actions/comments.ts#deleteCommentAction`,
    allow: EDITORS,
    writes: true,
    prepare: async (w) => addComment(w.db, w.author.actor, w.slug, (await w.fx.draft()).id, { body: ">".repeat(3000) }),
    lib: (w, a, t) => deleteComment(w.db, a, w.slug, t.id),
  },
  {
    key: `actions/sources.ts#createSourceAction`,
    allow: WRITERS,
    writes: true,
    lib: (w, a) => createSource(w.db, a, w.slug, { title: `Source ${uid()}`, force: true }),
  },
  {
    key: `actions/sources.ts#rateSourceAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.source(),
    lib: (w, a, t) => rateSource(w.db, a, w.slug, t.id, { version: t.version, reliability: 2, rationale: "Partisan." }),
  },
  {
    key: `actions/sources.ts#requestCaptureAction`,
    allow: WRITERS,
    writes: true,
    prepare: (w) => webSource(w),
    lib: (w, a, t) => requestCapture(w.db, a, w.slug, t.id),
  },
  {
    key: `actions/sources.ts#requestLinkCheckAction`,
    allow: WRITERS,
    writes: true,
    prepare: (w) => webSource(w),
    lib: (w, a) => requestLinkCheck(w.db, a, w.slug, { scope: "all" }),
  },
  {
    key: `actions/sources.ts#searchSourcesAction`,
    allow: READ,
    writes: false,
    lib: (w, a) => listSources(w.db, a, w.slug, { q: "senate", limit: 15 }),
  },
  {
    key: `actions/evidence.ts#addEvidenceAction`,
    allow: WRITERS,
    writes: true,
    prepare: async (w) => ({ claimId: (await w.fx.draft()).id, sourceId: (await w.fx.source()).id, stance: "context" }),
    lib: (w, a, t) => addEvidence(w.db, a, w.slug, t),
  },
  {
    key: `actions/evidence.ts#evidenceFromCitationAction`,
    allow: WRITERS,
    writes: true,
    prepare: (w) => w.fx.draft({ anchored: true }),
    lib: (w, a, t) =>
      evidenceFromCitation(w.db, a, w.slug, { claimId: t.id, sourceId: w.citedSource.id, stance: "supports" }),
  },
  {
    key: `actions/evidence.ts#removeEvidenceAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.evidence(),
    lib: (w, a, t) => removeEvidence(w.db, a, w.slug, t.id),
  },
  {
    key: `actions/evidence.ts#updateEvidenceAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.evidence(),
    lib: (w, a, t) =>
      updateEvidence(w.db, a, w.slug, t.id, { version: t.version, strength: "strong", note: "Checked page 12." }),
  },
  // Undo from the history: the same rule as removing (contributors only on their own claims).
  {
    key: `actions/evidence.ts#restoreEvidenceAction`,
    allow: EDITORS,
    writes: true,
    prepare: async (w) => {
      const ev = await w.fx.evidence();
      await removeEvidence(w.db, systemActor("fixture"), w.slug, ev.id);
      return w.db.auditEvent.findFirstOrThrow({ where: { action: "evidence.remove", entityId: ev.id } });
    },
    lib: (w, a, t) => restoreEvidence(w.db, a, w.slug, t.id),
  },
  {
    key: `actions/sources.ts#updateSourceAction`,
    allow: WRITERS,
    writes: true,
    prepare: (w) => w.fx.source(),
    lib: (w, a, t) => updateSource(w.db, a, w.slug, t.id, { version: t.version, page: "12" }),
  },
  // Allowed subjects get past the permission check and are refused (409) because the fixture's
  // document has nothing public yet; refusals write nothing either way.
  {
    key: `actions/documents.ts#publishVersionAction`,
    allow: [],
    writes: false,
    exempt: "needs a public document with a newer version: tests/integration/review/public-changes.test.ts",
    lib: (w, a) => publishDocumentVersion(w.db, a, w.slug, w.doc.id),
  },
  {
    key: "actions/documents.ts#importAction",
    allow: WRITERS,
    writes: true,
    lib: (w, a) =>
      importDocument(w.db, a, {
        workspace: w.slug,
        title: `Memo ${uid()}`,
        format: "text",
        text: `Memo\n\nEntry ${uid()}.\n`,
      }),
  },
  // The import form's preview button: same check as importing, writes nothing.
  {
    key: "lib:previewImport (importAction's preview)",
    allow: WRITERS,
    writes: false,
    lib: (w, a) => previewImport(w.db, a, { workspace: w.slug, format: "text", text: "Memo\n\nA line.\n" }),
  },
  {
    key: `actions/views.ts#createViewAction`,
    allow: MEMBERS,
    cli: 403,
    writes: true,
    lib: (w, a) => createView(w.db, a, w.slug, { name: `View ${uid()}`, filters: { due: "overdue" } }),
  },
  {
    key: `actions/views.ts#updateViewAction`,
    allow: OWNER,
    cli: 403,
    writes: true,
    prepare: (w) => sharedView(w, w.members.owner.actor),
    lib: (w, a, t) => updateView(w.db, a, w.slug, t.id, { version: t.version, shared: false }),
  },
  {
    key: `actions/views.ts#deleteViewAction`,
    allow: EDITORS,
    writes: true,
    prepare: (w) => sharedView(w, w.author.actor),
    lib: (w, a, t) => deleteView(w.db, a, w.slug, t.id),
  },
  {
    key: "lib:deskDashboard (desk dashboard page)",
    allow: EDITORS,
    writes: false,
    lib: (w, a) => deskDashboard(w.db, a, w.slug),
  },
  {
    key: "lib:claimTimeline (desk claim page history)",
    allow: READ,
    writes: false,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => claimTimeline(w.db, a, w.slug, t.id),
  },
  {
    key: "lib:claimHistory (GET reviews?claimId=)",
    allow: READ,
    writes: false,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => claimHistory(w.db, a, w.slug, t.id),
  },
  // Desk pages' readers from the collaboration domains (issue 18): each through can() in lib.
  ...(
    [
      ["lib:myWork (desk my-work page)", myWork],
      ["lib:assignableMembers (assignment forms)", assignableMembers],
      ["lib:unreadNotificationCount (desk navigation)", unreadNotificationCount],
      ["lib:emailPreference (desk settings page)", emailPreference],
    ] as const
  ).map(([key, read]): Row => ({ key, allow: READ, writes: false, lib: (w, a) => read(w.db, a, w.slug) })),
  // The email outbox's failures: the settings page shows them to owners (workspace.manage).
  {
    key: "lib:emailFailures (desk settings page)",
    allow: OWNER,
    writes: false,
    lib: (w, a) => emailFailures(w.db, a, w.slug),
  },
  // --- merges and edits (issue 15) ------------------------------------------------------------
  {
    key: "POST /api/v1/workspaces/[slug]/claims/[id]/merge",
    allow: EDITORS,
    writes: true,
    prepare: claimPair,
    lib: (w, a, t) => mergeClaim(w.db, a, w.slug, t.id, { into: t.into }),
    http: { path: (w, t) => api(w, `/claims/${t.id}/merge`), body: (_w, t) => ({ into: t.into }) },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/claimants/[id]/merge",
    allow: EDITORS,
    writes: true,
    prepare: claimantPair,
    lib: (w, a, t) => mergeClaimant(w.db, a, w.slug, t.id, { into: t.into }),
    http: { path: (w, t) => api(w, `/claimants/${t.id}/merge`), body: (_w, t) => ({ into: t.into }) },
  },
  {
    key: "POST /api/v1/workspaces/[slug]/sources/[id]/merge",
    allow: EDITORS,
    writes: true,
    prepare: sourcePair,
    lib: (w, a, t) => mergeSource(w.db, a, w.slug, t.id, { into: t.into }),
    http: { path: (w, t) => api(w, `/sources/${t.id}/merge`), body: (_w, t) => ({ into: t.into }) },
  },
  {
    key: "GET /api/v1/workspaces/[slug]/claimants/[id]",
    allow: READ,
    writes: false,
    prepare: claimantPair,
    lib: (w, a, t) => getClaimant(w.db, a, w.slug, t.id),
    http: { path: (w, t) => api(w, `/claimants/${t.id}`) },
  },
  {
    key: "PATCH /api/v1/workspaces/[slug]/claimants/[id]",
    allow: WRITERS,
    writes: true,
    prepare: claimantPair,
    lib: (w, a, t) => updateClaimant(w.db, a, w.slug, t.id, { version: t.version, wikidataId: "Q42" }),
    http: {
      path: (w, t) => api(w, `/claimants/${t.id}`),
      body: (_w, t) => ({ version: t.version, wikidataId: "Q42" }),
    },
  },
  {
    key: "PATCH /api/v1/workspaces/[slug]/documents/[id]",
    allow: WRITERS,
    writes: true,
    prepare: currentDoc,
    lib: (w, a, t) => updateDocumentMetadata(w.db, a, w.slug, t.id, { version: t.version, author: "Matrix author" }),
    http: {
      path: (w, t) => api(w, `/documents/${t.id}`),
      body: (_w, t) => ({ version: t.version, author: "Matrix author" }),
    },
  },
  {
    key: "actions/merge.ts#mergeClaimAction",
    allow: EDITORS,
    writes: true,
    prepare: claimPair,
    lib: (w, a, t) => mergeClaim(w.db, a, w.slug, t.id, { into: t.into }),
  },
  {
    key: "actions/merge.ts#mergeClaimantAction",
    allow: EDITORS,
    writes: true,
    prepare: claimantPair,
    lib: (w, a, t) => mergeClaimant(w.db, a, w.slug, t.id, { into: t.into }),
  },
  {
    key: "actions/merge.ts#mergeSourceAction",
    allow: EDITORS,
    writes: true,
    prepare: sourcePair,
    lib: (w, a, t) => mergeSource(w.db, a, w.slug, t.id, { into: t.into }),
  },
  {
    key: "actions/merge.ts#unmergeAction",
    allow: EDITORS,
    writes: true,
    // Merged by the fixture's system actor, so each subject has a merge of its own to undo.
    prepare: async (w) => {
      const t = await claimantPair(w);
      await mergeClaimant(w.db, systemActor("fixture"), w.slug, t.id, { into: t.into });
      return t;
    },
    lib: (w, a, t) => unmerge(w.db, a, w.slug, { entity: "claimant", id: t.id }),
  },
  {
    key: "actions/claims.ts#updateClaimantAction",
    allow: WRITERS,
    writes: true,
    prepare: claimantPair,
    lib: (w, a, t) => updateClaimant(w.db, a, w.slug, t.id, { version: t.version, description: "Edited." }),
  },
  {
    key: "actions/claims.ts#searchClaimantsAction",
    allow: READ,
    writes: false,
    lib: (w, a) => listClaimants(w.db, a, w.slug, "Claimant"),
  },
  {
    key: "actions/documents.ts#updateDocumentMetadataAction",
    allow: WRITERS,
    writes: true,
    prepare: currentDoc,
    lib: (w, a, t) => updateDocumentMetadata(w.db, a, w.slug, t.id, { version: t.version, licence: "CC-BY-4.0" }),
  },
];

/** The CLI acts as the system actor with full access: every row above is allowed to it (each
 * executed by permissions.test.ts), and `export --public` is limited to published data
 * (checked by cli-public.test.ts). `review … --as <email>` acts as that member instead. Its
 * commands run as the real process in cli-matrix.test.ts. */
export const CLI_ROW = { key: "cli", actor: "system", allow: "every lib function in ROWS" } as const;
