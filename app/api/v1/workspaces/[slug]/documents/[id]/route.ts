import { apiHandler } from "@/lib/api/handler";
import { deleteRoute } from "@/lib/api/trash-routes";
import { updateDocumentMetadata } from "@/lib/documents";
import { deleteDocument } from "@/lib/trash";

type Params = { slug: string; id: string };

// Title and publication metadata; `version` must match (409 with the current metadata when stale).
export const PATCH = apiHandler<Params>(async ({ db, actor, params, json }) =>
  updateDocumentMetadata(db, actor, params.slug, params.id, await json()),
);

/** Moves the document to the trash (204); `POST …/restore` brings it back. */
export const DELETE = deleteRoute(deleteDocument);
