import { apiHandler } from "@/lib/api/handler";
import { getClaimForDesk, updateClaim } from "@/lib/claims";

type Params = { slug: string; id: string };

export const GET = apiHandler<Params>(async ({ db, actor, params }) => getClaimForDesk(db, actor, params.slug, params.id));

/** Partial update; the body must carry the `version` it was based on (409 with the current state if stale). */
export const PATCH = apiHandler<Params>(async ({ db, actor, params, json }) =>
  updateClaim(db, actor, params.slug, params.id, (await json()) as never),
);
