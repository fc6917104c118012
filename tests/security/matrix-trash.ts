// The permission matrix's rows for the trash (lib/trash): delete and restore through the API and
// the desk actions, and comment edits. Spread into ROWS in tests/security/matrix.ts.
import crypto from "node:crypto";
import { systemActor } from "@/lib/auth/actor";
import { createClaimant } from "@/lib/claims";
import { addComment, editComment } from "@/lib/comments";
import { importDocument } from "@/lib/documents";
import {
  deleteClaim,
  deleteClaimant,
  deleteDocument,
  deleteSource,
  listTrash,
  purgeTrash,
  restoreRecord,
  type TrashType,
} from "@/lib/trash";
import type { Row } from "./matrix";
import type { Subject, World } from "./world";

/** Editors and owners; contributors only for claims they authored (fixtures are someone else's). */
const EDITORS: Subject[] = ["editor", "owner"];
const READ: Subject[] = ["contributor", "reviewer", "editor", "owner", "readToken"];
const sys = systemActor("fixture");
const uid = () => crypto.randomBytes(4).toString("hex");
const api = (w: World, rest: string) => `/api/v1/workspaces/${w.slug}${rest}`;

const document = async (w: World) => {
  const d = await importDocument(w.db, sys, {
    workspace: w.slug,
    title: `Matrix document ${uid()}`,
    format: "text",
    text: "The agency kept two sets of books.",
  });
  return { id: d.documentId! };
};
const claimant = (w: World) => createClaimant(w.db, sys, w.slug, { name: `Claimant ${uid()}` });

const MAKE: Record<Exclude<TrashType, "comment">, (w: World) => Promise<{ id: string }>> = {
  document,
  claim: (w) => w.fx.draft(),
  source: (w) => w.fx.source(),
  claimant,
};
const DELETE = { document: deleteDocument, claim: deleteClaim, source: deleteSource, claimant: deleteClaimant };
const PATHS = { document: "documents", claim: "claims", source: "sources", claimant: "claimants" } as const;

const apiRows = (type: Exclude<TrashType, "comment">): Row[] => [
  {
    key: `DELETE /api/v1/workspaces/[slug]/${PATHS[type]}/[id]`,
    allow: EDITORS,
    ok: 204,
    writes: true,
    prepare: (w) => MAKE[type](w),
    lib: (w, a, t) => DELETE[type](w.db, a, w.slug, { id: t.id }),
    http: { path: (w, t) => api(w, `/${PATHS[type]}/${t.id}`) },
  },
  {
    key: `POST /api/v1/workspaces/[slug]/${PATHS[type]}/[id]/restore`,
    allow: EDITORS,
    writes: true,
    prepare: async (w) => {
      const made = await MAKE[type](w);
      await DELETE[type](w.db, sys, w.slug, { id: made.id });
      return made;
    },
    lib: (w, a, t) => restoreRecord(w.db, a, w.slug, { type, id: t.id }),
    http: { path: (w, t) => api(w, `/${PATHS[type]}/${t.id}/restore`) },
  },
];

export const TRASH_ROWS: Row[] = [
  ...apiRows("document"),
  ...apiRows("claim"),
  ...apiRows("source"),
  ...apiRows("claimant"),
  // The desk's Delete buttons and the trash page's Restore (and the Undo after a delete).
  {
    key: "actions/trash.ts#deleteRecordAction",
    allow: EDITORS,
    writes: true,
    prepare: (w) => w.fx.draft(),
    lib: (w, a, t) => deleteClaim(w.db, a, w.slug, { id: t.id }),
  },
  {
    key: "actions/trash.ts#restoreRecordAction",
    allow: EDITORS,
    writes: true,
    prepare: async (w) => {
      const c = await w.fx.draft();
      await deleteClaim(w.db, sys, w.slug, { id: c.id });
      return c;
    },
    lib: (w, a, t) => restoreRecord(w.db, a, w.slug, { type: "claim", id: t.id }),
  },
  // The trash page and `corroborate trash list`: every member sees what was deleted.
  {
    key: "lib:listTrash (desk trash page, CLI trash list)",
    allow: READ,
    writes: false,
    lib: (w, a) => listTrash(w.db, a, w.slug),
  },
  // Emptying the trash for good (`corroborate trash purge`): owners only; audited even when nothing went.
  {
    key: "lib:purgeTrash (CLI trash purge)",
    allow: ["owner"],
    writes: true,
    lib: (w, a) => purgeTrash(w.db, a, w.slug, { olderThan: "30d" }),
  },
  // Only its author edits a comment (the fixture's author is not a subject under test).
  {
    key: "actions/comments.ts#editCommentAction",
    allow: [],
    writes: true,
    prepare: async (w) => addComment(w.db, w.author.actor, w.slug, (await w.fx.draft()).id, { body: "First." }),
    lib: (w, a, t) => editComment(w.db, a, w.slug, t.id, { body: "Second thoughts." }),
  },
];
