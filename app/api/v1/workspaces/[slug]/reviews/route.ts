import { z } from "zod";
import { apiHandler } from "@/lib/api/handler";
import { claimHistory, reviewClaim, reviewQueue } from "@/lib/review";

type Params = { slug: string };

/** `?claimId=` gives that claim's reviews and revisions; without it, the review queue. */
export const GET = apiHandler<Params>(async ({ req, db, actor, params }) => {
  const q = Object.fromEntries(new URL(req.url).searchParams);
  if (q.claimId) return claimHistory(db, actor, params.slug, q.claimId);
  return reviewQueue(db, actor, params.slug, q);
});

/** `{ claimId, decision: approve|request_changes, ratingId?, confidence?, rationale, dissent? }` */
export const POST = apiHandler<Params>(async ({ db, actor, params, json }) => {
  const body = z
    .object({ claimId: z.string().min(1, "claimId is required") })
    .passthrough()
    .parse(await json());
  const { review } = await reviewClaim(db, actor, params.slug, body.claimId, body);
  return Response.json(review, { status: 201 });
});
