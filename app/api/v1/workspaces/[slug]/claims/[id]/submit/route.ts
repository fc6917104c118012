import { apiHandler } from "@/lib/api/handler";
import { submitClaim } from "@/lib/review";

/** `{ ratingId | verdict, confidence, rationale }`: the proposed verdict, required unless the claim already has one. */
export const POST = apiHandler<{ slug: string; id: string }>(async ({ db, actor, params, json }) =>
  submitClaim(db, actor, params.slug, params.id, await json()),
);
