import { apiHandler } from "@/lib/api/handler";
import { deleteRoute } from "@/lib/api/trash-routes";
import { getClaimant, updateClaimant } from "@/lib/claims";
import { deleteClaimant } from "@/lib/trash";

type Params = { slug: string; id: string };

export const GET = apiHandler<Params>(async ({ db, actor, params }) => getClaimant(db, actor, params.slug, params.id));
export const PATCH = apiHandler<Params>(async ({ db, actor, params, json }) =>
  updateClaimant(db, actor, params.slug, params.id, await json()),
);

/** Moves the claimant to the trash (204); `POST …/restore` brings it back. */
export const DELETE = deleteRoute(deleteClaimant);
