import { apiHandler } from "@/lib/api/handler";
import { getClaimant, updateClaimant } from "@/lib/claims";

type Params = { slug: string; id: string };

export const GET = apiHandler<Params>(async ({ db, actor, params }) => getClaimant(db, actor, params.slug, params.id));
export const PATCH = apiHandler<Params>(async ({ db, actor, params, json }) =>
  updateClaimant(db, actor, params.slug, params.id, await json()),
);
