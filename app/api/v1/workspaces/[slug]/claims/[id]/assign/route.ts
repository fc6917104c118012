import { apiHandler } from "@/lib/api/handler";
import { assignClaim } from "@/lib/claims";

/** `{ version, writerId?, writerDueAt?, reviewerId?, reviewerDueAt? }`; 409 when the version is stale. */
export const POST = apiHandler<{ slug: string; id: string }>(async ({ db, actor, params, json }) =>
  assignClaim(db, actor, params.slug, params.id, await json()),
);
