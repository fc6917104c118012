import { apiHandler } from "@/lib/api/handler";
import { publishClaim } from "@/lib/review";

/** Publishes an approved claim, or an approved correction of a published one (`{ why }` required then). */
export const POST = apiHandler<{ slug: string; id: string }>(async ({ db, actor, params, json }) =>
  publishClaim(db, actor, params.slug, params.id, await json()),
);
