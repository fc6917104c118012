import { apiHandler } from "@/lib/api/handler";
import { updateDocumentMetadata } from "@/lib/documents";

type Params = { slug: string; id: string };

// Title and publication metadata; `version` must match (409 with the current metadata when stale).
export const PATCH = apiHandler<Params>(async ({ db, actor, params, json }) =>
  updateDocumentMetadata(db, actor, params.slug, params.id, await json()),
);
